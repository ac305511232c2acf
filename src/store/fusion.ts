import type { ActorRecord, EventRecord } from '../events/index.ts'

/**
 * Fusion across articles (issue "Store", point 3): reports from different articles are one
 * happening when they have the same type and modality, the same actors — by name where both
 * name them, else by country, sector and level, a report that leaves sector or level open being
 * compatible with one that gives it — and dates that overlap. A meeting has no direction, so a
 * CONSULT also fuses with its mirror ("Blinken met Wang" / "Wang met Blinken").
 */

/** An inclusive ISO date interval. */
export interface Interval {
  readonly start: string
  readonly end: string
}

/** How many days before its article an undated report may have happened: news reports the last week. */
export const REPORT_WINDOW_DAYS = 7

const shiftDays = (iso: string, days: number): string => {
  const t = Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000
  return new Date(t).toISOString().slice(0, 10)
}

/**
 * When a report says it happened: its own resolved date, else the week up to its article's date;
 * null when neither is known (such a report is never fused with another article's).
 */
export const reportInterval = (e: EventRecord, articleDate: string | null): Interval | null => {
  const start = e.date?.start ?? null
  const end = e.date?.end ?? start
  if (start && end) return { start, end }
  if (articleDate) return { start: shiftDays(articleDate, -REPORT_WINDOW_DAYS), end: articleDate }
  return null
}

export const overlaps = (a: Interval, b: Interval): boolean => a.start <= b.end && b.start <= a.end

/** The part two overlapping intervals share: the happening's date narrows as reports come in. */
export const intersect = (a: Interval, b: Interval): Interval => ({ start: a.start > b.start ? a.start : b.start, end: a.end < b.end ? a.end : b.end })

/** The actor fields fusion compares (as stored on each report). */
export interface ActorKey {
  readonly name: string | null
  readonly country: string | null
  readonly sector: string | null
  readonly level: string | null
}

export const keyOf = (a: ActorRecord | null): ActorKey => ({ name: a?.name ?? null, country: a?.country ?? null, sector: a?.sector ?? null, level: a?.level ?? null })

const open = (a: string | null, b: string | null): boolean => a === null || b === null || a === b

export const sameActor = (a: ActorKey, b: ActorKey): boolean => {
  if (a.country !== b.country) return false
  if (a.name !== null && b.name !== null) return a.name.toLowerCase() === b.name.toLowerCase()
  return open(a.sector, b.sector) && open(a.level, b.level)
}

/** Two reports of one happening, as far as their actors tell (type, modality and dates are checked by the caller). */
export const sameParties = (type: string, a: { source: ActorKey; target: ActorKey }, b: { source: ActorKey; target: ActorKey }): boolean =>
  (sameActor(a.source, b.source) && sameActor(a.target, b.target)) || (type === 'CONSULT' && sameActor(a.source, b.target) && sameActor(a.target, b.source))
