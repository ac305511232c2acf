/**
 * Time expressions: find dates in sentences and resolve them to inclusive ISO intervals.
 *
 * chrono-node handles the ordinary cases ("on Friday", "Oct. 12", "in May 2018"). News prose
 * needs more than that, so a set of fix-ups, each a named rule, covers what chrono misses or gets
 * wrong:
 *   - years and year ranges ("in 2014", "the 1984 agreement", "2014-16", "the 1990s")
 *   - parts of months, years and seasons ("in late February", "mid-2019", "this summer")
 *   - article-relative spans ("earlier this year", "last week", "in recent weeks", "two weeks ago")
 *   - anchored relatives ("two weeks after July 4", "in the months that followed"), which chrono
 *     wrongly measures from the article date; without a dated anchor they stay unresolved.
 * Weekdays and month names without a year are read as the past (news reports what happened)
 * unless the clause speaks of the future ("will meet Tuesday").
 *
 * Everything works on UTC day numbers, so results do not depend on the machine's time zone.
 */
import * as chrono from 'chrono-node'
import type { TimeExpr, TimeGrain } from '../core/document.ts'
import type { Span } from '../core/span.ts'

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic on UTC day numbers (days since 1970-01-01)
// ---------------------------------------------------------------------------------------------

type Day = number
type Unit = 'day' | 'week' | 'month' | 'year' | 'decade'

interface Interval {
  readonly from: Day
  readonly to: Day
}

const DAY_MS = 86_400_000

const toDay = (y: number, m: number, d: number): Day => Math.round(Date.UTC(y, m - 1, d) / DAY_MS)

const partsOf = (day: Day): { y: number; m: number; d: number } => {
  const date = new Date(day * DAY_MS)
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() }
}

const isoOf = (day: Day | null): string | null =>
  day === null ? null : new Date(day * DAY_MS).toISOString().slice(0, 10)

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
const weekdayOf = (day: Day): number => (((day + 4) % 7) + 7) % 7

const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate()

const monthIv = (y: number, m: number): Interval => ({ from: toDay(y, m, 1), to: toDay(y, m, daysInMonth(y, m)) })
const yearIv = (y: number): Interval => ({ from: toDay(y, 1, 1), to: toDay(y, 12, 31) })
const dayIv = (day: Day): Interval => ({ from: day, to: day })

/** Monday-to-Sunday week containing `day`. */
const weekIv = (day: Day): Interval => {
  const monday = day - ((weekdayOf(day) + 6) % 7)
  return { from: monday, to: monday + 6 }
}

/** The calendar week/month/year containing `day`. */
const unitIv = (unit: 'week' | 'month' | 'year', day: Day): Interval => {
  const { y, m } = partsOf(day)
  return unit === 'week' ? weekIv(day) : unit === 'month' ? monthIv(y, m) : yearIv(y)
}

/** `day` moved by n units; month and year steps keep the day of month where it exists. */
const shift = (day: Day, n: number, unit: Unit): Day => {
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
const shiftUnitIv = (unit: 'week' | 'month' | 'year', day: Day, n: number): Interval =>
  unitIv(unit, shift(unitIv(unit, day).from, n, unit))

/** Half a unit in days: how far "nearly a month" or "over a year" may stretch. */
const HALF_DAYS: Record<Unit, number> = { day: 0, week: 3, month: 15, year: 182, decade: 1826 }
/** Slack around an exact-but-rounded count ("two weeks ago" is not to the day). */
const SLACK_DAYS: Record<Unit, number> = { day: 0, week: 3, month: 10, year: 120, decade: 730 }

// ---------------------------------------------------------------------------------------------
// Candidates: what each rule proposes before overlaps are settled
// ---------------------------------------------------------------------------------------------

interface Cand {
  /** offsets into the region text */
  readonly start: number
  readonly end: number
  readonly from: Day | null
  readonly to: Day | null
  readonly grain: TimeGrain
  readonly rule: string
  /** tie-break when two overlapping candidates are equally long: relative > fix-up > chrono */
  readonly rank: number
  /** the year written in the expression ("May 2018", "in 2014"), if any */
  readonly year?: number
  /** for a month or date whose year was guessed: the same expression in another year */
  readonly inYear?: (y: number) => Interval
}

const RANK_CHRONO = 0
const RANK_FIXUP = 1
const RANK_RELATIVE = 2

/** One region (sentence) being read, with the article date as a day number. */
interface Ctx {
  readonly s: string
  readonly ref: Day | null
}

/** What a rule resolves to: an interval (or nulls when unanchored), a grain and its name. */
interface Resolved {
  readonly from: Day | null
  readonly to: Day | null
  readonly grain: TimeGrain
  readonly rule: string
}

const resolved = (iv: Interval | null, grain: TimeGrain, rule: string): Resolved =>
  iv === null
    ? { from: null, to: null, grain, rule: `${rule}-unresolved` }
    : { from: Math.min(iv.from, iv.to), to: Math.max(iv.from, iv.to), grain, rule }

/** Resolve against the article date, or leave unresolved when there is none. */
const withRef = (ctx: Ctx, grain: TimeGrain, rule: string, f: (ref: Day) => Interval | null): Resolved | null => {
  if (ctx.ref === null) return resolved(null, grain, rule)
  const iv = f(ctx.ref)
  return iv === null ? null : resolved(iv, grain, rule)
}

// ---------------------------------------------------------------------------------------------
// Shared vocabulary
// ---------------------------------------------------------------------------------------------

const MONTH_NUMBER: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
}
const monthNumber = (word: string): number => MONTH_NUMBER[word.slice(0, 3).toLowerCase()] ?? 0

/** Month names, capitalised only: lower-case "may" and "march" are verbs. */
const MONTH_SRC =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.)'

/** A four-digit year 1900–2099. */
const YEAR_SRC = '(?:19|20)\\d\\d'

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, 'a dozen': 12,
}

/** Counts: exact ("two", "3", "a") or vague ("a few", "several", "a couple of"). */
const AMOUNT_SRC =
  '(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|' +
  '\\d{1,3}|a\\s+few|few|several|a\\s+couple(?:\\s+of)?|couple\\s+of|a\\s+dozen)'

/** Hedges on a count: "nearly a month ago", "just over two weeks after". */
const QUAL_SRC =
  '(?:nearly|almost|about|around|roughly|approximately|some|more\\s+than|less\\s+than|just\\s+over|' +
  'just\\s+under|well\\s+over|over|under|at\\s+least|barely|just|only)'

interface Amount {
  readonly lo: number
  readonly hi: number
  readonly exact: boolean
}

