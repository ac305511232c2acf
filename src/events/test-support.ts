import type { Doc, EventAnnotation } from '../core/index.ts'
import { articleOf } from '../../test/helpers.ts'
import { processArticle } from '../pipeline.ts'

export const eventsOf = (text: string, date: string | null = '2023-06-16'): { doc: Doc; events: readonly EventAnnotation[] } => {
  const doc = processArticle(articleOf(text, date))
  return { doc, events: doc.events }
}

/** The words an event's span points at. */
export const words = (doc: Doc, span: readonly [number, number] | null): string | null => (span ? doc.article.text.slice(span[0], span[1]) : null)
