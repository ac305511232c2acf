import type { Article, Message } from '../core/index.ts'

/** What a reader yields: an article read (with any warnings about it), or an input skipped. */
export type IngestItem =
  | { readonly kind: 'read'; readonly article: Article; readonly notes: readonly Message[] }
  | { readonly kind: 'skip'; readonly problem: Message }

export const read = (article: Article, notes: readonly Message[] = []): IngestItem => ({ kind: 'read', article, notes })
export const skip = (problem: Message): IngestItem => ({ kind: 'skip', problem })
