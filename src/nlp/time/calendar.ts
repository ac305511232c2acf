/**
 * Calendar arithmetic on UTC day numbers (days since 1970-01-01). Working on day numbers, never
 * on local Date objects, keeps results independent of the machine's time zone.
 */

export type Day = number
export type Unit = 'day' | 'week' | 'month' | 'year' | 'decade'

export interface Interval {
  readonly from: Day
  readonly to: Day
}

export const DAY_MS = 86_400_000

export const toDay = (y: number, m: number, d: number): Day => Math.round(Date.UTC(y, m - 1, d) / DAY_MS)

export const partsOf = (day: Day): { y: number; m: number; d: number } => {
  const date = new Date(day * DAY_MS)
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() }
}

/**
 * Day number → "YYYY-MM-DD", remembered: every time expression writes two, over a few thousand
 * distinct days, and building one through a Date and toISOString each time cost 7–9 % of the time stage (A/B).
 */
const isoCache = new Map<Day, string>()
/** Days remembered before the cache is emptied: a bound on memory. */
const ISO_CACHE_MAX = 100_000

export const isoOf = (day: Day | null): string | null => {
  if (day === null) return null
  let iso = isoCache.get(day)
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10)
    if (isoCache.size >= ISO_CACHE_MAX) isoCache.clear()
    isoCache.set(day, iso)
  }
  return iso
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
export const weekdayOf = (day: Day): number => (((day + 4) % 7) + 7) % 7

export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate()

export const monthIv = (y: number, m: number): Interval => ({ from: toDay(y, m, 1), to: toDay(y, m, daysInMonth(y, m)) })
export const yearIv = (y: number): Interval => ({ from: toDay(y, 1, 1), to: toDay(y, 12, 31) })
export const dayIv = (day: Day): Interval => ({ from: day, to: day })

/** Monday-to-Sunday week containing `day`. */
export const weekIv = (day: Day): Interval => {
  const monday = day - ((weekdayOf(day) + 6) % 7)
  return { from: monday, to: monday + 6 }
}

/** The calendar week/month/year containing `day`. */
export const unitIv = (unit: 'week' | 'month' | 'year', day: Day): Interval => {
  const { y, m } = partsOf(day)
  return unit === 'week' ? weekIv(day) : unit === 'month' ? monthIv(y, m) : yearIv(y)
}

/** `day` moved by n units; month and year steps keep the day of month where it exists. */
export const shift = (day: Day, n: number, unit: Unit): Day => {
  if (unit === 'day') return day + n
  if (unit === 'week') return day + 7 * n
  const { y, m, d } = partsOf(day)
  const months = unit === 'month' ? n : unit === 'year' ? 12 * n : 120 * n
  const target = new Date(Date.UTC(y, m - 1 + months, 1))
  const ty = target.getUTCFullYear()
  const tm = target.getUTCMonth() + 1
  return toDay(ty, tm, Math.min(d, daysInMonth(ty, tm)))
}

/** The same calendar unit n steps away ("last month" = unitIv shifted by -1). */
export const shiftUnitIv = (unit: 'week' | 'month' | 'year', day: Day, n: number): Interval =>
  unitIv(unit, shift(unitIv(unit, day).from, n, unit))

/** Half a unit in days: how far "nearly a month" or "over a year" may stretch. */
export const HALF_DAYS: Record<Unit, number> = { day: 0, week: 3, month: 15, year: 182, decade: 1826 }
/** Slack around an exact-but-rounded count ("two weeks ago" is not to the day). */
export const SLACK_DAYS: Record<Unit, number> = { day: 0, week: 3, month: 10, year: 120, decade: 730 }

// --- parts of a unit: "early", "mid", "the end of" ---------------------------------------------

export type Part = 'early' | 'mid' | 'late' | 'begin' | 'end' | 'first-half' | 'second-half'

export const partOf = (word: string | undefined): Part | null => {
  const w = (word ?? '').toLowerCase().replace(/\s+/g, ' ').replace(/-$/, '')
  if (w === 'early') return 'early'
  if (w === 'mid' || w === 'middle') return 'mid'
  if (w === 'late') return 'late'
  if (w === 'beginning' || w === 'start') return 'begin'
  if (w === 'end') return 'end'
  if (w === 'first half') return 'first-half'
  if (w === 'second half') return 'second-half'
  return null
}

/**
 * A part of a week, month or year. Month: early 1–10, mid 11–20, late 20–end (the annotators'
 * convention for "late February"); year: thirds, with "the end of" as its last two months.
 */
export const partIv = (iv: Interval, unit: 'week' | 'month' | 'year' | 'decade', part: Part): Interval => {
  const { y, m } = partsOf(iv.from)
  const clip = (from: Day, to: Day): Interval => ({ from: Math.max(from, iv.from), to: Math.min(to, iv.to) })
  if (unit === 'week') {
    const d = iv.from // Monday
    const table: Record<Part, [number, number]> = {
      early: [0, 1], begin: [0, 1], mid: [2, 3], late: [4, 6], end: [4, 6], 'first-half': [0, 3], 'second-half': [3, 6],
    }
    const [a, b] = table[part]
    return { from: d + a, to: d + b }
  }
  if (unit === 'month') {
    const table: Record<Part, [number, number]> = {
      early: [1, 10], begin: [1, 10], mid: [11, 20], late: [20, 31], end: [21, 31], 'first-half': [1, 15], 'second-half': [16, 31],
    }
    const [a, b] = table[part]
    return clip(toDay(y, m, a), toDay(y, m, Math.min(b, daysInMonth(y, m))))
  }
  if (unit === 'decade') {
    const table: Record<Part, [number, number]> = {
      early: [0, 3], begin: [0, 2], mid: [4, 6], late: [7, 9], end: [8, 9], 'first-half': [0, 4], 'second-half': [5, 9],
    }
    const [a, b] = table[part]
    return { from: yearIv(y + a).from, to: yearIv(y + b).to }
  }
  const table: Record<Part, [number, number]> = {
    early: [1, 4], begin: [1, 2], mid: [5, 8], late: [9, 12], end: [11, 12], 'first-half': [1, 6], 'second-half': [7, 12],
  }
  const [a, b] = table[part]
  return { from: monthIv(y, a).from, to: monthIv(y, b).to }
}
