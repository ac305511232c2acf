import type { Article } from './article.ts'
import type { Message } from './message.ts'
import type { Span } from './span.ts'

/** Universal part-of-speech tag as wink-nlp assigns it (PROPN, NOUN, VERB, AUX, ...). */
export type Pos = string

export interface Token {
  readonly span: Span
  readonly pos: Pos
  /** lower-case lemma (wink-nlp); a normalised form for matching, not a copy of the text */
  readonly lemma: string
}

/** `[first, end)` indices into `Doc.tokens`. */
export type TokenRange = readonly [first: number, end: number]

export interface Sentence {
  readonly span: Span
  readonly tokens: TokenRange
}

/** A run of proper nouns ("General Xu Qiliang", "Central Military Commission"). */
export interface Chunk {
  readonly kind: 'propn'
  readonly span: Span
  readonly tokens: TokenRange
}

/** How precisely a time expression was resolved. */
export type TimeGrain = 'day' | 'week' | 'month' | 'season' | 'year' | 'range' | 'relative'

/**
 * A time expression and the ISO interval it denotes, resolved against the article's date.
 * `start`/`end` are null where the text does not pin them down ("weeks after the summit" with
 * no dated summit leaves both null; "in the months that followed" may leave `end` null).
 */
export interface TimeExpr {
  readonly span: Span
  readonly start: string | null
  readonly end: string | null
  readonly grain: TimeGrain
  /** which rule resolved it: chrono-node, or one of our fix-ups */
  readonly rule: string
}

/**
 * One article flowing through the pipeline. Each stage returns a new Doc with its annotations
 * added; none changes `article.text`.
 */
export interface Doc {
  readonly kind: 'document'
  readonly article: Article
  readonly messages: readonly Message[]
  readonly tokens: readonly Token[]
  readonly sentences: readonly Sentence[]
  readonly chunks: readonly Chunk[]
  readonly times: readonly TimeExpr[]
}

export const newDoc = (article: Article, messages: readonly Message[] = []): Doc => ({
  kind: 'document',
  article,
  messages,
  tokens: [],
  sentences: [],
  chunks: [],
  times: [],
})

/** A pipeline stage: one signature for all. */
export type Stage = (doc: Doc) => Doc
