import type { Article, Doc, Message } from '../core/index.ts'
import { processArticle } from '../pipeline.ts'

/** What a worker is asked: one article, and how much of the document to send back. */
export interface ExtractTask {
  readonly article: Article
  readonly notes: readonly Message[]
  /** `store`: what storing and event output need (no tokens or chunks: less to copy between threads) */
  readonly keep: 'all' | 'store'
}

/** The pipeline on one article, in a worker thread (piscina calls the default export). */
const extractTask = (t: ExtractTask): Doc => {
  const doc = processArticle(t.article, t.notes)
  return t.keep === 'all' ? doc : { ...doc, tokens: [], chunks: [] }
}

export default extractTask
