import type { ActorMention, Doc } from '../core/index.ts'
import { articleOf } from '../../test/helpers.ts'
import { processArticle } from '../pipeline.ts'

/** Runs the pipeline over a text, for actor tests. */
export const docOf = (text: string, date: string | null = null): Doc =>
  processArticle(articleOf(text, date))

/** The mention whose text is exactly `words` (the first, or the n-th). */
export const mentionAt = (doc: Doc, words: string, nth = 0): ActorMention | undefined =>
  doc.mentions.filter((m) => doc.article.text.slice(m.span[0], m.span[1]) === words)[nth]
