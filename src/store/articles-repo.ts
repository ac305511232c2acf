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

    let fused = 0
    const seen = new Set<string>()
    for (const e of doc.events) {
      const record = toEventRecord(doc, e)
      // two events of one article never share a trigger and type; if they did, the first stands
      if (seen.has(record.id)) continue
      seen.add(record.id)
      const { happening, joined } = await fuse(tx, record, a.date)
      if (joined) fused++
      await tx
        .insertInto('events')
        .values({
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
          trigger_text: a.text.slice(e.trigger[0], e.trigger[1]),
          record: JSON.stringify(record),
        })
        .execute()
    }
    return { status: 'stored', article: a.id, events: seen.size, fused }
  })
}

/**
 * The happening a report belongs to: an existing one another article reported (same type,
 * modality, parties and overlapping dates), else a new one. Fusion for one type and modality is
 * serialised by a transaction-scoped advisory lock, so concurrent writers cannot create the same
 * happening twice.
 */
const fuse = async (tx: Transaction<Database>, e: EventRecord, articleDate: string | null): Promise<{ happening: string; joined: boolean }> => {
  const when = reportInterval(e, articleDate)
  const src = e.source.country
  const tgt = e.target?.country ?? null
  const mine = { source: keyOf(e.source), target: keyOf(e.target) }
  if (when) {
    await sql`select pg_advisory_xact_lock(hashtext(${`${e.type}:${e.modality}`}))`.execute(tx)
    const candidates = await tx
      .selectFrom('happenings')
      .select(['id', 'date_start', 'date_end'])
      .where('type', '=', e.type)
      .where('modality', '=', e.modality)
      .where('date_start', '<=', when.end)
      .where('date_end', '>=', when.start)
      .where((w) => {
        const direct = w.and([w('source_country', 'is not distinct from', src), w('target_country', 'is not distinct from', tgt)])
        return e.type === 'CONSULT' ? w.or([direct, w.and([w('source_country', 'is not distinct from', tgt), w('target_country', 'is not distinct from', src)])]) : direct
      })
      .orderBy('created_at')
      .execute()
    for (const h of candidates) {
      const reports = await tx
        .selectFrom('events')
        .select(['article_id', 'source_name', 'source_country', 'source_sector', 'source_level', 'target_name', 'target_country', 'target_sector', 'target_level'])
        .where('happening_id', '=', h.id)
        .execute()
      // a happening this article already reports is another happening (merging within an article is done)
      if (reports.some((r) => r.article_id === e.article)) continue
      const fits = reports.some((r) =>
        sameParties(e.type, mine, {
          source: { name: r.source_name, country: r.source_country, sector: r.source_sector, level: r.source_level },
          target: { name: r.target_name, country: r.target_country, sector: r.target_sector, level: r.target_level },
        }),
      )
      const span: Interval = { start: h.date_start!, end: h.date_end! }
      if (!fits || !overlaps(span, when)) continue
      const narrowed = intersect(span, when)
      await tx.updateTable('happenings').set({ date_start: narrowed.start, date_end: narrowed.end }).where('id', '=', h.id).execute()
      return { happening: h.id, joined: true }
    }
  }
  const id = createHash('sha1').update(`happening\u0000${e.id}`).digest('hex').slice(0, 16)
  await tx
    .insertInto('happenings')
    .values({ id, type: e.type, modality: e.modality, source_country: src, target_country: tgt, date_start: when?.start ?? null, date_end: when?.end ?? null })
    .execute()
  return { happening: id, joined: false }
}

/** How many articles, events and happenings the store holds. */
export const storeCounts = async (db: Kysely<Database>): Promise<{ articles: number; events: number; happenings: number }> => {
  const one = async (table: 'articles' | 'events' | 'happenings'): Promise<number> =>
    Number((await db.selectFrom(table).select((s) => s.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)
  return { articles: await one('articles'), events: await one('events'), happenings: await one('happenings') }
}
