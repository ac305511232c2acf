import { createHash } from 'node:crypto'
import { sql, type Kysely, type Transaction } from 'kysely'
import type { Doc } from '../core/index.ts'
import { toEventRecord, type EventRecord } from '../events/index.ts'
import { intersect, keyOf, overlaps, reportInterval, sameParties, type Interval } from './fusion.ts'
import type { Database } from './schema.ts'

export type SaveStatus = 'stored' | 'unchanged'

export interface SaveResult {
  readonly status: SaveStatus
  readonly article: string
  readonly events: number
  /** reports that joined a happening another article had reported */
  readonly fused: number
}

export const textHash = (text: string): string => createHash('sha256').update(text).digest('hex')

/** Rows per multi-row insert: well under PostgreSQL's 65,535 parameters. */
const CHUNK = 1000

/**
 * Stores one processed article with its actor mentions and events, and fuses each event into a
 * happening, all in one transaction: a crash leaves the article whole or absent. An article
 * already stored (same id, or the same text under another id) changes nothing.
 */
export const saveArticle = async (db: Kysely<Database>, doc: Doc): Promise<SaveResult> => {
  const a = doc.article
  return db.transaction().execute(async (tx) => {
    const inserted = await tx
      .insertInto('articles')
      .values({
        id: a.id,
        hash: textHash(a.text),
        title: a.title,
        outlet: a.outlet,
        url: a.url,
        date: a.date,
        input: a.input,
        format: a.format,
        text: a.text,
        messages: JSON.stringify(doc.messages.map((m) => ({ severity: m.severity, code: m.code, reason: m.reason }))),
        times: JSON.stringify(doc.times.map((t) => ({ span: t.span, start: t.start, end: t.end, grain: t.grain, rule: t.rule }))),
      })
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst()
    if (!inserted) return { status: 'unchanged', article: a.id, events: 0, fused: 0 }

    const mentions = doc.mentions.map((m, idx) => ({
      article_id: a.id,
      idx,
      start_at: m.span[0],
      end_at: m.span[1],
      kind: m.kind,
      name: m.name,
      country: m.country,
      sector: m.sector,
      level: m.level,
      role: m.role,
      person: m.person,
      how: m.how,
    }))
    for (let i = 0; i < mentions.length; i += CHUNK) await tx.insertInto('mentions').values(mentions.slice(i, i + CHUNK)).execute()

    // two events of one article never share a trigger and type; if they did, the first stands
    const records = [...new Map(doc.events.map((e) => toEventRecord(doc, e)).map((r) => [r.id, r] as const)).values()]
    const plan = await fuseAll(tx, records, a.date)
    const fresh = plan.filter((p) => p.created)
    if (fresh.length > 0) {
      await tx
        .insertInto('happenings')
        .values(fresh.map((p) => ({ id: p.happening, type: p.record.type, modality: p.record.modality, source_country: p.record.source.country, target_country: p.record.target?.country ?? null, date_start: p.when?.start ?? null, date_end: p.when?.end ?? null })))
        .execute()
    }
    const rows = plan.map(({ record, happening }) => ({
      id: record.id,
      article_id: a.id,
      happening_id: happening,
      type: record.type,
      mode: record.mode,
      modality: record.modality,
      source_name: record.source.name,
      source_country: record.source.country,
      source_sector: record.source.sector,
      source_level: record.source.level,
      target_name: record.target?.name ?? null,
      target_country: record.target?.country ?? null,
      target_sector: record.target?.sector ?? null,
      target_level: record.target?.level ?? null,
      count: record.count,
      answer: record.answer,
      date_start: record.date?.start ?? null,
      date_end: record.date?.end ?? null,
      on_date: record.date?.start ?? a.date,
      attribution_kind: record.attribution.kind,
      hedge: record.attribution.hedge,
      trigger_text: a.text.slice(record.evidence.trigger[0], record.evidence.trigger[1]),
      record: JSON.stringify(record),
    }))
    for (let i = 0; i < rows.length; i += CHUNK) await tx.insertInto('events').values(rows.slice(i, i + CHUNK)).execute()
    const fused = plan.length - fresh.length
    return { status: 'stored', article: a.id, events: records.length, fused }
  })
}

