/**
 * Fix-ups for seasons, northern hemisphere: "this summer", "last winter", "in the fall",
 * "summer 2019". A capitalised season starting a name ("the Winter War") is not a time.
 */
import { daysInMonth, partsOf, toDay, type Day, type Interval } from './calendar.ts'
import { group, resolved, withRef, type FixUp } from './candidate.ts'
import { YEAR_SRC } from './date-words.ts'
import { isFuture } from './tense.ts'

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
export const seasonFixUp: FixUp = {
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
export const seasonYearFixUp: FixUp = {
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
