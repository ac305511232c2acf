import type { ColumnType, Generated, JSONColumnType } from 'kysely'

/**
 * The tables as Kysely sees them (migrations.ts creates them). Dates are ISO `YYYY-MM-DD` text:
 * the same on PGlite and on a PostgreSQL server, with no driver turning them into local-time
 * `Date`s, and they compare in order as text.
 */
export interface Database {
  articles: ArticlesTable
  mentions: MentionsTable
  happenings: HappeningsTable
  events: EventsTable
}

export interface ArticlesTable {
  id: string
  /** sha256 of the text: the same text under another id is the same article */
  hash: string
  title: string | null
  outlet: string | null
  url: string | null
  date: string | null
  input: string
  format: string
  text: string
  messages: JSONColumnType<readonly StoredMessage[], string, string>
  /** time expressions: [start, end) offsets with the interval they denote */
  times: JSONColumnType<readonly StoredTime[], string | undefined, string>
  ingested_at: ColumnType<Date, never, never>
}

export interface StoredMessage {
  readonly severity: string
  readonly code: string
  readonly reason: string
}

export interface StoredTime {
  readonly span: readonly [number, number]
  readonly start: string | null
  readonly end: string | null
  readonly grain: string
  readonly rule: string
}

export interface MentionsTable {
  article_id: string
  idx: number
  start_at: number
  end_at: number
  kind: string
  name: string | null
  country: string | null
  sector: string | null
  level: string | null
  role: string | null
  person: string | null
  how: string
}

/** One happening reported by one or more articles (fusion.ts): the fused event. */
export interface HappeningsTable {
  id: string
  type: string
  modality: string
  source_country: string | null
  target_country: string | null
  /** the narrowest interval any report gives (or its article's reporting window) */
  date_start: string | null
  date_end: string | null
  created_at: ColumnType<Date, never, never>
}

/** One report of a happening: an event as one article tells it (spec/event.schema.json in `record`). */
export interface EventsTable {
  id: string
  article_id: string
  happening_id: string
  type: string
  mode: string | null
  modality: string
  source_name: string | null
  source_country: string | null
  source_sector: string | null
  source_level: string | null
  target_name: string | null
  target_country: string | null
  target_sector: string | null
  target_level: string | null
  count: number
  answer: string | null
  /** the event's own resolved date, else null */
  date_start: string | null
  date_end: string | null
  /** when it happened as far as we know: its date's start, else its article's date */
  on_date: string | null
  attribution_kind: string
  hedge: string | null
  /** the words of the trigger (a request for talks reads differently from a request for aid) */
  trigger_text: string
  record: JSONColumnType<import('../events/index.ts').EventRecord, string, string>
  seq: Generated<number>
}

/** A jsonb column's value: pg and PGlite both parse jsonb; a driver that hands back text is read here. */
export const jsonb = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v)
