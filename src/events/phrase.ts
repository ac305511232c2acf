import type { Token } from '../core/index.ts'

/**
 * Phrase patterns over tokens, shared by triggers and cues: space-separated words, each matching
 * a token's lemma or its lower-case text; `a|b` for alternatives; `*` for a gap of up to
 * GAP_MAX tokens that does not cross a clause break. Compiled once at load.
 */
export type PhraseWord = { readonly kind: 'word'; readonly alts: ReadonlySet<string> } | { readonly kind: 'gap' }
export type Phrase = readonly PhraseWord[]

export const GAP_MAX = 6
const BREAK = new Set(['.', ';', ':', '!', '?', '(', ')', '"', '“', '”', '—', '–'])

export const compilePhrase = (pattern: string): Phrase =>
  pattern
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .map((w) => (w === '*' ? { kind: 'gap' } : { kind: 'word', alts: new Set(w.split('|')) }))

/** Per-token forms a phrase word may match: lemma and lower-case text. */
export interface TokenForms {
  readonly lemma: readonly string[]
  readonly lower: readonly string[]
}

/** Curly apostrophes read as straight ones ("n’t" = "n't"); most words have none, so the test comes first. */
const straight = (s: string): string => (s.includes('’') ? s.replaceAll('’', "'") : s)

export const formsOf = (text: string, tokens: readonly Token[]): TokenForms => ({
  lemma: tokens.map((t) => straight(t.lemma)),
  lower: tokens.map((t) => straight(text.slice(t.span[0], t.span[1]).toLowerCase())),
})

const wordAt = (w: PhraseWord & { kind: 'word' }, f: TokenForms, i: number): boolean => w.alts.has(f.lemma[i]!) || w.alts.has(f.lower[i]!)

/**
 * Matches a phrase starting at token `i` (not beyond `end`); returns the end index (exclusive) or
 * -1. Gaps are lazy: the shortest stretch that lets the rest match.
 */
export const matchPhrase = (p: Phrase, f: TokenForms, i: number, end: number, k = 0): number => {
  if (k === p.length) return i
  const w = p[k]!
  if (w.kind === 'gap') {
    for (let skip = 0; skip <= GAP_MAX && i + skip <= end; skip++) {
      if (skip > 0 && BREAK.has(f.lower[i + skip - 1]!)) break
      const r = matchPhrase(p, f, i + skip, end, k + 1)
      if (r >= 0) return r
    }
    return -1
  }
  if (i >= end || !wordAt(w, f, i)) return -1
  return matchPhrase(p, f, i + 1, end, k + 1)
}

/** First words of a phrase, for indexing (a phrase never starts with a gap). */
export const firstWords = (p: Phrase): readonly string[] => {
  const w = p[0]
  return w && w.kind === 'word' ? [...w.alts] : []
}

/** A set of phrases indexed by first word, matched anywhere in a range. */
export interface PhraseSet<T> {
  readonly index: ReadonlyMap<string, readonly { phrase: Phrase; value: T }[]>
}

export const phraseSet = <T>(items: readonly { pattern: string; value: T }[]): PhraseSet<T> => {
  const index = new Map<string, { phrase: Phrase; value: T }[]>()
  for (const { pattern, value } of items) {
    const phrase = compilePhrase(pattern)
    for (const w of firstWords(phrase)) {
      const list = index.get(w) ?? []
      list.push({ phrase, value })
      index.set(w, list)
    }
  }
  return { index }
}

export interface PhraseHit<T> {
  readonly start: number
  readonly end: number
  readonly value: T
}

/** Every match of the set inside [from, to), longest first at each start. */
export const findPhrases = <T>(set: PhraseSet<T>, f: TokenForms, from: number, to: number): PhraseHit<T>[] => {
  const hits: PhraseHit<T>[] = []
  const tryAll = (cands: readonly { phrase: Phrase; value: T }[] | undefined, i: number): void => {
    if (!cands) return
    for (const c of cands) {
      const e = matchPhrase(c.phrase, f, i, to)
      if (e > i) hits.push({ start: i, end: e, value: c.value })
    }
  }
  for (let i = from; i < to; i++) {
    tryAll(set.index.get(f.lemma[i]!), i)
    if (f.lower[i] !== f.lemma[i]) tryAll(set.index.get(f.lower[i]!), i)
  }
  return hits.length > 1 ? hits.sort((a, b) => a.start - b.start || b.end - a.end) : hits
}