const parseAmount = (word: string | undefined): Amount | null => {
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
const VAGUE_PLURAL: Amount = { lo: 1, hi: 9, exact: false }

type Hedge = 'less' | 'more' | 'about'
const hedgeOf = (q: string | undefined): Hedge => {
  const w = (q ?? '').toLowerCase()
  if (/nearly|almost|less|under|barely/.test(w)) return 'less'
  if (/more|over|least/.test(w)) return 'more'
  return 'about'
}

const unitOf = (word: string): Unit | 'hour' | null => {
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
const offsetIv = (iv: Interval, amount: Amount, unit: Unit | 'hour', hedge: Hedge, sign: 1 | -1): Interval => {
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

const offsetGrain = (amount: Amount, unit: Unit | 'hour', hedge: Hedge): TimeGrain =>
  amount.exact && unit === 'day' && hedge === 'about' ? 'day' : 'range'

// ---------------------------------------------------------------------------------------------
// Past or future? Undated weekdays and months lean to the past unless the clause looks ahead.
// ---------------------------------------------------------------------------------------------

/** Words before an expression, in the same clause, that put it in the future. */
const FUTURE_BEFORE =
  /\b(?:(?:will|won['’]t|shall|(?<!\b(?:appeared|appears|appear|seemed|seems|seem|believed|thought|known|said|reported|likely)\s+)to)\s+be\s+\w+|will|won['’]t|shall|\w+['’]ll|going\s+to|plans?\s+to|planning\s+to|intends?\s+to|expected\s+to|scheduled|slated|set\s+to|(?:is|are)\s+(?:to|coming)|to\s+be\s+held|upcoming|(?:the|this)\s+coming|next)\b/gi
/** A future verb just after the expression: "On Friday, the president will travel". */
const FUTURE_AFTER =
  /^(?:['’]s)?[\s,]*(?:(?!(?:that|which|who|when|where|if|whether|and|but)\b)[\w'’-]+\s+){0,3}?(?:will|shall|\w+['’]ll|(?:is|are)\s+(?:scheduled|expected|set|due|slated))\b/i
/** Where a clause starts, looking back: punctuation and quotes. */
const CLAUSE_BREAK = /[,;:!?()"“”\u2013\u2014]|\.\s/g

const clauseBefore = (s: string, start: number): string => {
  const window = s.slice(Math.max(0, start - 80), start)
  let cut = 0
  for (const m of window.matchAll(CLAUSE_BREAK)) cut = m.index + m[0].length
  return window.slice(cut)
}

/** A reporting verb: "China said Monday it will …" dates the saying, which is past. */
const REPORTING = /\b(?:said|says|told|announced|declared|confirmed|stated|reported|warned|added|wrote|tweeted|noted|indicated|signall?ed|revealed|insisted|argued|acknowledged|conceded|claimed|explained|asserted)\b/gi

/** Where the last match of `re` in `s` ends, or -1. */
const lastMatchEnd = (re: RegExp, s: string): number => {
  let last = -1
  for (const m of s.matchAll(re)) last = m.index + m[0].length
  return last
}

/** The reporting verb governs the expression: "said Friday", "told Fox News on Thursday". */
const REPORTING_JUST_BEFORE = new RegExp(`${REPORTING.source}(?:\\s+[\\w'’.-]+){0,3}\\s*$`, 'i')

const isFuture = (ctx: Ctx, start: number, end: number): boolean => {
  const before = clauseBefore(ctx.s, start)
  // "said he will visit on Friday" and "will be announced on Friday" are future
  const future = lastMatchEnd(FUTURE_BEFORE, before)
  if (future >= 0 && future >= lastMatchEnd(REPORTING, before)) return true
  // "China said Monday it will …", "told Fox News on Thursday that …": the saying is past
  if (future >= 0 || REPORTING_JUST_BEFORE.test(before)) return false
  return FUTURE_AFTER.test(ctx.s.slice(end, end + 50))
}

/**
 * "In 2014, Russia annexed Crimea; in March …": an undated month or date after a written year in
 * the same sentence belongs to that year, not to the article's. Only a year that sets the scene
 * counts: not "since 2002", "by 2020" or "the 2016 election".
 */
const introducesYear = (s: string, start: number): boolean =>
  !/\b(?:since|until|till|by|before|after|from|through|to|the|a|an|its|his|her|their|our)\s+$/i.test(s.slice(Math.max(0, start - 10), start))

/** Days after the article date that an undated "Nov. 12" may still mean this year. */
const NEAR_FUTURE_DAYS = 31

/**
 * Place a month or month-day without a year. "last"/"next"/"this" before it decide; else the
 * future reading when the clause looks ahead, else the most recent one (allowing dates just after
 * the article date, which news mentions as upcoming).
 */
const placeInYear = (ctx: Ctx, ref: Day, build: (y: number) => Interval, start: number, end: number): Interval => {
  const y = partsOf(ref).y
  const here = build(y)
  const mod = /\b(last|next|this)\s+$/i.exec(ctx.s.slice(Math.max(0, start - 6), start))?.[1]?.toLowerCase()
  if (mod === 'this') return here
  if (mod === 'last') return here.to < ref ? here : build(y - 1)
  if (mod === 'next') return here.from > ref ? here : build(y + 1)
  if (isFuture(ctx, start, end)) return here.to >= ref ? here : build(y + 1)
  return here.from <= ref + NEAR_FUTURE_DAYS ? here : build(y - 1)
}

/** Most recent such weekday on or before the article date, or the next one in a future clause. */
const placeWeekday = (ctx: Ctx, ref: Day, weekday: number, start: number, end: number): Day => {
  const ahead = (weekday - weekdayOf(ref) + 7) % 7
  const back = (weekdayOf(ref) - weekday + 7) % 7
  return isFuture(ctx, start, end) ? ref + ahead : ref - back
}

// ---------------------------------------------------------------------------------------------
// chrono-node: ordinary dates, filtered and re-resolved
// ---------------------------------------------------------------------------------------------

/**
 * Cheap test before calling chrono: a capitalised month or weekday, a casual day word or a
 * numeric date. Most sentences have none and skip chrono entirely.
 */
const CHRONO_HINT =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s*\d|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[Tt]oday|[Tt]onight|[Tt]omorrow|[Yy]esterday|[Ll]ast\s+night|[Tt]his\s+(?:morning|afternoon|evening)|\d{1,4}[/.-]\d{1,2})/

/** Chrono reads these as dates, but they are words or names here. */
const CHRONO_WORD_BLOCK = /^(?:now|right now|this day|the day|a day)$/i
/** Unit words: relative phrases are ours (chrono measures "two weeks after X" from the wrong place). */
const UNIT_WORD = /\b(?:days?|weeks?|weekends?|months?|years?|hours?|minutes?|seconds?|quarters?|decades?|centur(?:y|ies)|fortnights?)\b/i
/** Named days that are not the weekday near the article date. */
const NAMED_WEEKDAY = /\b(?:Black|Good|Cyber|Super|Bloody|Ash|Holy|Palm|Easter|Maundy|Giving|Fat|Shrove)\s+$/
const FULL_WEEKDAY = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/
const FULL_MONTH = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/
const LOWER_MONTH_OR_DAY = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/
const HAS_YEAR_DIGITS = /\b\d{4}\b|['’]\d\d\b/
/** Words before a bare month name that show it is a date ("in May", "since March", "early June"). */
const MONTH_CUE_BEFORE =
  /\b(?:in|since|by|until|till|through|from|during|of|before|after|between|and|to|or|early|mid|late|last|this|next|end|beginning|start|middle|each|every|late-|mid-|early-)\s*$/i
/** A determiner followed by a noun: "its March peak", "the May elections". */
const DETERMINER_BEFORE = /\b(?:the|its|a|an|his|her|their|our|this|that|last|next)\s+$/i
const NOUN_AFTER = /^(?:['’]s)?\s+(?!(?:on|for|of|in|to|against|and|with|at|from|by|is|was|has|had|said|says)\b)[a-z]/
const CAPITALISED_WORD_BEFORE = /[A-Z][\w'’.-]*\s+$/
const SENTENCE_START_BEFORE = /(?:^|[.!?:;"“”(\u2014]\s*)$/

/** Bare month names need a date-like neighbour; "May" and "March" are names and verbs too. */
const isBareMonthFalsePositive = (s: string, start: number, end: number): boolean => {
  const before = s.slice(Math.max(0, start - 25), start)
  const after = s.slice(end, end + 25)
  if (MONTH_CUE_BEFORE.test(before)) return false
  const atSentenceStart = SENTENCE_START_BEFORE.test(before)
  // "Theresa May", "June Medical Services"
  if (!atSentenceStart && CAPITALISED_WORD_BEFORE.test(before)) return true
  if (DETERMINER_BEFORE.test(before) && NOUN_AFTER.test(after)) return false
  // "November's massacres"
  if (/^['’]s\s+[a-z]/.test(after) && !atSentenceStart) return false
  return true
}

/** Weekdays: "Sun", "Sat" and "Wed." alone are words or abbreviations we do not trust. */
const isWeekdayFalsePositive = (s: string, text: string, start: number): boolean =>
  !FULL_WEEKDAY.test(text) || NAMED_WEEKDAY.test(s.slice(Math.max(0, start - 12), start))

/** Reasons to drop a chrono match outright. */
const isChronoFalsePositive = (r: chrono.ParsedResult, ctx: Ctx, text: string, start: number, end: number): boolean => {
  const s = ctx.s
  const c = r.start
  if (r.tags().has('result/relativeDate') || UNIT_WORD.test(text) || CHRONO_WORD_BLOCK.test(text)) return true
  // all-caps headline words ("USA TODAY", "NOW")
  if (/^[A-Z\s]+$/.test(text) && /[A-Z]{3}/.test(text)) return true
  if (/USA\s+$/.test(s.slice(Math.max(0, start - 5), start))) return true
  // "BBC Radio 4's Today programme": capitalised mid-sentence, a name
  if (/^(?:Today|Tonight|Tomorrow|Yesterday)$/.test(text) && !SENTENCE_START_BEFORE.test(s.slice(Math.max(0, start - 3), start))) return true
  // glued to other characters: URLs, "Mar-a-Lago", "1/3" inside a fraction or a word
  if (/[\w/@#$-]/.test(s.charAt(start - 1)) || /^(?:[\w/@]|-\w)/.test(s.slice(end, end + 2))) return true
  // a time of day with no date ("at 2 p.m.", "from 10", "morning")
  const dateKnown = ['day', 'month', 'year', 'weekday'].some((k) => c.isCertain(k as chrono.Component))
  if (!dateKnown) return true
  if (LOWER_MONTH_OR_DAY.test(text)) return true
  // numeric dates without a year ("1/3 of them", "3.5"): too often fractions and decimals
  if (/^\d{1,4}[/.-]\d/.test(text) && !c.isCertain('year')) return true
  const year = c.get('year')
  if (c.isCertain('year') && year !== null && (year < 1000 || year > 2200)) return true
  const dayKnown = c.isCertain('day')
  if (c.isCertain('weekday') && !dayKnown && !c.isCertain('month') && isWeekdayFalsePositive(s, text, start)) return true
  if (c.isCertain('month') && !dayKnown && !c.isCertain('year')) {
    if (!FULL_MONTH.test(text)) return true // "Sept." or "Mar" alone
    if (isBareMonthFalsePositive(s, start, end) && !/^(?:last|next|this)\s/i.test(text)) return true
  }
  return false
}

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
/** Any fixed instant: with no article date only absolute (year-bearing) matches are kept. */
const NO_REF_INSTANT = new Date(Date.UTC(2000, 0, 1, 12))

/** The anchor inside a relative chrono match: "two weeks after |July 4". */
const ANCHOR_TAIL = /\b(?:after|before|following|prior\s+to|ahead\s+of|from|since)\s+/i

const chronoCandidates = (ctx: Ctx): Cand[] => {
  const reference = { instant: ctx.ref === null ? NO_REF_INSTANT : new Date(ctx.ref * DAY_MS + DAY_MS / 2), timezone: 0 }
  const out: Cand[] = []
  const read = (from: number, to: number, depth: number): void => {
    for (const r of chrono.parse(ctx.s.slice(from, to), reference, CHRONO_OPTIONS)) {
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

// ---------------------------------------------------------------------------------------------
// Fix-ups: phrase patterns chrono misses or gets wrong
// ---------------------------------------------------------------------------------------------

interface FixUp {
  readonly name: string
  /** true when a match states its year, so later undated months in the sentence take it */
  readonly writesYear?: boolean
  readonly re: RegExp
  readonly resolve: (m: RegExpExecArray, ctx: Ctx, start: number, end: number) => Resolved | null
}

const group = (m: RegExpExecArray, name: string): string | undefined => m.groups?.[name]

/** Four-digit years used as years, not counts or money. */
const YEAR_RE = new RegExp(
  `\\b(?:(?:[Ii]n|[Dd]uring)\\s+)?(?<![$£€¥#@/.,:\\u2013-])(?<y>${YEAR_SRC})\\b` +
    // not "2014.5", "2014/15", "2014%", "2000 troops", "2000 GMT"
    `(?![.,:/]\\d|\\s*(?:%|percent|per\\s?cent)|\\s+(?:troops|soldiers|people|persons|men|women|children|` +
    `residents|civilians|refugees|migrants|members|delegates|votes|voters|seats|miles|kilometers|kilometres|km|` +
    `meters|metres|feet|ft|tons|tonnes|pounds|lbs|kg|barrels|dollars|euros|yuan|rubles|points|cases|deaths|` +
    `jobs|units|hours|hrs|GMT|UTC|BST|EST|EDT|CET|local\\s+time|words|pages|rounds|missiles|rockets)\\b)`,
  'g',
)
/** Words before a number that make it a count or a name, not a year. */
const NOT_YEAR_BEFORE =
  /\b(?:about|around|nearly|almost|some|over|under|than|roughly|approximately|least|up\s+to|No\.?|number|Resolution|Flight|Route|Highway|Room|Article|Section|Chapter|Russell|Interstate|Model|Windows|[Tt]op|[Oo]nly|[Ee]xactly)\s*$/

const yearFixUp: FixUp = {
  name: 'year',
  writesYear: true,
  re: YEAR_RE,
  resolve: (m, ctx, start) => {
    if (NOT_YEAR_BEFORE.test(ctx.s.slice(Math.max(0, start - 16), start))) return null
    return resolved(yearIv(Number(group(m, 'y'))), 'year', 'year')
  },
}

/** "from 2014 to 2016", "between 2001 and 2003", "2014-16", "2014–2016". */
const yearRangeFixUp: FixUp = {
  name: 'year-range',
  re: new RegExp(
    `\\b(?:(?<between>[Bb]etween)\\s+|[Ff]rom\\s+)?(?<y1>${YEAR_SRC})\\s*(?<conn>-|\\u2013|\\u2014|to|and|until|through)\\s*(?<y2>(?:19|20)?\\d\\d)\\b(?![.,/]\\d)`,
    'g',
  ),
  resolve: (m) => {
    // "in 2014 and 2016" lists two years; only "between … and …" is a range
    if (group(m, 'conn') === 'and' && group(m, 'between') === undefined) return null
    const y1 = Number(group(m, 'y1'))
    const raw = group(m, 'y2') ?? ''
    // "2014-16" but not "from seven in 2008 to 15 currently"
    if (raw.length === 2 && /^[a-z]/i.test(group(m, 'conn') ?? '')) return null
    const y2 = raw.length === 2 ? Math.floor(y1 / 100) * 100 + Number(raw) : Number(raw)
    if (!(y2 > y1 && y2 - y1 < 100)) return null
    return resolved({ from: yearIv(y1).from, to: yearIv(y2).to }, 'range', 'year-range')
  },
}

type Part = 'early' | 'mid' | 'late' | 'begin' | 'end' | 'first-half' | 'second-half'

const partOf = (word: string | undefined): Part | null => {
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
const partIv = (iv: Interval, unit: 'week' | 'month' | 'year' | 'decade', part: Part): Interval => {
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

/** "in the 1990s", "the early 2000s", "the '80s". */
const decadeFixUp: FixUp = {
  name: 'decade',
  re: /\b(?:(?:in|during)\s+)?(?:the\s+)?(?:(?<part>early|mid|late)[\s-]+)?(?:(?<y>(?:19|20)\d0)|['’](?<yy>[3-9]0))['’]?s\b/gi,
  resolve: (m) => {
    const y = group(m, 'y') !== undefined ? Number(group(m, 'y')) : 1900 + Number(group(m, 'yy'))
    const iv = { from: yearIv(y).from, to: yearIv(y + 9).to }
    const part = partOf(group(m, 'part'))
    return resolved(part ? partIv(iv, 'decade', part) : iv, 'range', 'decade')
  },
}

/** "in early 2019", "mid-2014", "by the end of 2020", "the first half of 2018". */
const yearPartFixUp: FixUp = {
  name: 'year-part',
  writesYear: true,
  re: new RegExp(
    `\\b(?:[Ii]n\\s+)?(?:(?<part>[Ee]arly|[Mm]id|[Ll]ate)[\\s-]+|[Tt]he\\s+(?<edge>end|beginning|start|middle|first\\s+half|second\\s+half)\\s+of\\s+)(?<y>${YEAR_SRC})\\b(?![.,/]\\d)`,
    'g',
  ),
  resolve: (m) => {
    const part = partOf(group(m, 'part') ?? group(m, 'edge'))
    return part ? resolved(partIv(yearIv(Number(group(m, 'y'))), 'year', part), 'range', 'year-part') : null
  },
}

/** "in late February", "mid-June", "the end of January 2019". Month names capitalised only. */
const monthPartFixUp: FixUp = {
  name: 'month-part',
  re: new RegExp(
    `\\b(?:[Ii]n\\s+)?(?:(?<part>[Ee]arly|[Mm]id|[Ll]ate)[\\s-]+|[Tt]he\\s+(?<edge>end|beginning|start|middle|first\\s+half|second\\s+half)\\s+of\\s+)(?<mon>${MONTH_SRC})(?:,?\\s+(?:of\\s+)?(?<y>${YEAR_SRC})\\b)?`,
    'g',
  ),
  resolve: (m, ctx, start, end) => {
    const part = partOf(group(m, 'part') ?? group(m, 'edge'))
    const month = monthNumber(group(m, 'mon') ?? '')
    if (!part || month === 0) return null
    const y = group(m, 'y')
    const build = (year: number): Interval => partIv(monthIv(year, month), 'month', part)
    if (y !== undefined) return resolved(build(Number(y)), 'range', 'month-part')
    return withRef(ctx, 'range', 'month-part', (ref) => placeInYear(ctx, ref, build, start, end))
  },
}

// --- seasons (northern hemisphere) -----------------------------------------------------------

type Season = 'spring' | 'summer' | 'fall' | 'winter'

const seasonOf = (word: string): Season => {
  const w = word.toLowerCase()
  return w === 'autumn' ? 'fall' : (w as Season)
}

/** Season of year y; winter y runs from December y to February y+1. */
const seasonIv = (season: Season, y: number): Interval => {
  if (season === 'spring') return { from: toDay(y, 3, 1), to: toDay(y, 5, 31) }
  if (season === 'summer') return { from: toDay(y, 6, 1), to: toDay(y, 8, 31) }
  if (season === 'fall') return { from: toDay(y, 9, 1), to: toDay(y, 11, 30) }
  return { from: toDay(y, 12, 1), to: toDay(y + 1, 2, daysInMonth(y + 1, 2)) }
}

/** The season near the article date that "this/last/next …" or plain "in the fall" means. */
const placeSeason = (season: Season, ref: Day, mod: string, future: boolean): Interval => {
  const y = partsOf(ref).y
  const around = [y - 2, y - 1, y, y + 1].map((yy) => seasonIv(season, yy))
  const current = around.find((iv) => iv.from <= ref && ref <= iv.to)
  const lastEnded = [...around].reverse().find((iv) => iv.to < ref) ?? seasonIv(season, y - 1)
  const nextStarting = around.find((iv) => iv.from > ref) ?? seasonIv(season, y + 1)
  if (mod === 'last' || mod === 'past' || mod === 'this past') return lastEnded
  if (mod === 'next' || mod === 'coming') return nextStarting
  if (current) return current
  if (mod === 'this') {
    // the one in this calendar year; winter: the one just ended in spring, the coming one later
    if (season !== 'winter') return seasonIv(season, y)
    return partsOf(ref).m <= 6 ? seasonIv('winter', y - 1) : seasonIv('winter', y)
  }
  return future ? nextStarting : lastEnded
}

const SEASON_SRC = '(?:summer|fall|autumn|winter|spring)'

/** A capitalised season starting a name: "the Winter War", "the 2018 Winter Olympics". */
const isSeasonName = (seasonWord: string, s: string, matchEnd: number): boolean =>
  /^[A-Z]/.test(seasonWord) && /^\s+[A-Z]/.test(s.slice(matchEnd, matchEnd + 3))

/** "this summer", "sometime this fall", "last winter", "in the spring", "early next summer". */
const seasonFixUp: FixUp = {
  name: 'season',
  re: new RegExp(
    `\\b(?:(?:some\\s?time|in|during|over|through|throughout|by|since|until)\\s+)?(?<mod>this\\s+past|this|last|next|the\\s+coming|the\\s+past|the)\\s+(?:(?<part>early|late)\\s+)?(?<season>${SEASON_SRC})\\b(?!\\s+(?:of\\s+)?${YEAR_SRC})`,
    'gi',
  ),
  resolve: (m, ctx, start, end) => {
    const mod = (group(m, 'mod') ?? '').toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '')
    // "the fall of Kabul", "the spring offensive": plain "the" needs a preposition ("in the fall")
    if (mod === 'the' && !/^(?:some\s?time|in|during|over|through|throughout|by|since|until)\s/i.test(m[0])) return null
    if (mod === 'the' && /^\s+of\b/.test(ctx.s.slice(end))) return null
    if (isSeasonName(group(m, 'season') ?? '', ctx.s, end)) return null
    const season = seasonOf(group(m, 'season') ?? '')
    return withRef(ctx, 'season', 'season', (ref) => placeSeason(season, ref, mod, isFuture(ctx, start, end)))
  },
}

/** "summer 2019", "the fall of 2016", "2014 winter". */
const seasonYearFixUp: FixUp = {
  name: 'season',
  writesYear: true,
  re: new RegExp(
    `\\b(?:(?:in|during)\\s+)?(?:the\\s+)?(?:(?<season>${SEASON_SRC})\\s+(?:of\\s+)?(?<y>${YEAR_SRC})|(?<y2>${YEAR_SRC})\\s+(?<season2>${SEASON_SRC}))\\b`,
    'gi',
  ),
  resolve: (m, ctx, _start, end) => {
    const word = group(m, 'season') ?? group(m, 'season2') ?? ''
    if (isSeasonName(word, ctx.s, end)) return null
    const season = seasonOf(word)
    const y = Number(group(m, 'y') ?? group(m, 'y2'))
    // "winter 2014" means the winter that ends early in 2014
    return resolved(seasonIv(season, season === 'winter' ? y - 1 : y), 'season', 'season')
  },
}

// --- article-relative units: this/last/next week, earlier this year, the past week --------------

type CalUnit = 'week' | 'month' | 'year'
const calUnit = (word: string | undefined): CalUnit | null => {
  const w = (word ?? '').toLowerCase()
  return w === 'week' || w === 'month' || w === 'year' ? w : null
}

/** "earlier this year" → Jan 1 … article date; "later this month" → article date … month end. */
const earlierLaterFixUp: FixUp = {
  name: 'this-unit',
  re: /\b(?<when>earlier|later)\s+this\s+(?<u>week|month|year)\b/gi,
  resolve: (m, ctx) => {
    const unit = calUnit(group(m, 'u'))
    const earlier = (group(m, 'when') ?? '').toLowerCase() === 'earlier'
    if (!unit) return null
    return withRef(ctx, 'range', 'this-unit', (ref) => {
      const iv = unitIv(unit, ref)
      return earlier ? { from: iv.from, to: ref } : { from: ref, to: iv.to }
    })
  },
}

/** "this week", "last month", "next year". "this month" runs to (or from) the article date. */
const thisLastNextFixUp: FixUp = {
  name: 'this-unit',
  re: /(?<!\bthe\s)\b(?<mod>this|last|next)\s+(?<u>week|month|year)\b(?!\s+of\b)/gi,
  resolve: (m, ctx, start, end) => {
    const unit = calUnit(group(m, 'u'))
    if (!unit || /^[A-Z]/.test(group(m, 'u') ?? '')) return null // ABC's "This Week"
    const mod = (group(m, 'mod') ?? '').toLowerCase()
    const grain: TimeGrain = unit
    return withRef(ctx, grain, `${mod}-${unit}`, (ref) => {
      if (mod === 'last') return shiftUnitIv(unit, ref, -1)
      if (mod === 'next') return shiftUnitIv(unit, ref, 1)
      const iv = unitIv(unit, ref)
      if (unit !== 'month') return iv
      return isFuture(ctx, start, end) ? { from: ref, to: iv.to } : { from: iv.from, to: ref }
    })
  },
}

/** "late last year", "early next month", "by the end of the year", "mid-this week". */
const unitPartFixUp: FixUp = {
  name: 'unit-part',
  re: /\b(?:(?<part>early|late|mid)[\s-]+|the\s+(?<edge>end|beginning|start|middle|first\s+half|second\s+half)\s+of\s+)(?<mod>this|last|next|the)\s+(?<u>week|month|year)\b(?!\s+of\b)/gi,
  resolve: (m, ctx) => {
    const unit = calUnit(group(m, 'u'))
    const part = partOf(group(m, 'part') ?? group(m, 'edge'))
    const mod = (group(m, 'mod') ?? '').toLowerCase()
    if (!unit || !part) return null
    const step = mod === 'last' ? -1 : mod === 'next' ? 1 : 0
    return withRef(ctx, 'range', 'unit-part', (ref) => partIv(shiftUnitIv(unit, ref, step), unit, part))
  },
}

/** "in January this year", "March of last year". */
const monthOfYearFixUp: FixUp = {
  name: 'month-of-year',
  re: new RegExp(`\\b(?:[Ii]n\\s+)?(?<mon>${MONTH_SRC})\\s+(?:of\\s+)?(?<mod>this|last|next)\\s+year\\b`, 'g'),
  resolve: (m, ctx) => {
    const month = monthNumber(group(m, 'mon') ?? '')
    const mod = group(m, 'mod')
    const step = mod === 'last' ? -1 : mod === 'next' ? 1 : 0
    return withRef(ctx, 'month', 'month-of-year', (ref) => monthIv(partsOf(ref).y + step, month))
  },
}

/** "for the rest of this year", "the remainder of the month": the article date to the unit's end. */
const restOfUnitFixUp: FixUp = {
  name: 'rest-of-unit',
  re: /\bthe\s+(?:rest|remainder|balance)\s+of\s+(?:this|the)\s+(?<u>week|month|year)\b/gi,
  resolve: (m, ctx) => {
    const unit = calUnit(group(m, 'u'))
    if (!unit) return null
    return withRef(ctx, 'range', 'rest-of-unit', (ref) => ({ from: ref, to: unitIv(unit, ref).to }))
  },
}

/** "over the past week", "in the last two years", "the coming weeks", "the next few days". */
const pastSpanFixUp: FixUp = {
  name: 'past-span',
  re: new RegExp(
    `\\b(?:(?:over|in|during|for|within|throughout|across)\\s+)?(?:the\\s+(?<mod>past|last|coming|next)|this\\s+past)\\s+(?:(?<amt>${AMOUNT_SRC})\\s+)?(?<u>days?|weeks?|months?|years?|decades?)\\b(?!\\s+of\\b)`,
    'gi',
  ),
  resolve: (m, ctx) => {
    const unitWord = group(m, 'u') ?? ''
    const unit = unitOf(unitWord)
    const mod = (group(m, 'mod') ?? 'past').toLowerCase()
    const amountWord = group(m, 'amt')
    const amount = parseAmount(amountWord)
    // "the next day" is a step from an earlier date in the story, not from the article date
    if (mod === 'next' && amountWord === undefined && !/s$/i.test(unitWord)) return null
    if (!unit || unit === 'hour') return null
    // a bare plural ("the past months") reads as a few
    const n = amount ? amount.hi : /s$/i.test(unitWord) ? 3 : 1
    const forward = mod === 'coming' || mod === 'next'
    return withRef(ctx, 'range', 'past-span', (ref) =>
      forward ? { from: ref, to: shift(ref, n, unit) } : { from: shift(ref, -n, unit), to: ref },
    )
  },
}

/** How far back "in recent …" reaches. */
const RECENT: Record<string, [number, Unit]> = { days: [7, 'day'], weeks: [4, 'week'], months: [3, 'month'], years: [5, 'year'] }

/** "in recent weeks" → the four weeks before the article date. */
const recentFixUp: FixUp = {
  name: 'recent',
  re: /\b(?:(?:in|over|during)\s+)?recent\s+(?<u>days|weeks|months|years)\b/gi,
  resolve: (m, ctx) => {
    const reach = RECENT[(group(m, 'u') ?? '').toLowerCase()]
    if (!reach) return null
    return withRef(ctx, 'range', 'recent', (ref) => ({ from: shift(ref, -reach[0], reach[1]), to: ref }))
  },
}

/** "three days ago", "nearly a month ago", "a few weeks ago". */
const agoFixUp: FixUp = {
  name: 'ago',
  re: new RegExp(`\\b(?:(?<q>${QUAL_SRC})\\s+)?(?<amt>${AMOUNT_SRC})\\s+(?<u>days?|weeks?|months?|years?|decades?)\\s+ago\\b`, 'gi'),
  resolve: (m, ctx) => {
    const amount = parseAmount(group(m, 'amt'))
    const unit = unitOf(group(m, 'u') ?? '')
    if (!amount || !unit) return null
    const hedge = hedgeOf(group(m, 'q'))
    return withRef(ctx, offsetGrain(amount, unit, hedge), 'ago', (ref) => offsetIv(dayIv(ref), amount, unit, hedge, -1))
  },
}

/** "over the weekend", "this weekend", "last weekend": Saturday and Sunday. */
const weekendFixUp: FixUp = {
  name: 'weekend',
  re: /\b(?<mod>this\s+past|this|last|next|over\s+the|during\s+the|on\s+the|at\s+the)\s+weekend\b(?!s)/gi,
  resolve: (m, ctx, start, end) => {
    const mod = (group(m, 'mod') ?? '').toLowerCase().replace(/\s+/g, ' ')
    return withRef(ctx, 'range', 'weekend', (ref) => {
      const saturday = ref - ((weekdayOf(ref) + 1) % 7) // the last Saturday on or before the article date
      const weekend = (sat: Day): Interval => ({ from: sat, to: sat + 1 })
      const inWeekend = weekdayOf(ref) === 6 || weekdayOf(ref) === 0
      if (mod === 'last' || mod === 'this past') return weekend(inWeekend ? saturday - 7 : saturday)
      if (mod === 'next') return weekend(saturday + 7)
      if (inWeekend) return weekend(saturday)
      return weekend(isFuture(ctx, start, end) ? saturday + 7 : saturday)
    })
  },
}

/** Dates known by name: "9/11", "the Sept. 11 attacks". */
const namedDateFixUp: FixUp = {
  name: 'named-date',
  re: /(?<![\w/])9\/11(?![\w/])|\b(?:Sept?\.?|September)\s+11(?:th)?(?=,?\s+(?:terror(?:ist)?\s+)?attacks?\b)/g,
  resolve: () => resolved(dayIv(toDay(2001, 9, 11)), 'day', 'named-date'),
}

const FIXUPS: readonly FixUp[] = [
  yearFixUp,
  yearRangeFixUp,
  decadeFixUp,
  yearPartFixUp,
  monthPartFixUp,
  seasonFixUp,
  seasonYearFixUp,
  earlierLaterFixUp,
  thisLastNextFixUp,
  unitPartFixUp,
  monthOfYearFixUp,
  restOfUnitFixUp,
  pastSpanFixUp,
  recentFixUp,
  agoFixUp,
  weekendFixUp,
  namedDateFixUp,
]

/** Cheap test before running the fix-ups: a digit, a month name or a time word. */
const FIXUP_HINT =
  /\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)|\b(?:day|week|month|year|ago|spring|summer|fall|autumn|winter|decade|later|earlier|recent|follow|subsequent|ensuing|night|morning|afternoon|evening|hour|minute)/i

const runFixUps = (ctx: Ctx, fixups: readonly FixUp[], rank: number): Cand[] => {
  const out: Cand[] = []
  for (const f of fixups) {
    f.re.lastIndex = 0
    for (let m = f.re.exec(ctx.s); m !== null; m = f.re.exec(ctx.s)) {
      if (m[0].length === 0) {
        f.re.lastIndex++
        continue
      }
      const start = m.index
      const end = m.index + m[0].trimEnd().length
      const r = f.resolve(m, ctx, start, end)
      if (!r) continue
      const cand: Cand = { start, end, from: r.from, to: r.to, grain: r.grain, rule: r.rule, rank }
      // a written year ("in 2014", "late February 2018") sets the year for what follows
      const setsYear = r.from !== null && r.to !== null && f.writesYear === true && introducesYear(ctx.s, start)
      out.push(setsYear && (f !== yearFixUp || /^(?:in|during)\s/i.test(m[0])) ? { ...cand, year: partsOf(r.to ?? 0).y } : cand)
    }
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Anchored relatives: "two weeks after July 4", "in the months that followed", "a day later"
// ---------------------------------------------------------------------------------------------

const UNIT_SRC = '(?:minute|hour|day|night|week|month|year|decade)'

/** Relative phrases whose anchor comes after them: "… after X", "… before X". */
const AFTER_RES: readonly RegExp[] = [
  new RegExp(
    `\\b(?:(?<q>${QUAL_SRC})\\s+)?(?:(?<amt>${AMOUNT_SRC})\\s+(?<u>${UNIT_SRC})s?|(?<plural>${UNIT_SRC})s)\\s+(?<dir>after|before|following|prior\\s+to|ahead\\s+of)\\s`,
    'gi',
  ),
  new RegExp(`\\b(?:on\\s+)?the\\s+(?<one>day|night|morning|evening|week|month|year)\\s+(?<dir>after|before)\\s`, 'gi'),
  new RegExp(
    `\\b(?:in|during|over)\\s+the\\s+(?:(?:first|last|final)\\s+)?(?:(?<amt>${AMOUNT_SRC})\\s+)?(?<plural>days|weeks|months|years|hours)\\s+(?<dir>after|following|before|leading\\s+up\\s+to|preceding|since)\\s`,
    'gi',
  ),
]

/** Relative phrases whose anchor came earlier in the sentence. */
const LATER_RE = new RegExp(
  `\\b(?:(?<q>${QUAL_SRC})\\s+)?(?<amt>${AMOUNT_SRC})\\s+(?<u>${UNIT_SRC})s?\\s+(?<dir>later|earlier|afterwards?|before(?=\\s*(?:[,.;:!?)]|$)))`,
  'gi',
)
const FOLLOWED_RE = new RegExp(
  `\\b(?:(?:in|over|during)\\s+)?the\\s+(?:(?<amt>${AMOUNT_SRC})\\s+)?(?:(?<u>days|weeks|months|years)\\s+that\\s+followed|(?:following|subsequent|ensuing)\\s+(?:(?<amt2>${AMOUNT_SRC})\\s+)?(?<u2>days|weeks|months|years))\\b`,
  'gi',
)
const NEXT_DAY_RE =
  /\b(?:on\s+)?(?:the\s+(?<dir>next|following|previous|preceding|same)|that(?:\s+same)?)\s+(?<u>day|morning|afternoon|evening|night|week|month|year)\b/gi

/** Hint that the second pass is worth running. */
const RELATIVE_HINT = /\b(?:after|before|following|prior|ahead|later|earlier|afterwards?|followed|subsequent|ensuing|next|previous|preceding|same|that|since)\b/i

/** How far an anchor may sit after "after": the rest of the clause, at most this many chars. */
const ANCHOR_WINDOW = 70

const isResolved = (c: Cand): boolean => c.from !== null && c.to !== null

/** "the 2015 deal": a year describing a thing, not the time of the event after "after". */
const isAttributiveYear = (s: string, c: Cand): boolean =>
  c.rule === 'year' && /\b(?:the|a|an|its|his|her|their|our)\s+$/i.test(s.slice(Math.max(0, c.start - 8), c.start))

/** The first dated expression in the clause following `from`. */
const anchorAfter = (s: string, from: number, chosen: readonly Cand[]): Cand | null => {
  const rest = s.slice(from, from + ANCHOR_WINDOW)
  const stop = /[;:!?()"“”\u2014]|,\s|\.\s/.exec(rest)
  const limit = from + (stop ? stop.index : rest.length)
  let best: Cand | null = null
  for (const c of chosen) {
    if (c.start < from || c.start >= limit || !isResolved(c) || isAttributiveYear(s, c)) continue
    if (best === null || c.start < best.start) best = c
  }
  return best
}

/** The last dated expression before `before` in the same sentence. */
const anchorBefore = (before: number, chosen: readonly Cand[]): Cand | null => {
  let best: Cand | null = null
  for (const c of chosen) {
    if (c.end <= before && isResolved(c) && (best === null || c.end > best.end)) best = c
  }
  return best
}

const unanchored = (start: number, end: number): Cand => ({
  start, end, from: null, to: null, grain: 'relative', rule: 'relative-unanchored', rank: RANK_RELATIVE,
})

const anchorIv = (c: Cand): Interval => ({ from: c.from ?? 0, to: c.to ?? 0 })

/** "two weeks after July 4", "in the days after the vote", "the day before X". */
const afterCandidates = (ctx: Ctx, chosen: readonly Cand[]): Cand[] => {
  const out: Cand[] = []
  for (const re of AFTER_RES) {
    re.lastIndex = 0
    for (let m = re.exec(ctx.s); m !== null; m = re.exec(ctx.s)) {
      const start = m.index
      const headEnd = m.index + m[0].trimEnd().length
      const dir = (group(m, 'dir') ?? '').toLowerCase()
      const unit = unitOf(group(m, 'u') ?? group(m, 'plural') ?? group(m, 'one') ?? '')
      const amount = group(m, 'one') !== undefined ? { lo: 1, hi: 1, exact: true } : parseAmount(group(m, 'amt')) ?? VAGUE_PLURAL
      if (!unit) continue
      const anchor = anchorAfter(ctx.s, m.index + m[0].length, chosen)
      if (!anchor) {
        out.push(unanchored(start, headEnd))
        continue
      }
      const iv = anchorIv(anchor)
      const hedge = hedgeOf(group(m, 'q'))
      let r: Interval | null
      let grain: TimeGrain
      if (dir === 'since') {
        // "in the years since X": from X up to the article date
        r = ctx.ref === null ? null : { from: iv.from, to: ctx.ref }
        grain = 'range'
      } else {
        const sign = /^(?:before|prior|ahead|leading|preceding)/.test(dir) ? -1 : 1
        r = offsetIv(iv, amount, unit, hedge, sign)
        grain = offsetGrain(amount, unit, hedge)
      }
      if (r === null) out.push(unanchored(start, anchor.end))
      else out.push({ start, end: anchor.end, from: r.from, to: r.to, grain, rule: 'relative-anchored', rank: RANK_RELATIVE })
    }
  }
  return out
}

/** "two years later", "in the months that followed", "the next day": anchored on what came before. */
const laterCandidates = (ctx: Ctx, chosen: readonly Cand[]): Cand[] => {
  const out: Cand[] = []
  const add = (start: number, end: number, f: (iv: Interval) => { iv: Interval; to: Day | null; grain: TimeGrain }): void => {
    const anchor = anchorBefore(start, chosen)
    if (!anchor) {
      out.push(unanchored(start, end))
      return
    }
    const r = f(anchorIv(anchor))
    out.push({ start, end, from: r.iv.from, to: r.to, grain: r.grain, rule: 'relative-anchored', rank: RANK_RELATIVE })
  }

  LATER_RE.lastIndex = 0
  for (let m = LATER_RE.exec(ctx.s); m !== null; m = LATER_RE.exec(ctx.s)) {
    const amount = parseAmount(group(m, 'amt'))
    const unit = unitOf(group(m, 'u') ?? '')
    if (!amount || !unit) continue
    const hedge = hedgeOf(group(m, 'q'))
    const sign = /^(?:later|after)/i.test(group(m, 'dir') ?? '') ? 1 : -1
    add(m.index, m.index + m[0].length, (iv) => {
      const r = offsetIv(iv, amount, unit, hedge, sign)
      return { iv: r, to: r.to, grain: offsetGrain(amount, unit, hedge) }
    })
  }

  FOLLOWED_RE.lastIndex = 0
  for (let m = FOLLOWED_RE.exec(ctx.s); m !== null; m = FOLLOWED_RE.exec(ctx.s)) {
    const amount = parseAmount(group(m, 'amt') ?? group(m, 'amt2'))
    const unit = unitOf(group(m, 'u') ?? group(m, 'u2') ?? '')
    if (!unit || unit === 'hour') continue
    add(m.index, m.index + m[0].length, (iv) => {
      // with a count it is bounded; "in the months that followed" is open-ended
      if (!amount) return { iv, to: null, grain: 'relative' }
      const to = shift(iv.to, amount.hi, unit)
      return { iv: { from: iv.to + 1, to }, to, grain: 'range' }
    })
  }

  NEXT_DAY_RE.lastIndex = 0
  for (let m = NEXT_DAY_RE.exec(ctx.s); m !== null; m = NEXT_DAY_RE.exec(ctx.s)) {
    const unit = unitOf(group(m, 'u') ?? '')
    if (!unit || unit === 'hour' || unit === 'decade') continue
    const dir = (group(m, 'dir') ?? 'same').toLowerCase()
    const step = dir === 'next' || dir === 'following' ? 1 : dir === 'same' ? 0 : -1
    add(m.index, m.index + m[0].length, (iv) => {
      // "the next day" moves the anchor; "the following week", "that year" take its calendar unit
      const r = unit === 'day' ? { from: iv.from + step, to: iv.to + step } : unitIv(unit, shift(iv.from, step, unit))
      return { iv: r, to: r.to, grain: unit }
    })
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Putting it together
// ---------------------------------------------------------------------------------------------

/** Longest first, then relative > fix-up > chrono; keep what does not overlap a better one. */
const selectNonOverlapping = (cands: readonly Cand[]): Cand[] => {
  const order = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || b.rank - a.rank || a.start - b.start)
  const chosen: Cand[] = []
  for (const c of order) {
    if (!chosen.some((k) => c.start < k.end && k.start < c.end)) chosen.push(c)
  }
  return chosen.sort((a, b) => a.start - b.start)
}

/** Undated months and dates take the year last set in the sentence (see introducesYear). */
const inheritYears = (chosen: readonly Cand[]): Cand[] => {
  let year: number | undefined
  return chosen.map((c) => {
    if (c.year !== undefined) year = c.year
    if (year === undefined || c.inYear === undefined) return c
    const iv = c.inYear(year)
    return { ...c, from: iv.from, to: iv.to }
  })
}

const findInRegion = (s: string, ref: Day | null): Cand[] => {
  const chronoHint = CHRONO_HINT.test(s)
  if (!chronoHint && !FIXUP_HINT.test(s)) return []
  const ctx: Ctx = { s, ref }
  const base = [...(chronoHint ? chronoCandidates(ctx) : []), ...runFixUps(ctx, FIXUPS, RANK_FIXUP)]
  let chosen = inheritYears(selectNonOverlapping(base))
  if (RELATIVE_HINT.test(s)) {
    const relative = [...afterCandidates(ctx, chosen), ...laterCandidates(ctx, chosen)]
    if (relative.length > 0) chosen = selectNonOverlapping([...chosen, ...relative])
  }
  return chosen
}

const parseRef = (refDate: string | null): Day | null => {
  const m = refDate === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(refDate)
  return m ? toDay(Number(m[1]), Number(m[2]), Number(m[3])) : null
}

/**
 * Time expressions inside `regions` (sentence spans) of `text`, resolved against `refDate`
 * (the article's ISO date, or null). Spans are offsets into `text`, sorted and non-overlapping;
 * nothing is matched across a region boundary.
 */
export function findTimes(text: string, refDate: string | null, regions: readonly Span[]): TimeExpr[] {
  const ref = parseRef(refDate)
  const out: TimeExpr[] = []
  for (const [a, b] of regions) {
    const r0 = Math.max(0, a)
    const r1 = Math.min(text.length, b)
    if (r1 <= r0) continue
    for (const c of findInRegion(text.slice(r0, r1), ref)) {
      // an anchor placed after the article date can invert "in the days since X"
      const [from, to] = c.from !== null && c.to !== null && c.from > c.to ? [c.to, c.from] : [c.from, c.to]
      out.push({ span: [r0 + c.start, r0 + c.end], start: isoOf(from), end: isoOf(to), grain: c.grain, rule: c.rule })
    }
  }
  // regions may overlap or come unsorted: keep the output sorted and free of overlaps
  out.sort((x, y) => x.span[0] - y.span[0] || y.span[1] - x.span[1])
  const result: TimeExpr[] = []
  for (const t of out) {
    const prev = result[result.length - 1]
    if (prev && t.span[0] < prev.span[1]) continue
    result.push(t)
  }
  return result
}
