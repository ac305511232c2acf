/**
 * Fix-ups: named phrase rules for what chrono misses or gets wrong in news prose. Each rule
 * lives with its kind (fixups-years.ts, fixups-seasons.ts, fixups-article-relative.ts); this
 * file lists them and runs them over a region.
 */
import { partsOf } from './calendar.ts'
import type { Cand, Ctx, FixUp } from './candidate.ts'
import {
  agoFixUp,
  earlierLaterFixUp,
  monthOfYearFixUp,
  pastSpanFixUp,
  recentFixUp,
  restOfUnitFixUp,
  thisLastNextFixUp,
  unitPartFixUp,
  weekendFixUp,
} from './fixups-article-relative.ts'
import { seasonFixUp, seasonYearFixUp } from './fixups-seasons.ts'
import { decadeFixUp, monthPartFixUp, namedDateFixUp, yearFixUp, yearPartFixUp, yearRangeFixUp } from './fixups-years.ts'
import { introducesYear } from './tense.ts'

export const FIXUPS: readonly FixUp[] = [
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
export const FIXUP_HINT =
  /\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)|\b(?:day|week|month|year|ago|spring|summer|fall|autumn|winter|decade|later|earlier|recent|follow|subsequent|ensuing|night|morning|afternoon|evening|hour|minute)/i

/**
 * Text every match of a rule contains, tested once per region before the rule's own (costlier)
 * pattern runs, so a rule that cannot match is skipped. Each gate is implied by its rules'
 * patterns, so skipping changes nothing:
 *   - the article-relative rules all end in a unit word ("week", "months", "weekend", "days ago",
 *     "June of next year");
 *   - the season rules name a season;
 *   - the year rules write digits, as does "9/11" / "Sept. 11".
 * Rules not listed (the month-part rule) always run.
 */
const UNIT_WORD = /week|month|year|day|decade/i
const SEASON_WORD = /summer|fall|autumn|winter|spring/i
const DIGIT = /\d/
const GATES: ReadonlyMap<FixUp, RegExp> = new Map([
  [earlierLaterFixUp, UNIT_WORD],
  [thisLastNextFixUp, UNIT_WORD],
  [unitPartFixUp, UNIT_WORD],
  [monthOfYearFixUp, UNIT_WORD],
  [restOfUnitFixUp, UNIT_WORD],
  [pastSpanFixUp, UNIT_WORD],
  [recentFixUp, UNIT_WORD],
  [agoFixUp, UNIT_WORD],
  [weekendFixUp, UNIT_WORD],
  [seasonFixUp, SEASON_WORD],
  [seasonYearFixUp, SEASON_WORD],
  [yearFixUp, DIGIT],
  [yearRangeFixUp, DIGIT],
  [decadeFixUp, DIGIT],
  [yearPartFixUp, DIGIT],
  [namedDateFixUp, DIGIT],
])

/** Whether the region can hold a match of `f`, each gate tested at most once per region. */
const gateOpen = (s: string, f: FixUp, seen: Map<RegExp, boolean>): boolean => {
  const gate = GATES.get(f)
  if (!gate) return true
  let open = seen.get(gate)
  if (open === undefined) seen.set(gate, (open = gate.test(s)))
  return open
}

export const runFixUps = (ctx: Ctx, fixups: readonly FixUp[], rank: number): Cand[] => {
  const out: Cand[] = []
  const gates = new Map<RegExp, boolean>()
  for (const f of fixups) {
    if (!gateOpen(ctx.s, f, gates)) continue
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
