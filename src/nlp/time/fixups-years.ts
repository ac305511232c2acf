/**
 * Fix-ups for dates written out: years used as years ("in 2014", "the 1984 agreement", not
 * "2000 troops"), year ranges, decades, parts of years and months ("mid-2019", "in late
 * February"), and dates known by name ("9/11").
 */
import { dayIv, monthIv, partIv, partOf, toDay, yearIv, type Interval } from './calendar.ts'
import { group, resolved, withRef, type FixUp } from './candidate.ts'
import { monthNumber, MONTH_SRC, YEAR_SRC } from './date-words.ts'
import { placeInYear } from './tense.ts'

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

export const yearFixUp: FixUp = {
  name: 'year',
  writesYear: true,
  re: YEAR_RE,
  resolve: (m, ctx, start) => {
    if (NOT_YEAR_BEFORE.test(ctx.s.slice(Math.max(0, start - 16), start))) return null
    return resolved(yearIv(Number(group(m, 'y'))), 'year', 'year')
  },
}

/** "from 2014 to 2016", "between 2001 and 2003", "2014-16", "2014–2016". */
export const yearRangeFixUp: FixUp = {
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

/** "in the 1990s", "the early 2000s", "the '80s". */
export const decadeFixUp: FixUp = {
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
export const yearPartFixUp: FixUp = {
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
export const monthPartFixUp: FixUp = {
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

/** Dates known by name: "9/11", "the Sept. 11 attacks". */
export const namedDateFixUp: FixUp = {
  name: 'named-date',
  re: /(?<![\w/])9\/11(?![\w/])|\b(?:Sept?\.?|September)\s+11(?:th)?(?=,?\s+(?:terror(?:ist)?\s+)?attacks?\b)/g,
  resolve: () => resolved(dayIv(toDay(2001, 9, 11)), 'day', 'named-date'),
}
