import { wink } from '../nlp/index.ts'
import type { Dictionary } from './types.ts'

/** What a dictionary name stands for. Indices point into the Dictionary's arrays. */
export type GazEntry =
  | { readonly kind: 'country'; readonly index: number; readonly form: 'name' | 'demonym' | 'metonym' | 'place'; readonly ambiguous: boolean; readonly cased: boolean }
  | { readonly kind: 'person'; readonly index: number; readonly cased: boolean }
  | { readonly kind: 'institution'; readonly index: number; readonly cased: boolean }
  | { readonly kind: 'role'; readonly index: number; readonly cased: boolean }

interface TrieNode {
  readonly next: Map<string, TrieNode>
  entries: GazEntry[]
}

/**
 * Every dictionary name as a path of normalised tokens, for longest-match lookup over a
 * document's tokens in one pass (a trie over tokens rather than a regex per name: thousands of
 * names cost one map lookup per token). Names are tokenised by wink-nlp itself, so "U.S.",
 * "Xi Jinping's" or "al-Assad" split the same way in the dictionary as in the text.
 */
export interface Gazetteer {
  readonly root: TrieNode
  readonly size: number
  /**
   * wink id of a word → the root's child for that word's key, null where no name starts with it,
   * undefined where not yet looked up: filled as words are met. Looking the first word up in the
   * root's Map, for every token of every document, was most of matchTokens's time: hashing and
   * comparing a token's string reads its memory, and the root holds thousands of keys; one read
   * of this array per token replaces it. Sound because a token with a wink id has that id's value
   * as its text (nlp/lower.ts), so its key is a function of the id.
   */
  readonly firstById: (TrieNode | null | undefined)[]
}

/** Token key: lower case, straight apostrophes, no diacritics. */
export const normToken = (t: string): string => normLower(t.toLowerCase())

