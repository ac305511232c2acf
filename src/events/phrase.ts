import type { Token } from '../core/index.ts'
import { tokensLower, tokenWinkIds } from '../nlp/lower.ts'

/**
 * Phrase patterns over tokens, shared by triggers and cues: space-separated words, each matching
 * a token's lemma or its lower-case text; `a|b` for alternatives; `*` for a gap of up to
 * GAP_MAX tokens that does not cross a clause break. Compiled once at load.
 */
export type PhraseWord = { readonly kind: 'word'; readonly alts: ReadonlySet<string>; readonly ids: readonly number[] } | { readonly kind: 'gap' }
export type Phrase = readonly PhraseWord[]

/**
 * Every word of every compiled phrase, numbered: a token's forms are looked up here once per
 * document (formsOf), and matching then compares small numbers. findPhrases is called for
 * several phrase sets on every sentence (about four scans of each token), and its two
 * string-keyed Map lookups per token and set were most of its time; with numbers the matching
 * takes half as long and the events stage 9 % less (same-process A/B, 600 corpus articles).
 */
const vocab = new Map<string, number>()
const wordId = (w: string): number => {
  let id = vocab.get(w)
  if (id === undefined) vocab.set(w, (id = vocab.size))
  return id
}

export const GAP_MAX = 6
const BREAK = new Set(['.', ';', ':', '!', '?', '(', ')', '"', '“', '”', '—', '–'])

export const compilePhrase = (pattern: string): Phrase =>
  pattern
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .map((w): PhraseWord => {
      if (w === '*') return { kind: 'gap' }
      const alts = new Set(w.split('|'))
      return { kind: 'word', alts, ids: [...alts].map(wordId) }
    })

/** Per-token forms a phrase word may match: lemma and lower-case text. */
export interface TokenForms {
  readonly lemma: readonly string[]
  readonly lower: readonly string[]
  /** the same forms as phrase word numbers (-1: in no phrase), as of `ids.words` phrase words */
  readonly ids: FormIds
}

interface FormIds {
  lemma: Int32Array
  lower: Int32Array
  words: number
}

const idsOf = (lemma: readonly string[], lower: readonly string[]): FormIds => {
  const ids: FormIds = { lemma: new Int32Array(lemma.length), lower: new Int32Array(lower.length), words: vocab.size }
  for (let i = 0; i < lemma.length; i++) {
    const id = vocab.get(lemma[i]!) ?? -1
    ids.lemma[i] = id
    // most words are their own lemma: one lookup then
    ids.lower[i] = lower[i] === lemma[i] ? id : (vocab.get(lower[i]!) ?? -1)
  }
  return ids
}

/** The forms' numbers, renumbered when phrases were compiled after them (else a new word would read as -1). */
const currentIds = (f: TokenForms): FormIds => {
  if (f.ids.words !== vocab.size) Object.assign(f.ids, idsOf(f.lemma, f.lower))
  return f.ids
}

/** Curly apostrophes read as straight ones ("n’t" = "n't"); most words have none, so the test comes first. */
const straight = (s: string): string => (s.includes('’') ? s.replaceAll('’', "'") : s)

/**
 * wink id → what formsOf makes of a token with that value, filled as words are met, for tokens
 * whose lemma is `formsLemma[id]`: in `formsNums`, at 3 × id, the phrase word numbers of its
 * lemma and of its lower-case text (straightened, as of `formsWords` phrase words) and whether
 * each needs straightening (1: the lemma, 2: the text; most words have no curly apostrophe, and
 * then the forms are the strings themselves). Straightening each token's two strings and looking
 * both up in `vocab` read every token's strings and hashed them, most of formsOf's time.
 * Sound because a token with a wink id has that id's value as its text (nlp/lower.ts), and an
 * entry is used only while the token's lemma is the one it was made from (a value may have
 * another lemma with another part of speech: then it is made again).
 * Numbers in one typed array rather than an object per word: the objects, one per distinct word
 * of the corpus, were scattered through the heap, and reading them evicted more of the cache
 * that the next document's tokenizing needs (and gave the garbage collector more to mark).
 */
let formsNums = new Int32Array(0)
let formsLemma: (string | undefined)[] = []
let formsWords = 0

const NEEDS_STRAIGHT_LEMMA = 1
const NEEDS_STRAIGHT_LOWER = 2

