import type { Doc } from '../core/index.ts'
import { findTimes } from './time/index.ts'

export { tokenize } from './tokenize.ts'
export { chunk } from './chunk.ts'
export { findTimes } from './time/index.ts'
export { wink } from './wink.ts'

/** Stage: time expressions in each sentence, resolved against the article's date. */
export const resolveTimes = (doc: Doc): Doc => ({
  ...doc,
  times: findTimes(
    doc.article.text,
    doc.article.date,
    doc.sentences.map((s) => s.span),
  ),
})
