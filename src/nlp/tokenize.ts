import type { Doc, Sentence, Token } from '../core/index.ts'
import { rememberLower } from './lower.ts'
import { wink } from './wink.ts'

/** Longer than any word, URL or hashtag worth reading: left out of tokenizing. */
const LONG_RUN_MIN = 1000
const LONG_RUN = new RegExp(`\\S{${LONG_RUN_MIN},}`, 'g')

/** Exactly JavaScript's \s (these end a run). */
const isSpace = (c: number): boolean =>
  (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x202f || c === 0x205f || c === 0x1680 || c === 0xfeff

/**
 * Whether LONG_RUN matches, in linear time: the regular expression alone retries at every
 * character of every long word. A run of LONG_RUN_MIN characters covers one index in every
 * LONG_RUN_MIN, so only the runs through those indices are measured, not every character
 * (33 ms → 1 ms over 1,000 corpus articles, timed alone: 1.5 % of this stage).
 */
const hasLongRun = (text: string): boolean => {
  for (let at = LONG_RUN_MIN - 1; at < text.length; at += LONG_RUN_MIN) {
    if (isSpace(text.charCodeAt(at))) continue
    let a = at
    while (a > 0 && !isSpace(text.charCodeAt(a - 1))) a--
    let b = at + 1
    while (b < text.length && !isSpace(text.charCodeAt(b))) b++
    if (b - a >= LONG_RUN_MIN) return true
  }
  return false
}

/** A capitalised name, a possessive and a lower-case word run together by a typo. */
const GLUED_POSSESSIVE = /^(\p{Lu}\p{Ll}+)(['’]s)(\p{Ll}{3,})$/u

/** Forms kept before the lemma cache is emptied: a bound on memory. */
const LEMMA_CACHE_MAX = 400_000

/**
 * (token value, part of speech) → lemma, shared by every document of the process. Running wink's
 * lemmatizer on every token cost as much as the rest of this stage after readDoc; most tokens
 * are forms seen many times before. Sound because wink-nlp's lemma of a token that is not a piece
 * of a contraction depends on its value and part of speech alone (wink-nlp's its.lemma): the
 * value's own single-lemma entry in the vocabulary, else the model's lemmatizer run on the
 * value's normal form and the part of speech, which consults only the fixed vocabulary. A
 * contraction's piece ("n't" of "can't") carries its lemma in the token itself, so those are
 * always read from the token.
 *
 * The value is keyed by wink's id for it (its.uniqueId: the token's index in wink's lexicon,
 * whose entry is the value, so equal ids are equal values and the reverse), and the part of
 * speech by a small number: one map lookup on a small integer instead of two on strings (each
 * token's value is a string to hash); measured 3 % of this stage, wink's readDoc included.
 */
const lemmaCache = new Map<number, string>()
/** part of speech → a small code, for the cache key */
const posCodes = new Map<string, number>()
/** room for the codes of wink's parts of speech (there are 17) in a cache key */
const POS_SLOTS = 64

type WinkTokens = ReturnType<ReturnType<ReturnType<typeof wink>['readDoc']>['tokens']>

/** wink-nlp's lemma of token `i` of `all` (undefined where wink gives none). */
const winkLemma = (all: WinkTokens, i: number): string | undefined => {
  const its = wink().its
  // wink's typings declare `its.lemma` with a narrower signature than `out` accepts; it is a token its-function
  return all.itemAt(i).out(its.lemma as unknown as typeof its.value) as string | undefined
}

/**
 * In front of lemmaCache, arrays indexed by wink id: the lemma last cached for that value and
 * its part of speech's code + 1 (0: none). Most values are read with one part of speech most of
 * the time, so most tokens find their lemma here with two array reads instead of a lookup in a
 * Map of hundreds of thousands of keys (tokenize 4 to 5 % faster, wink's readDoc included, in a
 * same-process A/B over 1,000 corpus articles). Exact: an entry is a (value, part of speech)
 * pair that lemmaCache was given, and it is emptied with it.
 */
let lastLemma: (string | undefined)[] = []
let lastPos = new Uint8Array(0)

const rememberLast = (uid: number, code: number, lemma: string): void => {
  if (uid >= lastPos.length) {
    const size = Math.max(uid + 1, 2 * lastPos.length, 1 << 16)
    const pos = new Uint8Array(size)
    pos.set(lastPos)
    lastPos = pos
    // filled, not holey with a length far past its last element: stays a plain array
    lastLemma = lastLemma.concat(new Array<undefined>(size - lastLemma.length).fill(undefined))
  }
  lastPos[uid] = code + 1
  lastLemma[uid] = lemma
}

/** The lemma of token `i` (wink id `uid`), from the cache where its value and part of speech were seen before. */
const lemmaOf = (all: WinkTokens, i: number, uid: number, pos: string, contraction: boolean): string | undefined => {
  if (contraction) return winkLemma(all, i)
  let code = posCodes.get(pos)
  if (code === undefined) posCodes.set(pos, (code = posCodes.size))
  // past POS_SLOTS codes (never, with wink's tag set) keys could collide: no caching then
  if (code >= POS_SLOTS) return winkLemma(all, i)
  if (lastPos[uid] === code + 1) return lastLemma[uid]
  const key = uid * POS_SLOTS + code
  const known = lemmaCache.get(key)
  if (known !== undefined) {
    rememberLast(uid, code, known)
    return known
  }
  const lemma = winkLemma(all, i)
  if (lemma !== undefined) {
    if (lemmaCache.size >= LEMMA_CACHE_MAX) {
      lemmaCache.clear()
      lastPos.fill(0)
      lastLemma.fill(undefined)
    }
    lemmaCache.set(key, lemma)
    rememberLast(uid, code, lemma)
  }
  return lemma
}

/**
 * Wink id → the value lower-cased: the lower-case text of a token, which the actor and event
 * stages read (through rememberLower), once per distinct value instead of once per token. One
 * string object per value also lets their Map lookups on it reuse its hash. It grows with wink's
 * own lexicon, which keeps every value it has read.
 */
let lowerById: (string | undefined)[] = []

const lowerOf = (uid: number, value: string): string => {
  if (uid >= lowerById.length) {
    // filled, not holey: stays a plain array (as lastLemma)
    lowerById = lowerById.concat(new Array<undefined>(Math.max(uid + 1, 2 * lowerById.length, 1 << 16) - lowerById.length).fill(undefined))
  }
  let lower = lowerById[uid]
  if (lower === undefined) lowerById[uid] = lower = value.toLowerCase()
  return lower
}

/**
 * Wink id → the value, wink's lexicon entry for it (see lemmaCache): read from wink once per
 * distinct value instead of through out(its.value) for every token, which walked every token of
 * the document a fourth time (tokenize 1 to 3.5 % faster, CPU time in same-process A/Bs over
 * 1,000 corpus articles).
 * Exact: wink's lexicon only grows, and an id's entry never changes.
 */
let valueById: (string | undefined)[] = []

const valueOf = (all: WinkTokens, i: number, uid: number): string => {
  if (uid >= valueById.length) {
    // filled, not holey: stays a plain array (as lastLemma)
    valueById = valueById.concat(new Array<undefined>(Math.max(uid + 1, 2 * valueById.length, 1 << 16) - valueById.length).fill(undefined))
  }
  let value = valueById[uid]
  if (value === undefined) valueById[uid] = value = all.itemAt(i).out(wink().its.value)
  return value
}

/**
 * text.indexOf(value, from), for a value that is usually just ahead: a token after a space.
 * The built-ins' entry (startsWith, then indexOf) cost more than the search, for every token;
 * this walks to the value's first character and compares in place, and leaves any other case
 * to indexOf (tokenize 2 to 3 % faster in a same-process A/B over 2,000 corpus articles).
 */
export const indexFrom = (text: string, value: string, from: number): number => {
  if (value.length === 0) return text.indexOf(value, from)
  const first = value.charCodeAt(0)
  let at = from
  // no occurrence starts before the first copy of its first character
  while (at < text.length && text.charCodeAt(at) !== first) at++
  if (at + value.length > text.length) return -1
  let k = 1
  while (k < value.length && text.charCodeAt(at + k) === value.charCodeAt(k)) k++
  return k === value.length ? at : text.indexOf(value, at + 1)
}

/** `a` copied into a larger array of `size` elements. */
const grown = (a: Int32Array, size: number): Int32Array<ArrayBuffer> => {
  const b = new Int32Array(size)
  b.set(a)
  return b
}

/**
 * Stage: tokens (with offsets, part of speech and lemma) and sentences, from wink-nlp.
 * wink-nlp reports each token's value and the white space before it; offsets are recovered by
 * walking the text, so every token span is checked against the text it points to.
 */
export const tokenize = (doc: Doc): Doc => {
  const { text, header } = doc.article
  // The metadata header is blanked (same length, so offsets hold) rather than cut out.
  const withoutHeader = header ? ' '.repeat(header[1] - header[0]) + text.slice(header[1]) : text
  // so is any run of LONG_RUN or more characters without a space: no word is that long, and
  // wink-nlp's tokenizer takes time quadratic in a token's length (40,000 characters: 1.5 s)
  const prose = hasLongRun(withoutHeader) ? withoutHeader.replace(LONG_RUN, (run) => ' '.repeat(run.length)) : withoutHeader
  const nlp = wink()
  const its = nlp.its
  const wdoc = nlp.readDoc(prose)
  const all = wdoc.tokens()
  const pos = all.out(its.pos) as string[]
  // wink's typings declare `its.contractionFlag` with a narrower signature than `out` accepts; it is a token its-function
  const contraction = all.out(its.contractionFlag as unknown as typeof its.value) as unknown as boolean[]
  // wink's typings declare `its.uniqueId` with a narrower signature than `out` accepts; it is a token its-function
  const uids = all.out(its.uniqueId as unknown as typeof its.value) as unknown as number[]

  const tokens: Token[] = []
  /** the lower-case text of each token */
  const lower: string[] = []
  /** wink's id for each token's value (-1: a piece of a glued word), for rememberLower; grown if glued words split */
  let ids = new Int32Array(uids.length)
  /** wink token index → our token index (SPACE tokens are dropped) */
  const index = new Int32Array(uids.length + 1)
  let cursor = 0
  for (let i = 0; i < uids.length; i++) {
    index[i] = tokens.length
    const value = valueOf(all, i, uids[i]!)
    const found = indexFrom(prose, value, cursor)
    // a value wink changed and that is not in the text is dropped rather than given a wrong span
    if (found < 0) continue
    const start = found
    const end = start + value.length
    cursor = end
    if (pos[i] === 'SPACE' || end === start) continue
    // the regular expression is costly per token; only a token with an apostrophe can match it
    const glued = value.length > 5 && (value.includes('’') || value.includes("'")) ? GLUED_POSSESSIVE.exec(value) : null
    if (glued) {
      // "Blinken’strip": a possessive with its space lost; read as "Blinken" "’s" "trip"
      const a = start + glued[1]!.length
      const b = a + glued[2]!.length
      tokens.push({ span: [start, a], pos: 'PROPN', lemma: glued[1]!.toLowerCase() })
      tokens.push({ span: [a, b], pos: 'PART', lemma: glued[2]! })
      tokens.push({ span: [b, end], pos: 'NOUN', lemma: glued[3]!.toLowerCase() })
      lower.push(glued[1]!.toLowerCase(), glued[2]!.toLowerCase(), glued[3]!.toLowerCase())
      if (ids.length < tokens.length + uids.length - i) ids = grown(ids, tokens.length + uids.length - i)
      ids.fill(-1, tokens.length - 3, tokens.length)
      continue
    }
    const low = lowerOf(uids[i]!, value)
    const lemma = lemmaOf(all, i, uids[i]!, pos[i]!, contraction[i]!) ?? low
    // "conceded to demands from UNITA": after the particle "to" an -s form is no infinitive; wink's
    // VERB there is a plural noun (no verb of the lite model's tag set follows "to" inflected)
    const plural = pos[i] === 'VERB' && lemma !== low && low.endsWith('s') && lower.at(-1) === 'to' && tokens.at(-1)?.pos === 'PART'
    ids[tokens.length] = uids[i]!
    tokens.push({ span: [start, end], pos: plural ? 'NOUN' : pos[i]!, lemma })
    lower.push(low)
  }
  index[uids.length] = tokens.length

  const sentences: Sentence[] = []
  for (const [first, last] of wdoc.sentences().out(its.span) as unknown as [number, number][]) {
    const a = index[first]!
    const b = index[last + 1]!
    if (b > a) sentences.push({ span: [tokens[a]!.span[0], tokens[b - 1]!.span[1]], tokens: [a, b] })
  }
  // each value is the prose at its span; the prose is the text wherever nothing was blanked
  if (prose === text) rememberLower(text, tokens, lower, ids.subarray(0, tokens.length))
  return { ...doc, tokens, sentences }
}
