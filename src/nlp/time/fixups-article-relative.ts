/**
 * Fix-ups for spans measured from the article date: "this week", "last month", "earlier this
 * year", "late last year", "over the past week", "in recent weeks", "two weeks ago", "over the
 * weekend". Without an article date they stay unresolved.
 */
import type { TimeGrain } from '../../core/document.ts'
import { AMOUNT_SRC, QUAL_SRC, hedgeOf, offsetGrain, offsetIv, parseAmount, unitOf } from './amounts.ts'
import { dayIv, monthIv, partIv, partOf, partsOf, shift, shiftUnitIv, unitIv, weekdayOf, type Day, type Interval, type Unit } from './calendar.ts'
import { group, withRef, type FixUp } from './candidate.ts'
import { monthNumber, MONTH_SRC } from './date-words.ts'
import { isFuture } from './tense.ts'

type CalUnit = 'week' | 'month' | 'year'
const calUnit = (word: string | undefined): CalUnit | null => {
  const w = (word ?? '').toLowerCase()
  return w === 'week' || w === 'month' || w === 'year' ? w : null
}

/** "earlier this year" → Jan 1 … article date; "later this month" → article date … month end. */
export const earlierLaterFixUp: FixUp = {
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
export const thisLastNextFixUp: FixUp = {
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
export const unitPartFixUp: FixUp = {
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
export const monthOfYearFixUp: FixUp = {
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
export const restOfUnitFixUp: FixUp = {
  name: 'rest-of-unit',
  re: /\bthe\s+(?:rest|remainder|balance)\s+of\s+(?:this|the)\s+(?<u>week|month|year)\b/gi,
  resolve: (m, ctx) => {
    const unit = calUnit(group(m, 'u'))
    if (!unit) return null
    return withRef(ctx, 'range', 'rest-of-unit', (ref) => ({ from: ref, to: unitIv(unit, ref).to }))
  },
}

/** "over the past week", "in the last two years", "the coming weeks", "the next few days". */
export const pastSpanFixUp: FixUp = {
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
export const recentFixUp: FixUp = {
  name: 'recent',
  re: /\b(?:(?:in|over|during)\s+)?recent\s+(?<u>days|weeks|months|years)\b/gi,
  resolve: (m, ctx) => {
    const reach = RECENT[(group(m, 'u') ?? '').toLowerCase()]
    if (!reach) return null
    return withRef(ctx, 'range', 'recent', (ref) => ({ from: shift(ref, -reach[0], reach[1]), to: ref }))
  },
}

/** "three days ago", "nearly a month ago", "a few weeks ago". */
export const agoFixUp: FixUp = {
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
export const weekendFixUp: FixUp = {
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
