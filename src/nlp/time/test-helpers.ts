/** Helpers shared by the time tests: a rough sentence splitter and assertions on findTimes. */
import assert from 'node:assert/strict'
import type { TimeExpr } from '../../core/document.ts'
import type { Span } from '../../core/span.ts'
import { findTimes } from './index.ts'

/** Sentence spans, split at ". " / "! " / "? " and newlines; good enough for tests. */
export const sentences = (text: string): Span[] => {
  const out: Span[] = []
  let start = 0
  for (const m of text.matchAll(/[.!?]["”’]?\s+|\n+/g)) {
    const end = m.index + m[0].trimEnd().length
    // keep "Oct. 12", "Sept. 11", "Mr. X" together
    if (/\b(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Sen|Gen|St|U\.S)\.$/.test(text.slice(Math.max(0, m.index - 5), m.index + 1))) continue
    if (end > start) out.push([start, end])
    start = m.index + m[0].length
  }
  if (start < text.length) out.push([start, text.length])
  return out
}

export const run = (text: string, ref: string | null): TimeExpr[] => findTimes(text, ref, sentences(text))

export const spanText = (text: string, t: TimeExpr): string => text.slice(t.span[0], t.span[1])

/** The time expression whose text is exactly `expr`; fails listing what was found otherwise. */
export const timeOf = (text: string, ref: string | null, expr: string): TimeExpr => {
  const times = run(text, ref)
  const hit = times.find((t) => spanText(text, t) === expr)
  assert.ok(hit, `"${expr}" not found in ${JSON.stringify(times.map((t) => spanText(text, t)))}`)
  return hit
}

/** Assert `expr` in `text` resolves to [start, end] against article date `ref`. */
export const expectTime = (ref: string | null, text: string, expr: string, start: string | null, end: string | null): TimeExpr => {
  const t = timeOf(text, ref, expr)
  assert.deepEqual([t.start, t.end], [start, end], `${expr} (${ref}): got ${t.start}..${t.end} via ${t.rule}`)
  return t
}

export const texts = (text: string, ref: string | null): string[] => run(text, ref).map((t) => spanText(text, t))

/** Invariants every result must keep: inside a region, sorted, non-overlapping, valid dates. */
export const assertWellFormed = (text: string, regions: readonly Span[], times: readonly TimeExpr[]): void => {
  let lastEnd = -1
  for (const t of times) {
    assert.ok(t.span[0] < t.span[1], 'empty span')
    assert.ok(t.span[0] >= lastEnd, `overlap or unsorted at ${t.span[0]}`)
    lastEnd = t.span[1]
    assert.ok(regions.some(([a, b]) => a <= t.span[0] && t.span[1] <= b), `span ${t.span} crosses a region`)
    for (const d of [t.start, t.end]) assert.ok(d === null || /^\d{4}-\d{2}-\d{2}$/.test(d), `bad date ${d}`)
    if (t.start !== null && t.end !== null) assert.ok(t.start <= t.end, `${t.start} > ${t.end}`)
    assert.equal(spanText(text, t), spanText(text, t).trim(), 'span has surrounding space')
  }
}
