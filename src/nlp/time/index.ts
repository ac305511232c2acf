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
 *
 * A region is read in two passes. First chrono (chrono-pass.ts, filtered by chrono-filters.ts)
 * and the fix-ups (fixups.ts) propose candidates, and overlaps are settled longest first. Then
 * the relative phrases (relatives.ts) look for their anchors among the survivors. Shared pieces:
 * calendar.ts (day arithmetic), amounts.ts (counts and offsets), date-words.ts (month and year
 * patterns), tense.ts (past or future placement), candidate.ts (what a rule proposes).
 */
import type { TimeExpr } from '../../core/document.ts'
import type { Span } from '../../core/span.ts'
import { isoOf, toDay, type Day } from './calendar.ts'
import { RANK_FIXUP, type Cand, type Ctx } from './candidate.ts'
import { CHRONO_HINT, chronoCandidates } from './chrono-pass.ts'
import { FIXUP_HINT, FIXUPS, runFixUps } from './fixups.ts'
import { afterCandidates, laterCandidates, RELATIVE_HINT, RELATIVE_UNIT_HINT } from './relatives.ts'

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
  if (RELATIVE_HINT.test(s) && RELATIVE_UNIT_HINT.test(s)) {
    const later = laterCandidates(ctx, chosen)
    const relative = [...afterCandidates(ctx, chosen, later), ...later]
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
