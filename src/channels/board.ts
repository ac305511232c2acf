import type { FusedEvent } from '../store/events-repo.ts'
import { channelOf, channelLabel, type Endpoint } from './channel-key.ts'
import { scoreOf } from './scores.ts'

export { channelOf, channelLabel, type Endpoint }

/**
 * The channel board of a dyad (spec/CHANNELS.md): for each line of contact between the two
 * countries at a pair of sectors and levels, the last contact, open requests and how long they
 * have waited, refusals and cancellations, announced contacts, contacts that did not happen, and
 * a monthly cooperation–conflict series. Pure: it reads fused events, it queries nothing.
 */


export interface ChannelItem {
  readonly event: FusedEvent
  /** the day it is placed on: `event.when` */
  readonly date: string | null
}

export interface OpenRequest extends ChannelItem {
  /** days from the request to the as-of date */
  readonly waitingDays: number | null
  /** asks made: "three requests" are three */
  readonly asks: number
}

export interface MonthTemperature {
  readonly month: string
  readonly sum: number
  readonly mean: number
  readonly events: number
}

export interface Channel {
  /** "USA MIL minister ↔ CHN MIL minister", or "USA ↔ CHN (level unspecified)" */
  readonly label: string
  /** null for the country pair's unspecified channel */
  readonly ends: readonly [Endpoint, Endpoint] | null
  readonly lastContact: ChannelItem | null
  readonly openRequests: readonly OpenRequest[]
  readonly refusals: readonly ChannelItem[]
  readonly announced: readonly ChannelItem[]
  readonly didNotHappen: readonly ChannelItem[]
  readonly temperature: readonly MonthTemperature[]
  readonly events: number
}

export interface Board {
  readonly a: string
  readonly b: string
  readonly asOf: string | null
  readonly channels: readonly Channel[]
}

/** An undated announcement stays "announced" this long after its article, unless contact came since. */
export const ANNOUNCED_DAYS = 60

const CONTACT_WORDS = /\b(talk|meet|meeting|call|visit|speak|summit|dialog|dialogue|contact|negotiat)/i
const LEVEL_ORDER = ['head', 'minister', 'senior', 'working']
const SECTOR_ORDER = ['GOV', 'MIL', 'LEG', 'IGO', 'JUD', 'PTY', 'MED', 'BUS', 'CVL']

const days = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)

/** A request for contact: mode meet, or a trigger that asks for talks, a call, a visit ("attempts to set up talks"). */
const isContactRequest = (e: FusedEvent): boolean => e.type === 'REQUEST' && (e.mode === 'meet' || e.reports.some((r) => CONTACT_WORDS.test(r.trigger)))

export interface BoardOptions {
  /** default: the newest `when` among the dyad's events */
  readonly asOf?: string | null | undefined
}

export const buildBoard = (a: string, b: string, events: readonly FusedEvent[], o: BoardOptions = {}): Board => {
  const asOf = o.asOf ?? events.map((e) => e.when).filter((d): d is string => d !== null).sort().at(-1) ?? null
  const upTo = (e: FusedEvent): boolean => asOf === null || e.when === null || e.when <= asOf
  const byChannel = new Map<string, { ends: readonly [Endpoint, Endpoint] | null; events: FusedEvent[] }>()
  for (const e of events) {
    if (!upTo(e) && e.modality !== 'future') continue
    const ends = channelOf(e, a)
    const key = channelLabel(ends)
    const c = byChannel.get(key) ?? { ends, events: [] }
    c.events.push(e)
    byChannel.set(key, c)
  }
  const channels = [...byChannel.values()].map(({ ends, events: es }) => channel(a, b, ends, es, asOf))
  channels.sort((x, y) => rank(x) - rank(y) || x.label.localeCompare(y.label))
  return { a, b, asOf, channels }
}

const rank = (c: Channel): number => {
  if (!c.ends) return 1e6
  const [p, q] = c.ends
  const lv = (e: Endpoint): number => LEVEL_ORDER.indexOf(e.level ?? '') + 1 || 9
  const sc = (e: Endpoint): number => SECTOR_ORDER.indexOf(e.sector ?? '') + 1 || 20
  return Math.min(lv(p), lv(q)) * 1000 + sc(p) * 30 + sc(q)
}

const item = (e: FusedEvent): ChannelItem => ({ event: e, date: e.when })
const newestFirst = (x: ChannelItem, y: ChannelItem): number => (y.date ?? '').localeCompare(x.date ?? '')

const channel = (a: string, b: string, ends: readonly [Endpoint, Endpoint] | null, events: readonly FusedEvent[], asOf: string | null): Channel => {
  const asserted = (types: readonly string[]) => events.filter((e) => e.modality === 'asserted' && types.includes(e.type))
  const contacts = asserted(['CONSULT'])
  const lastContact = contacts.map(item).sort(newestFirst)[0] ?? null
  const answeredAfter = (d: string | null): boolean =>
    events.some((e) => e.modality === 'asserted' && (e.type === 'CONSULT' || e.type === 'AGREE' || e.type === 'REJECT') && d !== null && e.when !== null && e.when > d)
  const openRequests: OpenRequest[] = asserted(['REQUEST'])
    .filter((e) => isContactRequest(e) && (e.answer === null || e.answer === 'none') && !answeredAfter(e.when))
    .map((e) => ({ ...item(e), waitingDays: asOf && e.when ? days(e.when, asOf) : null, asks: e.count }))
    .sort(newestFirst)
  const refusals = events.filter((e) => e.type === 'REJECT' && e.modality === 'asserted').map(item).sort(newestFirst)
  const announced = events
    .filter((e) => e.modality === 'future' && (e.type === 'CONSULT' || e.type === 'AGREE'))
    .filter((e) => {
      const own = e.reports.find((r) => r.record.date?.end)?.record.date?.end
      if (own) return asOf === null || own >= asOf
      const reported = e.reports.map((r) => r.articleDate).filter((d): d is string => d !== null).sort().at(-1)
      if (!reported || asOf === null) return true
      return days(reported, asOf) <= ANNOUNCED_DAYS && !contacts.some((c) => c.when !== null && c.when > reported)
    })
    .map(item)
    .sort(newestFirst)
  const didNotHappen = events.filter((e) => e.type === 'CONSULT' && e.modality === 'negated').map(item).sort(newestFirst)
  const months = new Map<string, number[]>()
  for (const e of events) {
    if (e.modality !== 'asserted' || e.when === null) continue
    const m = e.when.slice(0, 7)
    const list = months.get(m) ?? []
    list.push(scoreOf(e.type, e.mode))
    months.set(m, list)
  }
  const temperature = [...months]
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([month, s]) => {
      const sum = s.reduce((p, q) => p + q, 0)
      return { month, sum: Math.round(sum * 10) / 10, mean: Math.round((sum / s.length) * 10) / 10, events: s.length }
    })
  return {
    label: ends ? channelLabel(ends) : `${a} ↔ ${b} (level unspecified)`,
    ends,
    lastContact,
    openRequests,
    refusals,
    announced,
    didNotHappen,
    temperature,
    events: events.length,
  }
}
