/**
 * Past or future? Undated weekdays and months lean to the past (news reports what happened)
 * unless the clause looks ahead ("will meet Tuesday"). A reporting verb dates the saying, which
 * is past, even when what was said is future.
 */
import { partsOf, weekdayOf, type Day, type Interval } from './calendar.ts'
import type { Ctx } from './candidate.ts'

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

export const isFuture = (ctx: Ctx, start: number, end: number): boolean => {
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
export const introducesYear = (s: string, start: number): boolean =>
  !/\b(?:since|until|till|by|before|after|from|through|to|the|a|an|its|his|her|their|our)\s+$/i.test(s.slice(Math.max(0, start - 10), start))

/** Days after the article date that an undated "Nov. 12" may still mean this year. */
const NEAR_FUTURE_DAYS = 31

/**
 * Place a month or month-day without a year. "last"/"next"/"this" before it decide; else the
 * future reading when the clause looks ahead, else the most recent one (allowing dates just after
 * the article date, which news mentions as upcoming).
 */
export const placeInYear = (ctx: Ctx, ref: Day, build: (y: number) => Interval, start: number, end: number): Interval => {
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
export const placeWeekday = (ctx: Ctx, ref: Day, weekday: number, start: number, end: number): Day => {
  const ahead = (weekday - weekdayOf(ref) + 7) % 7
  const back = (weekdayOf(ref) - weekday + 7) % 7
  return isFuture(ctx, start, end) ? ref + ahead : ref - back
}
