import type { Doc, Message, Span } from '../core/index.ts'

/** What `overture extract --format articles` writes for one article: the article and its annotations. */
export interface ArticleRecord {
  readonly kind: 'article'
  readonly id: string
  readonly title: string | null
  readonly date: string | null
  readonly outlet: string | null
  readonly url: string | null
  readonly input: string
  readonly format: string
  readonly text: string
  readonly tokens: number
  readonly sentences: readonly Span[]
  readonly chunks: readonly Span[]
  readonly times: readonly TimeRecord[]
  readonly messages: readonly Message[]
}

export interface TimeRecord {
  readonly span: Span
  /** the words, for reading the output; the span is what points into `text` */
  readonly text: string
  readonly start: string | null
  readonly end: string | null
  readonly grain: string
  readonly rule: string
}

export const toRecord = (doc: Doc): ArticleRecord => {
  const a = doc.article
  return {
    kind: 'article',
    id: a.id,
    title: a.title,
    date: a.date,
    outlet: a.outlet,
    url: a.url,
    input: a.input,
    format: a.format,
    text: a.text,
    tokens: doc.tokens.length,
    sentences: doc.sentences.map((s) => s.span),
    chunks: doc.chunks.map((c) => c.span),
    times: doc.times.map((t) => ({ span: t.span, text: a.text.slice(t.span[0], t.span[1]), start: t.start, end: t.end, grain: t.grain, rule: t.rule })),
    messages: doc.messages,
  }
}
