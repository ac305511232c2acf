import type { Token } from '../core/index.ts'

/**
 * The lower-case text of each token of a document, computed once and read by the stages that
 * need it (actor keys, phrase forms): each of them used to slice and lower-case every token of
 * every document itself. One document is remembered, the last one asked about: the stages run
 * one document at a time. It is given back only for the same tokens array (a document's tokens
 * are never changed once made) and the same text. (A WeakMap over every document's tokens
 * measured slower: its entries made garbage collection dearer than the work saved.)
 *
 * With it, wink-nlp's id for each token's value (its lexicon index: equal ids are equal values),
 * so that a later stage can keep what it derives from a word in an array by that id and read it
 * back with one array read per token, instead of hashing the token's string into a Map (reading
 * each string's memory was most of the cost: see actors/gazetteer.ts and events/phrase.ts).
 */
let last: { readonly text: string; readonly tokens: readonly Token[]; readonly lower: readonly string[]; readonly ids: Int32Array | null } | null = null

/**
 * Records `lower` as the lower-case text of `tokens` in `text`, and `ids` as wink's id for each
 * token's value (-1 for a token that is no wink token as it stands: a piece of a split word).
 * Tokenize calls it; it reads both from wink.
 */
export const rememberLower = (text: string, tokens: readonly Token[], lower: readonly string[], ids: Int32Array): void => {
  last = { text, tokens, lower, ids }
}

/** The lower-case text of each token: text.slice(span).toLowerCase(), remembered. */
export const tokensLower = (text: string, tokens: readonly Token[]): readonly string[] => {
  if (last && last.tokens === tokens && last.text === text) return last.lower
  const lower = tokens.map((t) => text.slice(t.span[0], t.span[1]).toLowerCase())
  last = { text, tokens, lower, ids: null }
  return lower
}

/**
 * wink's id for the value of each token (-1: none), where tokenize recorded them for these very
 * tokens and text; else null, and the caller works from the strings. A token with an id ≥ 0 has
 * that id's value as its text, so its lower-case text is a function of the id.
 */
export const tokenWinkIds = (text: string, tokens: readonly Token[]): Int32Array | null =>
  last && last.tokens === tokens && last.text === text ? last.ids : null