/** Room in formsNums and formsLemma for wink id `id`. */
const makeRoom = (id: number): void => {
  if (3 * id + 3 > formsNums.length) {
    const nums = new Int32Array(Math.max(3 * id + 3, 2 * formsNums.length, 3 << 16))
    nums.set(formsNums)
    formsNums = nums
  }
  // filled, not holey: stays a plain array
  while (formsLemma.length <= id) formsLemma.push(undefined)
}

export const formsOf = (text: string, tokens: readonly Token[]): TokenForms => {
  const rawLower = tokensLower(text, tokens)
  const winkIds = tokenWinkIds(text, tokens)
  if (!winkIds) {
    const lemma = tokens.map((t) => straight(t.lemma))
    const lower = rawLower.map(straight)
    return { lemma, lower, ids: idsOf(lemma, lower) }
  }
  if (formsWords !== vocab.size) {
    formsLemma = []
    formsWords = vocab.size
  }
  const lemma: string[] = []
  const lower: string[] = []
  const ids: FormIds = { lemma: new Int32Array(tokens.length), lower: new Int32Array(tokens.length), words: vocab.size }
  for (let i = 0; i < tokens.length; i++) {
    const id = winkIds[i]!
    const raw = tokens[i]!.lemma
    const low = rawLower[i]!
    if (id >= 0 && formsLemma[id] === raw) {
      const flags = formsNums[3 * id + 2]!
      lemma.push(flags & NEEDS_STRAIGHT_LEMMA ? straight(raw) : raw)
      lower.push(flags & NEEDS_STRAIGHT_LOWER ? straight(low) : low)
      ids.lemma[i] = formsNums[3 * id]!
      ids.lower[i] = formsNums[3 * id + 1]!
      continue
    }
    const l = straight(raw)
    const w = straight(low)
    const lemmaId = vocab.get(l) ?? -1
    const lowerId = w === l ? lemmaId : (vocab.get(w) ?? -1)
    lemma.push(l)
    lower.push(w)
    ids.lemma[i] = lemmaId
    ids.lower[i] = lowerId
    if (id >= 0) {
      makeRoom(id)
      formsLemma[id] = raw
      formsNums[3 * id] = lemmaId
      formsNums[3 * id + 1] = lowerId
      formsNums[3 * id + 2] = (l !== raw ? NEEDS_STRAIGHT_LEMMA : 0) | (w !== low ? NEEDS_STRAIGHT_LOWER : 0)
    }
  }
  return { lemma, lower, ids }
}

const wordAt = (w: PhraseWord & { kind: 'word' }, ids: FormIds, i: number): boolean => {
  const a = ids.lemma[i]
  const b = ids.lower[i]
  for (const id of w.ids) if (id === a || id === b) return true
  return false
}

/**
 * Matches a phrase starting at token `i` (not beyond `end`); returns the end index (exclusive) or
 * -1. Gaps are lazy: the shortest stretch that lets the rest match.
 */
export const matchPhrase = (p: Phrase, f: TokenForms, i: number, end: number, k = 0): number => matchFrom(p, f, currentIds(f), i, end, k)

const matchFrom = (p: Phrase, f: TokenForms, ids: FormIds, i: number, end: number, k: number): number => {
  if (k === p.length) return i
  const w = p[k]!
  if (w.kind === 'gap') {
    for (let skip = 0; skip <= GAP_MAX && i + skip <= end; skip++) {
      if (skip > 0 && BREAK.has(f.lower[i + skip - 1]!)) break
      const r = matchFrom(p, f, ids, i + skip, end, k + 1)
      if (r >= 0) return r
    }
    return -1
  }
  if (i >= end || !wordAt(w, ids, i)) return -1
  return matchFrom(p, f, ids, i + 1, end, k + 1)
}

/** First words of a phrase, as phrase word numbers, for indexing (a phrase never starts with a gap). */
export const firstWords = (p: Phrase): readonly number[] => {
  const w = p[0]
  return w && w.kind === 'word' ? w.ids : []
}

/**
 * A phrase of a set, with the numbers of each word after its first that is no gap (the
 * alternatives of each): a phrase can match only where each of those words is in the range
 * searched (see findPhrases).
 */
interface Candidate<T> {
  readonly phrase: Phrase
  readonly value: T
  readonly rest: readonly (readonly number[])[]
}

