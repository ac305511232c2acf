/**
 * chrono-node: ordinary dates ("on Friday", "Oct. 12", "in May 2018"), filtered for false
 * positives and re-resolved: chrono's own reading of an undated month or weekday is not the
 * news reading (see tense.ts), and its relative dates are measured from the wrong place.
 */
import * as chrono from 'chrono-node'
import type { TimeGrain } from '../../core/document.ts'
import { DAY_MS, dayIv, monthIv, partsOf, shift, toDay, weekdayOf, yearIv, type Day, type Interval } from './calendar.ts'
import { RANK_CHRONO, type Cand, type Ctx } from './candidate.ts'
import { isChronoFalsePositive } from './chrono-filters.ts'
import { introducesYear, placeInYear, placeWeekday } from './tense.ts'

/**
 * Cheap test before calling chrono: a capitalised month or weekday, a casual day word or a
 * numeric date. Most sentences have none and skip chrono entirely.
 */
export const CHRONO_HINT =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s*\d|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[Tt]oday|[Tt]onight|[Tt]omorrow|[Yy]esterday|[Ll]ast\s+night|[Tt]his\s+(?:morning|afternoon|evening)|\d{1,4}[/.-]\d{1,2})/

/** A written year: "2019" or "'19". */
const HAS_YEAR_DIGITS = /\b\d{4}\b|['’]\d\d\b/

/**
 * Resolve one chrono component (start or end of a match) to an interval. A year chrono only
 * guessed is replaced: by `yearOf` for a range's end (the start's year), else by placeInYear.
 */
const resolveComponent = (
  ctx: Ctx,
  ref: Day,
  c: chrono.ParsedComponents,
  text: string,
  start: number,
  end: number,
  yearOf: number | null = null,
): { iv: Interval; weekday: boolean } | null => {
  const get = (k: chrono.Component): number => c.get(k) ?? 0
  const place = (build: (y: number) => Interval): Interval =>
    c.isCertain('year') ? build(get('year')) : yearOf !== null ? build(yearOf) : placeInYear(ctx, ref, build, start, end)
  if (c.isCertain('day')) {
    const m = get('month')
    const d = get('day')
    // "Wednesday, March 27": the nearby year in which that date is a Wednesday
    if (c.isCertain('weekday') && !c.isCertain('year') && yearOf === null) {
      const y = partsOf(ref).y
      const fits = [y, y - 1, y + 1].map((yy) => toDay(yy, m, d)).filter((day) => weekdayOf(day) === get('weekday'))
      const nearest = fits.sort((p, q) => Math.abs(p - ref) - Math.abs(q - ref))[0]
      if (nearest !== undefined) return { iv: dayIv(nearest), weekday: false }
    }
    return { iv: place((y) => dayIv(toDay(y, m, d))), weekday: false }
  }
  if (c.isCertain('month')) {
    const m = get('month')
    return { iv: place((y) => monthIv(y, m)), weekday: false }
  }
  if (c.isCertain('weekday')) {
    // "last Tuesday", "next Friday", "this Friday": chrono's own reading is right
    if (/\b(?:last|next|this|past|coming)\b/i.test(text)) {
      const date = c.date()
      return { iv: dayIv(toDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())), weekday: false }
    }
    return { iv: dayIv(placeWeekday(ctx, ref, get('weekday'), start, end)), weekday: true }
  }
  if (c.isCertain('year')) return { iv: yearIv(get('year')), weekday: false }
  return null
}

const grainOfComponent = (c: chrono.ParsedComponents): TimeGrain =>
  c.isCertain('day') || c.isCertain('weekday') ? 'day' : c.isCertain('month') ? 'month' : 'year'

/** Words just before a chrono match that belong to the expression ("in June", "late Sunday"). */
const LEAD_IN = /(?:\b(?:[Ee]arly|[Ll]ate)\s+(?:on\s+)?|\b(?:[Ii]n|[Oo]n)\s+)$/
/** … and before a month name ("last September", "in early … " is the month-part rule's). */
const MONTH_LEAD_IN = /\b(?:(?:[Ii]n|[Ss]ince|[Uu]ntil)\s+)?(?:[Ll]ast|[Nn]ext|[Tt]his)\s+$/

