import { sql, type Kysely } from 'kysely'
import type { EventRecord } from '../events/index.ts'
import { happenings, type FusedEvent } from './events-repo.ts'
import { jsonb, type Database, type StoredMessage, type StoredTime } from './schema.ts'

/** A stored mention, as offsets into its article's text. */
export interface MentionView {
  readonly span: readonly [number, number]
  readonly kind: string
  readonly name: string | null
  readonly country: string | null
  readonly sector: string | null
  readonly level: string | null
  readonly role: string | null
  readonly person: string | null
  readonly how: string
}

/** One article with everything found in it, for the reader: spans only, the text once. */
export interface ArticleView {
  readonly id: string
  readonly title: string | null
  readonly outlet: string | null
  readonly url: string | null
  readonly date: string | null
  readonly text: string
  readonly mentions: readonly MentionView[]
  readonly times: readonly StoredTime[]
  readonly events: readonly (EventRecord & { readonly happening: string | null })[]
  readonly messages: readonly StoredMessage[]
}


export const getArticle = async (db: Kysely<Database>, id: string): Promise<ArticleView | null> => {
  const a = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst()
  if (!a) return null
  const mentions = await db.selectFrom('mentions').selectAll().where('article_id', '=', id).orderBy('idx').execute()
  const events = await db.selectFrom('events').select(['record', 'happening_id']).where('article_id', '=', id).orderBy('seq').execute()
  return {
    id: a.id,
    title: a.title,
    outlet: a.outlet,
    url: a.url,
    date: a.date,
    text: a.text,
    mentions: mentions.map((m) => ({ span: [m.start_at, m.end_at] as const, kind: m.kind, name: m.name, country: m.country, sector: m.sector, level: m.level, role: m.role, person: m.person, how: m.how })),
    times: jsonb(a.times),
    events: events.map((e) => ({ ...jsonb(e.record), happening: e.happening_id })),
    messages: jsonb(a.messages),
  }
}

export const getHappening = async (db: Kysely<Database>, id: string): Promise<FusedEvent | null> => (await happenings(db, [id]))[0] ?? null

/** Who an actor dealt with: counterparts by events, either direction. */
export interface Counterpart {
  readonly name: string
  readonly country: string | null
  readonly events: number
  readonly asSource: number
  readonly asTarget: number
}

/**
 * An actor's events and counterparts: a person by name (as the store names actors), or a country
 * by its code. Events come whole (fused, with reports), newest first.
 */
export const actorActivity = async (
  db: Kysely<Database>,
  who: { readonly name: string } | { readonly country: string },
  limit = 500,
): Promise<{ asSource: FusedEvent[]; asTarget: FusedEvent[]; counterparts: Counterpart[] }> => {
  const side = (s: 'source' | 'target') =>
    'name' in who ? sql<boolean>`${sql.ref(`${s}_name`)} = ${who.name}` : sql<boolean>`${sql.ref(`${s}_country`)} = ${who.country}`
  const ids = async (s: 'source' | 'target'): Promise<string[]> =>
    (await db.selectFrom('events').select('happening_id').distinct().where(side(s)).execute()).map((r) => r.happening_id)
  const asSource = await happenings(db, await ids('source'), { limit })
  const asTarget = await happenings(db, await ids('target'), { limit })
  const counts = new Map<string, { name: string; country: string | null; asSource: number; asTarget: number }>()
  const bump = (a: { name: string | null; text: string; country: string | null } | null, role: 'asSource' | 'asTarget'): void => {
    if (!a) return
    const name = 'country' in who && a.name === null ? (a.country ?? a.text) : (a.name ?? a.text)
    const key = `${name}|${a.country ?? ''}`
    const c = counts.get(key) ?? { name, country: a.country, asSource: 0, asTarget: 0 }
    c[role]++
    counts.set(key, c)
  }
  // the other side of each happening: for events it started, its target is a counterpart "as target"
  for (const e of asSource) bump(e.target, 'asTarget')
  for (const e of asTarget) bump(e.source, 'asSource')
  const counterparts = [...counts.values()]
    .filter((c) => ('name' in who ? c.name !== who.name : c.country !== who.country))
    .map((c) => ({ ...c, events: c.asSource + c.asTarget }))
    .sort((x, y) => y.events - x.events || x.name.localeCompare(y.name))
  return { asSource, asTarget, counterparts }
}

/** How often the store mentions each dictionary person (for actor search). */
export const mentionCounts = async (db: Kysely<Database>, persons: readonly string[]): Promise<Map<string, number>> => {
  if (persons.length === 0) return new Map()
  const rows = await db
    .selectFrom('mentions')
    .select(['person', (s) => s.fn.countAll<number>().as('n')])
    .where('person', 'in', [...persons])
    .groupBy('person')
    .execute()
  return new Map(rows.map((r) => [r.person!, Number(r.n)]))
}