type Candidates<T> = readonly Candidate<T>[] | undefined

/** A set of phrases indexed by the number of their first word, matched anywhere in a range. */
export interface PhraseSet<T> {
  /** entry n: the phrases whose first word is phrase word n (words numbered after the set was made lie past its end) */
  readonly index: readonly Candidates<T>[]
}

export const phraseSet = <T>(items: readonly { pattern: string; value: T }[]): PhraseSet<T> => {
  const phrases = items.map(({ pattern, value }): Candidate<T> => {
    const phrase = compilePhrase(pattern)
    const rest = phrase.slice(1).flatMap((w) => (w.kind === 'word' ? [w.ids] : []))
    return { phrase, value, rest }
  })
  // dense (undefined where no phrase starts), so a lookup is a plain array read
  const index: (Candidate<T>[] | undefined)[] = new Array<undefined>(vocab.size).fill(undefined)
  for (const c of phrases) for (const id of firstWords(c.phrase)) (index[id] ??= []).push(c)
  return { index }
}

export interface PhraseHit<T> {
  readonly start: number
  readonly end: number
  readonly value: T
}

/**
 * Which phrase words the range being searched holds: `present[n] === stamp` for word n, marked
 * once per findPhrases call, and only where some phrase starts in the range. A phrase whose
 * later words are not all present cannot match, so it is not tried: trying one explores every
 * stretch its gaps allow, and the trigger phrases that start with a form of "be" (tried at every
 * "is", "was", "are") mostly fail that way; that trying was most of findPhrases's time. One
 * array reused call after call (findPhrases does not re-enter itself), the stamp telling calls
 * apart so that it is never cleared.
 */
let present = new Int32Array(0)
let stamp = 0

const markPresent = (ids: FormIds, from: number, to: number): void => {
  if (present.length < ids.words) {
    present = new Int32Array(Math.max(ids.words, 2 * present.length))
    stamp = 0
  }
  stamp++
  for (let i = from; i < to; i++) {
    const a = ids.lemma[i]!
    const b = ids.lower[i]!
    if (a >= 0) present[a] = stamp
    if (b >= 0) present[b] = stamp
  }
}

/** Whether each of a phrase's later words has an alternative present (markPresent). */
const allPresent = (rest: readonly (readonly number[])[]): boolean => {
  for (const alts of rest) {
    let any = false
    for (const id of alts) {
      if (present[id] === stamp) {
        any = true
        break
      }
    }
    if (!any) return false
  }
  return true
}

/** Every match of the set inside [from, to), longest first at each start. */
export const findPhrases = <T>(set: PhraseSet<T>, f: TokenForms, from: number, to: number): PhraseHit<T>[] => {
  const hits: PhraseHit<T>[] = []
  const ids = currentIds(f)
  const { index } = set
  let marked = false
  for (let i = from; i < to; i++) {
    const lemma = ids.lemma[i]!
    const lower = ids.lower[i]!
    // -1 (in no phrase) starts none, nor does a word numbered after the set was made
    const byLemma = lemma >= 0 && lemma < index.length ? index[lemma] : undefined
    // equal numbers are equal forms
    const byLower = lower !== lemma && lower >= 0 && lower < index.length ? index[lower] : undefined
    if (!byLemma && !byLower) continue
    if (!marked) {
      markPresent(ids, from, to)
      marked = true
    }
    if (byLemma) tryAll(byLemma, f, ids, i, to, hits)
    if (byLower) tryAll(byLower, f, ids, i, to, hits)
  }
  return hits.length > 1 ? hits.sort((a, b) => a.start - b.start || b.end - a.end) : hits
}

/**
 * The phrases `cands` starting at token i, matched up to `to`, into `hits`. A function of its
 * own rather than a closure made on every findPhrases call, and called only for a token that
 * is some phrase's word: findPhrases runs several times on every sentence.
 */
const tryAll = <T>(cands: readonly Candidate<T>[], f: TokenForms, ids: FormIds, i: number, to: number, hits: PhraseHit<T>[]): void => {
  for (const c of cands) {
    if (!allPresent(c.rest)) continue
    // the first word is matched: that is how the phrase was found
    const e = matchFrom(c.phrase, f, ids, i + 1, to, 1)
    if (e > i) hits.push({ start: i, end: e, value: c.value })
  }
}
