import type { Token } from '../core/index.ts'

/**
 * The lower-case text of each token of a document, computed once and read by the stages that
 * need it (actor keys, phrase forms): each of them used to slice and lower-case every token of
 * every document itself. One document is remembered, the last one asked about: the stages run
 * one document at a time. It is given back only for the same tokens array (a document's tokens
 * are never changed once made) and the same text. (A WeakMap over every document's tokens
 * measured slower: its entries made garbage collection dearer than the work saved.)
 */
let last: { readonly text: string; readonly tokens: readonly Token[]; readonly lower: readonly string[] } | null = null

/** Records `lower` as the lower-case text of `tokens` in `text` (tokenize, which reads it from wink's values). */
export const rememberLower = (text: string, tokens: readonly Token[], lower: readonly string[]): void => {
  last = { text, tokens, lower }
}

/** The lower-case text of each token: text.slice(span).toLowerCase(), remembered. */
export const tokensLower = (text: string, tokens: readonly Token[]): readonly string[] => {
  if (last && last.tokens === tokens && last.text === text) return last.lower
  const lower = tokens.map((t) => text.slice(t.span[0], t.span[1]).toLowerCase())
  last = { text, tokens, lower }
  return lower
}
