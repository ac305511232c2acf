import type { ActorRecord } from '../events/index.ts'

/**
 * Which channel a happening belongs to (spec/CHANNELS.md), shared by the board and the web UI's
 * timeline: pure, no I/O.
 */
export interface Endpoint {
  readonly country: string
  readonly sector: string | null
  readonly level: string | null
}

/**
 * The channel a happening belongs to. Contact runs between counterparts, so an actor whose level
 * (or sector) is not stated takes the other side's ("Blinken's trip to China" is minister ↔
 * minister); when neither side states a level the happening goes to the pair's unspecified
 * channel. A channel has no direction: its ends are ordered as the dyad is asked.
 */
export const channelOf = (e: { readonly source: ActorRecord; readonly target: ActorRecord | null }, a: string): readonly [Endpoint, Endpoint] | null => {
  const s = e.source
  const t = e.target
  if (!t || s.country === null || t.country === null) return null
  const level = s.level ?? t.level
  if (level === null) return null
  const end = (x: ActorRecord, other: ActorRecord): Endpoint => ({ country: x.country!, sector: x.sector ?? other.sector, level: x.level ?? other.level })
  const [p, q] = [end(s, t), end(t, s)]
  return p.country === a ? [p, q] : [q, p]
}

export const endLabel = (e: Endpoint): string => [e.country, e.sector ?? '', e.level ?? ''].filter(Boolean).join(' ')
/** A channel's label: "USA MIL minister ↔ CHN MIL minister"; '' for the unspecified channel. */
export const channelLabel = (ends: readonly [Endpoint, Endpoint] | null): string => (ends ? `${endLabel(ends[0])} ↔ ${endLabel(ends[1])}` : '')
