/**
 * Candidates: what each rule proposes for a region before overlaps are settled, and the shapes
 * the rules share (the region being read, a rule's resolution, a fix-up rule).
 */
import type { TimeGrain } from '../../core/document.ts'
import type { Day, Interval } from './calendar.ts'

export interface Cand {
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

export const RANK_CHRONO = 0
export const RANK_FIXUP = 1
export const RANK_RELATIVE = 2

/** One region (sentence) being read, with the article date as a day number. */
export interface Ctx {
  readonly s: string
  readonly ref: Day | null
}

/** What a rule resolves to: an interval (or nulls when unanchored), a grain and its name. */
export interface Resolved {
  readonly from: Day | null
  readonly to: Day | null
  readonly grain: TimeGrain
  readonly rule: string
}

export const resolved = (iv: Interval | null, grain: TimeGrain, rule: string): Resolved =>
  iv === null
    ? { from: null, to: null, grain, rule: `${rule}-unresolved` }
    : { from: Math.min(iv.from, iv.to), to: Math.max(iv.from, iv.to), grain, rule }

/** Resolve against the article date, or leave unresolved when there is none. */
export const withRef = (ctx: Ctx, grain: TimeGrain, rule: string, f: (ref: Day) => Interval | null): Resolved | null => {
  if (ctx.ref === null) return resolved(null, grain, rule)
  const iv = f(ctx.ref)
  return iv === null ? null : resolved(iv, grain, rule)
}

/** A fix-up: a named phrase pattern chrono misses or gets wrong, and how to resolve a match. */
export interface FixUp {
  readonly name: string
  /** true when a match states its year, so later undated months in the sentence take it */
  readonly writesYear?: boolean
  readonly re: RegExp
  readonly resolve: (m: RegExpExecArray, ctx: Ctx, start: number, end: number) => Resolved | null
}

export const group = (m: RegExpExecArray, name: string): string | undefined => m.groups?.[name]
