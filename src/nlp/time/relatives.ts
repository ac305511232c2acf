/**
 * Anchored relatives: "two weeks after July 4", "in the months that followed", "a day later".
 * chrono measures these from the article date, which is wrong; here they are measured from a
 * dated anchor in the same sentence, and stay unresolved (never article-relative) without one;
 * an unresolved "weeks after X" then keeps X in its span (anchor-phrase.ts).
 * This runs after the chrono and fix-up candidates are settled, since those are the anchors.
 */
import type { TimeGrain } from '../../core/document.ts'
import { AMOUNT_SRC, QUAL_SRC, VAGUE_PLURAL, hedgeOf, offsetGrain, offsetIv, parseAmount, unitOf } from './amounts.ts'
import { shift, unitIv, type Day, type Interval } from './calendar.ts'
import { anchorPhraseEnd } from './anchor-phrase.ts'
import { group, RANK_RELATIVE, type Cand, type Ctx } from './candidate.ts'

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
export const RELATIVE_HINT = /\b(?:after|before|following|prior|ahead|later|earlier|afterwards?|followed|subsequent|ensuing|next|previous|preceding|same|that|since)\b/i
/**
 * Every pattern above names a unit ("weeks", "the next day", "that morning"); a region without
 * one skips the second pass. One scan for a unit is cheaper than the six patterns that would fail
 * (A/B over 1,500 articles: times stage about 5 % faster, 0.5–10 % across runs on a noisy machine).
 */
export const RELATIVE_UNIT_HINT = /minute|hour|day|night|week|month|year|decade|morning|evening|afternoon/i

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

/**
 * Where an unanchored "… after" ends: with its anchor phrase ("weeks after the balloon was shot
 * down"), unless the phrase would swallow another time expression, which then stays separate
 * ("a year after" and "2015" in "a year after Trump left the 2015 deal").
 */
const unanchoredEnd = (s: string, headEnd: number, from: number, taken: readonly Cand[]): number => {
  const end = anchorPhraseEnd(s, from)
  if (end <= from || taken.some((c) => c.start < end && from < c.end)) return headEnd
  return end
}

/**
 * "two weeks after July 4", "in the days after the vote", "the day before X". `others`: the
 * other relatives found in the sentence, which an anchor phrase must not swallow either.
 */
export const afterCandidates = (ctx: Ctx, chosen: readonly Cand[], others: readonly Cand[]): Cand[] => {
  const taken = [...chosen, ...others]
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
        out.push(unanchored(start, unanchoredEnd(ctx.s, headEnd, m.index + m[0].length, taken)))
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
export const laterCandidates = (ctx: Ctx, chosen: readonly Cand[]): Cand[] => {
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