/** normToken of a string already in lower case. */
export const normLower = (s: string): string => (hasNonAscii(s) ? s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`]/g, "'") : s)

/**
 * /[^\x00-\x7f]/.test(s), as a loop: this runs on every token of every document, and for a word
 * of a few letters the regular expression call costs more than reading the letters.
 */
const hasNonAscii = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return true
  return false
}

/**
 * wink-nlp's tokens of each name: all names read as one document, one name a line, and split at
 * the line breaks. One document rather than one per name: each reading costs the same set-up
 * (sentence boundaries, parts of speech), and with thousands of names that set-up was most of
 * the start-up time. A name is no sentence of its own in the text either; the test beside this
 * file checks that every shipped name splits as it does read alone.
 */
export const tokenizeNames = (names: readonly string[]): string[][] => {
  const out: string[][] = names.map(() => [])
  if (names.length === 0) return out
  const nlp = wink()
  const its = nlp.its
  const tokens = nlp.readDoc(names.map((n) => n.replace(/[\r\n]+/g, ' ')).join('\n')).tokens()
  const values = tokens.out(its.value) as string[]
  const spaces = tokens.out(its.precedingSpaces) as string[]
  let line = 0
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!
    // the line break is a token of its own, or the white space before the next name's first token
    line += count(spaces[i]!) + count(v)
    if (v.trim() !== '') out[line]!.push(v)
  }
  return out
}
const count = (s: string): number => {
  let n = 0
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++
  return n
}

export const buildGazetteer = (dict: Dictionary): Gazetteer => {
  const root: TrieNode = { next: new Map(), entries: [] }
  let size = 0
  const pending: { name: string; entry: GazEntry }[] = []
  const add = (name: string, entry: GazEntry): void => {
    pending.push({ name, entry })
  }
  const insert = (tokens: readonly string[], entry: GazEntry): void => {
    if (tokens.length === 0) return
    let node = root
    for (const t of tokens) {
      const key = normToken(t)
      let child = node.next.get(key)
      if (!child) {
        child = { next: new Map(), entries: [] }
        node.next.set(key, child)
      }
      node = child
    }
    node.entries.push(entry)
    size++
  }
  const cased = (name: string): boolean => /^\p{Lu}/u.test(name)

  dict.countries.forEach((c, index) => {
    const amb = new Set(c.ambiguous)
    for (const n of new Set([...c.names, c.name])) add(n, { kind: 'country', index, form: 'name', ambiguous: amb.has(n), cased: cased(n) })
    for (const n of c.demonyms) add(n, { kind: 'country', index, form: 'demonym', ambiguous: amb.has(n), cased: true })
    for (const n of c.metonyms) add(n, { kind: 'country', index, form: 'metonym', ambiguous: amb.has(n), cased: cased(n) })
    for (const n of c.places) add(n, { kind: 'country', index, form: 'place', ambiguous: amb.has(n), cased: true })
  })
  dict.persons.forEach((p, index) => {
    for (const n of new Set([p.name, ...p.aliases])) add(n, { kind: 'person', index, cased: true })
  })
  dict.institutions.forEach((inst, index) => {
    for (const n of new Set([inst.name, ...inst.aliases])) add(n, { kind: 'institution', index, cased: inst.generic ? false : cased(n) })
  })
  dict.roles.forEach((r, index) => {
    for (const n of r.phrases) add(n, { kind: 'role', index, cased: false })
  })
  const tokens = tokenizeNames(pending.map((p) => p.name))
  pending.forEach((p, i) => insert(tokens[i]!, p.entry))
  return { root, size, firstById: [] }
}

/**
 * wink id of a word → its key (normLower of its lower-case text), filled as words are met: the
 * key of a token with an id is a function of the id (nlp/lower.ts), and reading it here spares
 * normLower's scan of every token's letters.
 */
const keyById: (string | undefined)[] = []

/**
 * Each token's key (normLower of `lower`), by wink id where `ids` gives one (see keyById).
 * Filled in order, not holey: stays a plain array.
 */
export const tokenKeys = (lower: readonly string[], ids: Int32Array | null): string[] => {
  if (!ids) return lower.map(normLower)
  const keys: string[] = []
  for (let i = 0; i < lower.length; i++) {
    const id = ids[i]!
    if (id < 0) {
      keys.push(normLower(lower[i]!))
      continue
    }
    while (keyById.length <= id) keyById.push(undefined)
    let key = keyById[id]
    if (key === undefined) keyById[id] = key = normLower(lower[i]!)
    keys.push(key)
  }
  return keys
}

/** The root's child for token i's key: by wink id where there is one (see Gazetteer.firstById). */
const firstNode = (gaz: Gazetteer, keys: readonly string[], ids: Int32Array | null, i: number): TrieNode | undefined => {
  const id = ids ? ids[i]! : -1
  if (id < 0) return gaz.root.next.get(keys[i]!)
  const cache = gaz.firstById
  while (cache.length <= id) cache.push(undefined)
  let node = cache[id]
  if (node === undefined) cache[id] = node = gaz.root.next.get(keys[i]!) ?? null
  return node ?? undefined
}

export interface GazMatch {
  /** `[first, end)` token indices */
  readonly tokens: readonly [number, number]
  readonly entries: readonly GazEntry[]
}

/**
 * Longest matches of dictionary names over `keys[from..to)` (normalised token strings).
 * `upper[i]` says whether token i starts with a capital: a proper name in the dictionary
 * ("US", "Turkey") only matches a capitalised word ("us", "turkey" are not countries). `ids`:
 * each token's wink id (tokenWinkIds), where known, for the first word's look-up.
 */
export const matchTokens = (gaz: Gazetteer, keys: readonly string[], upper: readonly boolean[], from: number, to: number, ids: Int32Array | null = null): GazMatch[] => {
  const out: GazMatch[] = []
  let i = from
  while (i < to) {
    let node: TrieNode | undefined = gaz.root
    let best: GazMatch | null = null
    for (let j = i; j < to; j++) {
      node = j === i ? firstNode(gaz, keys, ids, i) : node.next.get(keys[j]!)
      if (!node) break
      if (node.entries.length) {
        // a capitalised start keeps every entry: the node's own list, not a copy (matches are only read)
        const ok = upper[i] ? node.entries : node.entries.filter((e) => !e.cased)
        if (ok.length) best = { tokens: [i, j + 1], entries: ok }
      }
    }
    if (best) {
      out.push(best)
      i = best.tokens[1]
    } else i++
  }
  return out
}
