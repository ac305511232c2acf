import { sql, type Kysely } from 'kysely'
import type { ActorRecord, EventRecord } from '../events/index.ts'
import { jsonb, type Database } from './schema.ts'

/** Filters of `overture events` and the API's event list; every one optional. */
export interface EventFilter {
  /** a name or words of the actor's text, on either side ("Blinken", "Central Military") */
  readonly actor?: string | undefined
  /** ISO3 (or IGO) on either side */
  readonly country?: string | undefined
  /** the other side's country, with `country`: the dyad's events only */
  readonly counterpart?: string | undefined
  readonly type?: string | undefined
  readonly modality?: string | undefined
  /** on or after this ISO date */
  readonly from?: string | undefined
  /** on or before this ISO date */
  readonly to?: string | undefined
  readonly minCorroboration?: number | undefined
  readonly limit?: number | undefined
}

/** One article's report of a happening. */
export interface Report {
  readonly event: string
  readonly article: string
  readonly outlet: string | null
  readonly title: string | null
  readonly url: string | null
  readonly articleDate: string | null
  /** the words of the trigger */
  readonly trigger: string
  readonly record: EventRecord
}

/** A happening with every report of it (issue "Store", point 3). */
export interface FusedEvent {
  readonly id: string
  readonly type: string
  readonly mode: string | null
  readonly modality: string
  /** the most specific report's actors */
  readonly source: ActorRecord
  readonly target: ActorRecord | null
  /** the happening's interval as its reports narrow it */
  readonly date: { readonly start: string | null; readonly end: string | null }
  /** when it happened: the earliest resolved report date, else the earliest article date */
  readonly when: string | null
  readonly count: number
  readonly answer: string | null
  /** distinct outlets reporting it (an article without an outlet counts alone) */
  readonly corroboration: number
  /** whether any report is on the record: the article's own voice or a named source, unhedged */
  readonly onRecord: boolean
  readonly reports: readonly Report[]
}

export const DEFAULT_LIMIT = 1000

/**
 * Happenings whose reports match the filter, newest first, each with all its reports (also
 * those the filter did not select: a happening is shown whole).
 */
export const listEvents = async (db: Kysely<Database>, f: EventFilter = {}): Promise<FusedEvent[]> => {
  let q = db.selectFrom('events').select('happening_id').distinct()
  if (f.type) q = q.where('type', '=', f.type)
  if (f.modality) q = q.where('modality', '=', f.modality)
  if (f.from) q = q.where('on_date', '>=', f.from)
  if (f.to) q = q.where('on_date', '<=', f.to)
  if (f.country && f.counterpart) {
    const [a, b] = [f.country, f.counterpart]
    q = q.where((w) => w.or([w.and([w('source_country', '=', a), w('target_country', '=', b)]), w.and([w('source_country', '=', b), w('target_country', '=', a)])]))
  } else if (f.country) {
    const c = f.country
    q = q.where((w) => w.or([w('source_country', '=', c), w('target_country', '=', c)]))
  }
  if (f.actor) {
    const like = `%${f.actor.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`
    q = q.where((w) =>
      w.or([
        w('source_name', 'ilike', like),
        w('target_name', 'ilike', like),
        w(sql<string>`record->'source'->>'text'`, 'ilike', like),
        w(sql<string>`record->'target'->>'text'`, 'ilike', like),
      ]),
    )
  }
  const ids = (await q.execute()).map((r) => r.happening_id)
  return happenings(db, ids, f)
}

