/**
 * chrono-node's false positives in news prose: words it reads as dates ("may", "now", "March on
 * Washington", "Theresa May"), relative phrases we resolve ourselves, times with no date.
 */
import type * as chrono from 'chrono-node'
import type { Ctx } from './candidate.ts'

/** Chrono reads these as dates, but they are words or names here. */
const CHRONO_WORD_BLOCK = /^(?:now|right now|this day|the day|a day)$/i
/** Unit words: relative phrases are ours (chrono measures "two weeks after X" from the wrong place). */
const UNIT_WORD = /\b(?:days?|weeks?|weekends?|months?|years?|hours?|minutes?|seconds?|quarters?|decades?|centur(?:y|ies)|fortnights?)\b/i
/** Named days that are not the weekday near the article date. */
const NAMED_WEEKDAY = /\b(?:Black|Good|Cyber|Super|Bloody|Ash|Holy|Palm|Easter|Maundy|Giving|Fat|Shrove)\s+$/
const FULL_WEEKDAY = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/
const FULL_MONTH = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/
const LOWER_MONTH_OR_DAY = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/
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
export const isChronoFalsePositive = (r: chrono.ParsedResult, ctx: Ctx, text: string, start: number, end: number): boolean => {
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
