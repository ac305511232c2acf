import type { Span } from './span.ts'

/** Where an article came from and in which shape. */
export type InputFormat = 'text' | 'html' | 'feed' | 'jsonl'

/**
 * One article as read. `text` is the content exactly as read (decoded, nothing else changed):
 * every offset in every later annotation points into it.
 */
export interface Article {
  readonly kind: 'article'
  readonly id: string
  readonly text: string
  /** ISO date `YYYY-MM-DD`, or null when the input gives none */
  readonly date: string | null
  readonly title: string | null
  readonly outlet: string | null
  readonly url: string | null
  /** the input it was read from: a path, `path:line` or `<stdin>` */
  readonly input: string
  readonly format: InputFormat
  /** text that is metadata, not prose (a plain-text file's `date YYYY-MM-DD` header): NLP skips it */
  readonly header: Span | null
}

export type ArticleFields = Omit<Article, 'kind'>

export const article = (fields: ArticleFields): Article => ({ kind: 'article', ...fields })

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** A real calendar date `YYYY-MM-DD` (rejects 2023-02-30). */
export const isIsoDate = (s: string): boolean => {
  const m = ISO_DATE.exec(s)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const t = new Date(Date.UTC(y, mo - 1, d))
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d
}

/** Normalises a date-ish metadata value (ISO date or timestamp, RFC 822) to `YYYY-MM-DD`, or null. */
export const toIsoDate = (value: string | null | undefined): string | null => {
  if (value == null) return null
  const s = value.trim()
  if (s === '') return null
  const head = s.slice(0, 10)
  if (isIsoDate(head)) return head
  const t = Date.parse(s)
  if (Number.isNaN(t)) return null
  return new Date(t).toISOString().slice(0, 10)
}
