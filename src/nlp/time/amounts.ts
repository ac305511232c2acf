/**
 * Counts of units ("two weeks", "a few days", "nearly a month") and moving an interval by them.
 * Shared by "ago" (measured from the article date) and the anchored relatives ("after X").
 */
import type { TimeGrain } from '../../core/document.ts'
import { HALF_DAYS, SLACK_DAYS, shift, type Interval, type Unit } from './calendar.ts'

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, 'a dozen': 12,
}

/** Counts: exact ("two", "3", "a") or vague ("a few", "several", "a couple of"). */
export const AMOUNT_SRC =
  '(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|' +
  '\\d{1,3}|a\\s+few|few|several|a\\s+couple(?:\\s+of)?|couple\\s+of|a\\s+dozen)'

/** Hedges on a count: "nearly a month ago", "just over two weeks after". */
export const QUAL_SRC =
  '(?:nearly|almost|about|around|roughly|approximately|some|more\\s+than|less\\s+than|just\\s+over|' +
  'just\\s+under|well\\s+over|over|under|at\\s+least|barely|just|only)'

export interface Amount {
  readonly lo: number
  readonly hi: number
  readonly exact: boolean
}

export const parseAmount = (word: string | undefined): Amount | null => {
  if (word === undefined) return null
  const w = word.toLowerCase().replace(/\s+/g, ' ')
  if (/^\d+$/.test(w)) return { lo: Number(w), hi: Number(w), exact: true }
  if (w.includes('few')) return { lo: 2, hi: 5, exact: false }
  if (w === 'several') return { lo: 3, hi: 7, exact: false }
  if (w.includes('couple')) return { lo: 2, hi: 2, exact: true }
  const n = NUMBER_WORDS[w]
  return n === undefined ? null : { lo: n, hi: n, exact: true }
}

/** "days" with no count, as in "weeks after the summit". */
export const VAGUE_PLURAL: Amount = { lo: 1, hi: 9, exact: false }

export type Hedge = 'less' | 'more' | 'about'
export const hedgeOf = (q: string | undefined): Hedge => {
  const w = (q ?? '').toLowerCase()
  if (/nearly|almost|less|under|barely/.test(w)) return 'less'
  if (/more|over|least/.test(w)) return 'more'
  return 'about'
}

export const unitOf = (word: string): Unit | 'hour' | null => {
  const w = word.toLowerCase().replace(/s$/, '')
  if (w === 'day' || w === 'night' || w === 'morning' || w === 'afternoon' || w === 'evening') return 'day'
  if (w === 'week' || w === 'month' || w === 'year' || w === 'decade') return w
  if (w === 'hour' || w === 'minute') return 'hour'
  return null
}

/**
 * Move an interval by an amount of units, forwards (sign +1) or backwards (-1), widening it for
 * hedges and rounding. Used for "ago" (anchor = article date), "after X", "N weeks later".
 */
export const offsetIv = (iv: Interval, amount: Amount, unit: Unit | 'hour', hedge: Hedge, sign: 1 | -1): Interval => {
  if (unit === 'hour') {
    // hours and minutes: the same day as the anchor, or the next/previous one
    const days = Math.ceil(amount.hi / 24)
    return sign > 0 ? { from: iv.from, to: iv.to + days } : { from: iv.from - days, to: iv.to }
  }
  const half = HALF_DAYS[unit]
  const slack = amount.exact && hedge === 'about' ? SLACK_DAYS[unit] : 0
  // the offset range in units, plus extra days on either end for hedges
  let loExtra = -slack
  let hiExtra = slack
  if (hedge === 'less') loExtra -= half
  if (hedge === 'more') hiExtra += half
  if (sign > 0) {
    return { from: shift(iv.from, amount.lo, unit) + loExtra, to: shift(iv.to, amount.hi, unit) + hiExtra }
  }
  return { from: shift(iv.from, -amount.hi, unit) - hiExtra, to: shift(iv.to, -amount.lo, unit) - loExtra }
}

export const offsetGrain = (amount: Amount, unit: Unit | 'hour', hedge: Hedge): TimeGrain =>
  amount.exact && unit === 'day' && hedge === 'about' ? 'day' : 'range'