/** The given happenings, assembled from their reports, filtered by corroboration, newest first. */
export const happenings = async (db: Kysely<Database>, ids: readonly string[], f: Pick<EventFilter, 'minCorroboration' | 'limit'> = {}): Promise<FusedEvent[]> => {
  if (ids.length === 0) return []
  const rows = await db
    .selectFrom('events')
    .innerJoin('articles', 'articles.id', 'events.article_id')
    .innerJoin('happenings', 'happenings.id', 'events.happening_id')
    .select([
      'events.id as event',
      'events.happening_id',
      'events.record',
      'events.trigger_text',
      'events.article_id',
      'articles.outlet',
      'articles.title',
      'articles.url',
      'articles.date as article_date',
      'happenings.date_start',
      'happenings.date_end',
    ])
    .where('events.happening_id', 'in', [...ids])
    .orderBy('events.seq')
    .execute()
  const groups = new Map<string, typeof rows>()
  for (const r of rows) {
    const g = groups.get(r.happening_id) ?? []
    g.push(r)
    groups.set(r.happening_id, g)
  }
  const out: FusedEvent[] = []
  for (const [id, g] of groups) {
    const reports: Report[] = g.map((r) => ({ event: r.event, article: r.article_id, outlet: r.outlet, title: r.title, url: r.url, articleDate: r.article_date, trigger: r.trigger_text, record: jsonb(r.record) }))
    out.push(fusedOf(id, reports, g[0]!.date_start, g[0]!.date_end))
  }
  const min = f.minCorroboration ?? 0
  return out
    .filter((e) => e.corroboration >= min)
    .sort((a, b) => (b.when ?? '').localeCompare(a.when ?? '') || a.id.localeCompare(b.id))
    .slice(0, f.limit ?? DEFAULT_LIMIT)
}


const specificity = (a: ActorRecord | null): number => (a === null ? 0 : (a.name ? 4 : 0) + (a.level ? 2 : 0) + (a.sector ? 1 : 0))

const fusedOf = (id: string, reports: readonly Report[], start: string | null, end: string | null): FusedEvent => {
  const best = [...reports].sort((x, y) => specificity(y.record.source) + specificity(y.record.target) - (specificity(x.record.source) + specificity(x.record.target)))[0]!.record
  const resolved = reports.map((r) => r.record.date?.start ?? null).filter((d): d is string => d !== null).sort()
  const articleDates = reports.map((r) => r.articleDate).filter((d): d is string => d !== null).sort()
  const outlets = new Set(reports.map((r) => r.outlet ?? `article:${r.article}`))
  return {
    id,
    type: best.type,
    mode: reports.map((r) => r.record.mode).find((m) => m !== null) ?? null,
    modality: best.modality,
    source: best.source,
    target: best.target,
    date: { start, end },
    when: resolved[0] ?? articleDates[0] ?? null,
    count: Math.max(...reports.map((r) => r.record.count)),
    answer: reports.map((r) => r.record.answer).find((a) => a !== null) ?? null,
    corroboration: outlets.size,
    onRecord: reports.some((r) => (r.record.attribution.kind === 'author' || r.record.attribution.kind === 'named') && r.record.attribution.hedge === null),
    reports,
  }
}

/** The dyad with the most happenings between two different countries: the default board. */
export const mostActiveDyad = async (db: Kysely<Database>): Promise<[string, string] | null> => {
  const row = await db
    .selectFrom('events')
    .select([
      sql<string>`least(source_country, target_country)`.as('a'),
      sql<string>`greatest(source_country, target_country)`.as('b'),
      (s) => s.fn.count<number>(sql`distinct happening_id`).as('n'),
    ])
    .where('source_country', 'is not', null)
    .where('target_country', 'is not', null)
    .where(sql<boolean>`source_country <> target_country`)
    .groupBy(['a', 'b'])
    .orderBy('n', 'desc')
    .orderBy('a')
    .limit(1)
    .executeTakeFirst()
  return row ? [row.a, row.b] : null
}

/** The newest article date in the store: the board's default as-of date. */
export const newestArticleDate = async (db: Kysely<Database>): Promise<string | null> => {
  const row = await db.selectFrom('articles').select((s) => s.fn.max('date').as('d')).executeTakeFirst()
  return (row?.d as string | null | undefined) ?? null
}
