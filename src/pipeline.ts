import { message, newDoc, type Article, type Doc, type Message, type Stage } from './core/index.ts'
import { resolveActors } from './actors/index.ts'
import { extractEvents } from './events/index.ts'
import { chunk, resolveTimes, tokenize } from './nlp/index.ts'

/**
 * The stage order, written out once. Each stage takes the document and returns it with its own
 * annotations added; data flows one way.
 */
export const STAGES: readonly (readonly [name: string, stage: Stage])[] = [
  ['tokenize', tokenize],
  ['chunk', chunk],
  ['times', resolveTimes],
  ['actors', resolveActors],
  ['events', extractEvents],
]

/**
 * Runs every stage over one article. A stage that fails on this article's content turns into an
 * error message on the document (with the stage named) instead of stopping a batch.
 */
export const processArticle = (article: Article, notes: readonly Message[] = []): Doc => {
  let doc = newDoc(article, notes)
  for (const [name, stage] of STAGES) {
    try {
      doc = stage(doc)
    } catch (e) {
      const reason = `stage "${name}" failed on this article: ${(e as Error).message}`
      return { ...doc, messages: [...doc.messages, message('error', 'stage-failed', article.input, reason)] }
    }
  }
  return doc
}

/** True when a document carries an error: it is reported and counted as skipped. */
export const failed = (doc: Doc): boolean => doc.messages.some((m) => m.severity === 'error')