/** `offset`: where the text chrono read starts in the region (non-zero when re-reading a tail). */
const chronoCandidate = (r: chrono.ParsedResult, ctx: Ctx, ref: Day | null, offset: number): Cand | null => {
  // chrono sometimes keeps leading spaces or a trailing comma / "of" ("March of that year")
  const lead = r.text.length - r.text.trimStart().length
  const text = r.text.trim().replace(/(?:[\s,;:]+|\s+of)$/, '')
  let start = offset + r.index + lead
  const end = start + text.length
  if (text.length === 0 || isChronoFalsePositive(r, ctx, text, start, end)) return null

  // "March to May 2019": the year written at the end holds for the start too
  const endYear = r.end?.isCertain('year') ? r.end.get('year') : null
  const absolute = (r.start.isCertain('year') || endYear !== null) && HAS_YEAR_DIGITS.test(text)
  const grain: TimeGrain = r.end ? 'range' : grainOfComponent(r.start)
  const before = ctx.s.slice(Math.max(0, start - 14), start)
  const monthOnly = grain === 'month' && !r.start.isCertain('year')
  const rangeLead = r.end ? /\b(?:[Ff]rom|[Bb]etween)\s+$/.exec(before) : null
  const leadIn = rangeLead ?? (monthOnly ? MONTH_LEAD_IN.exec(before) : null) ?? LEAD_IN.exec(before)
  if (leadIn) start -= leadIn[0].length

  if (ref === null && !absolute) return { start, end, from: null, to: null, grain, rule: 'chrono-unresolved', rank: RANK_CHRONO }
  // absolute dates never look at the reference; give them any day
  const resolvedIv = chronoInterval(r, ctx, ref ?? 0, text, start, end, endYear)
  if (resolvedIv === null) return null
  const iv = resolvedIv.iv
  const rule = resolvedIv.weekday ? 'weekday' : 'chrono'
  const cand: Cand = { start, end, from: iv.from, to: iv.to, grain, rule, rank: RANK_CHRONO }
  if (absolute) return introducesYear(ctx.s, start) ? { ...cand, year: partsOf(iv.to).y } : cand
  const reyear = guessedYearRebuilder(r)
  return reyear === null ? cand : { ...cand, inYear: reyear }
}

/** The interval of a chrono match, a range ("March 3-5", "December to February") included. */
const chronoInterval = (
  r: chrono.ParsedResult,
  ctx: Ctx,
  ref: Day,
  text: string,
  start: number,
  end: number,
  endYear: number | null,
): { iv: Interval; weekday: boolean } | null => {
  const startYearKnown = r.start.isCertain('year')
  const first = resolveComponent(ctx, ref, r.start, text, start, end, startYearKnown ? null : endYear)
  if (first === null || !r.end) return first
  const last = resolveComponent(ctx, ref, r.end, text, start, end, partsOf(first.iv.from).y)
  if (last === null) return first
  let from = first.iv.from
  let to = last.iv.to
  // "December to February 2019": the start lies in the year before the written one
  while (from > to && endYear !== null && !startYearKnown) from = shift(from, -1, 'year')
  // "December to February": the end lies in the year after the start
  while (to < from) to = shift(to, 1, 'year')
  return { iv: { from, to }, weekday: first.weekday }
}

/** A month or month-day chrono gave no year for: how to build it in a given year. */
const guessedYearRebuilder = (r: chrono.ParsedResult): ((y: number) => Interval) | null => {
  const c = r.start
  // with a weekday ("Thursday, March 27") the year was chosen to fit it; keep that
  if (r.end || c.isCertain('year') || !c.isCertain('month') || c.isCertain('weekday')) return null
  const m = c.get('month') ?? 1
  const d = c.get('day') ?? 1
  return c.isCertain('day') ? (y) => dayIv(toDay(y, m, d)) : (y) => monthIv(y, m)
}

const CHRONO_OPTIONS: chrono.ParsingOption = { forwardDate: false }

/**
 * chrono's casual English without the parsers whose readings we never keep or read ourselves:
 * times of day ("at 5 pm", "this morning" — an event's grain is the day), "within 2 weeks",
 * "2 weeks ago / later" and "next 2 weeks" (fixups.ts and relatives.ts read those, anchored
 * right), "end of the month" and "5/2020". Each parser runs a regular expression over the whole
 * sentence, and these made chrono 2.5 times slower for nothing.
 */
const UNUSED_PARSERS = new Set([
  'ENTimeExpressionParser',
  'ENCasualTimeParser',
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitAgoFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
  'ENEndOfCurrentMonthParser',
  'ENSlashMonthFormatParser',
])
const parser = chrono.casual.clone()
parser.parsers = parser.parsers.filter((p) => !UNUSED_PARSERS.has(p.constructor.name))
/** Any fixed instant: with no article date only absolute (year-bearing) matches are kept. */
const NO_REF_INSTANT = new Date(Date.UTC(2000, 0, 1, 12))

/** The anchor inside a relative chrono match: "two weeks after |July 4". */
const ANCHOR_TAIL = /\b(?:after|before|following|prior\s+to|ahead\s+of|from|since)\s+/i

export const chronoCandidates = (ctx: Ctx): Cand[] => {
  const reference = { instant: ctx.ref === null ? NO_REF_INSTANT : new Date(ctx.ref * DAY_MS + DAY_MS / 2), timezone: 0 }
  const out: Cand[] = []
  const read = (from: number, to: number, depth: number): void => {
    for (const r of parser.parse(ctx.s.slice(from, to), reference, CHRONO_OPTIONS)) {
      const c = chronoCandidate(r, ctx, ctx.ref, from)
      if (c) {
        out.push(c)
        continue
      }
      // chrono folds "two weeks after July 4" into one relative date, which we drop; the anchor
      // date inside it is still wanted (the anchored-relative pass uses it)
      const tail = depth === 0 ? ANCHOR_TAIL.exec(r.text) : null
      if (tail) read(from + r.index + tail.index + tail[0].length, from + r.index + r.text.length, depth + 1)
    }
  }
  read(0, ctx.s.length, 0)
  return out
}