interface Placed {
  readonly record: EventRecord
  readonly happening: string
  /** a new happening (to insert), or a report joining one another article reported */
  readonly created: boolean
  readonly when: Interval | null
}

/**
 * The happening each report belongs to: an existing one another article reported (same type,
 * modality, parties and overlapping dates), else a new one. Fusion for one type and modality is
 * serialised by transaction-scoped advisory locks (taken together, in a fixed order, so two
 * writers cannot deadlock), so concurrent writers cannot create the same happening twice.
 * One query per report finds its candidates with their reports; the new happenings and all the
 * events are then written in one statement each (store/articles-repo.ts saveArticle).
 */
const fuseAll = async (tx: Transaction<Database>, records: readonly EventRecord[], articleDate: string | null): Promise<Placed[]> => {
  const keys = [...new Set(records.filter((r) => reportInterval(r, articleDate)).map((r) => `${r.type}:${r.modality}`))].sort()
  if (keys.length > 0) await sql`select ${sql.join(keys.map((k) => sql`pg_advisory_xact_lock(hashtext(${k}))`))}`.execute(tx)
  const out: Placed[] = []
  for (const e of records) {
    const when = reportInterval(e, articleDate)
    const joined = when ? await joinExisting(tx, e, when) : null
    if (joined) out.push({ record: e, happening: joined, created: false, when })
    else out.push({ record: e, happening: createHash('sha1').update(`happening\u0000${e.id}`).digest('hex').slice(0, 16), created: true, when })
  }
  return out
}

const joinExisting = async (tx: Transaction<Database>, e: EventRecord, when: Interval): Promise<string | null> => {
  const src = e.source.country
  const tgt = e.target?.country ?? null
  const rows = await tx
    .selectFrom('happenings as h')
    .innerJoin('events as r', 'r.happening_id', 'h.id')
    .select(['h.id', 'h.date_start', 'h.date_end', 'r.article_id', 'r.source_name', 'r.source_country', 'r.source_sector', 'r.source_level', 'r.target_name', 'r.target_country', 'r.target_sector', 'r.target_level'])
    .where('h.type', '=', e.type)
    .where('h.modality', '=', e.modality)
    .where('h.date_start', '<=', when.end)
    .where('h.date_end', '>=', when.start)
    .where((w) => {
      // "=" or "is null" rather than "is not distinct from", which no index can serve
      const is = (col: 'h.source_country' | 'h.target_country', v: string | null) => (v === null ? w(col, 'is', null) : w(col, '=', v))
      const direct = w.and([is('h.source_country', src), is('h.target_country', tgt)])
      return e.type === 'CONSULT' ? w.or([direct, w.and([is('h.source_country', tgt), is('h.target_country', src)])]) : direct
    })
    .orderBy('h.created_at')
    .orderBy('h.id')
    .execute()
  const mine = { source: keyOf(e.source), target: keyOf(e.target) }
  const byHappening = new Map<string, typeof rows>()
  for (const r of rows) byHappening.set(r.id, [...(byHappening.get(r.id) ?? []), r])
  for (const [id, reports] of byHappening) {
    // a happening this article already reports is another happening (merging within an article is done)
    if (reports.some((r) => r.article_id === e.article)) continue
    const fits = reports.some((r) =>
      sameParties(e.type, mine, {
        source: { name: r.source_name, country: r.source_country, sector: r.source_sector, level: r.source_level },
        target: { name: r.target_name, country: r.target_country, sector: r.target_sector, level: r.target_level },
      }),
    )
    const span: Interval = { start: reports[0]!.date_start!, end: reports[0]!.date_end! }
    if (!fits || !overlaps(span, when)) continue
    const narrowed = intersect(span, when)
    if (narrowed.start !== span.start || narrowed.end !== span.end) await tx.updateTable('happenings').set({ date_start: narrowed.start, date_end: narrowed.end }).where('id', '=', id).execute()
    return id
  }
  return null
}

/** How many articles, events and happenings the store holds. */
export const storeCounts = async (db: Kysely<Database>): Promise<{ articles: number; events: number; happenings: number }> => {
  const one = async (table: 'articles' | 'events' | 'happenings'): Promise<number> =>
    Number((await db.selectFrom(table).select((s) => s.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)
  return { articles: await one('articles'), events: await one('events'), happenings: await one('happenings') }
}
