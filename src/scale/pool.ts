import { availableParallelism } from 'node:os'
import { Piscina } from 'piscina'
import type { Article, Doc, Message } from '../core/index.ts'
import { readInputs, type IngestItem, type ReadOptions } from '../ingest/index.ts'
import { processArticle } from '../pipeline.ts'
import type { ExtractTask } from './extract-task.ts'

/** Runs the pipeline on articles: in worker threads (piscina) or, with one worker, in this thread. */
export interface ExtractPool {
  readonly workers: number
  run(article: Article, notes: readonly Message[], keep: ExtractTask['keep']): Promise<Doc>
  close(): Promise<void>
}

export const defaultWorkers = (): number => availableParallelism()

const TASK = new URL('./extract-task.ts', import.meta.url).href
/** The TypeScript loader each worker thread registers (bin/ts-loader.mjs says why it is not tsx) */
const TS_REGISTER = new URL('../../bin/ts-register.mjs', import.meta.url).href

/**
 * A pool sized to the machine by default. Each worker loads the model and the dictionaries once
 * (about half a second) and then takes articles; the pipeline is CPU-bound, so one worker per core.
 */
export const createPool = (workers: number = defaultWorkers()): ExtractPool => {
  if (workers <= 1) {
    return { workers: 1, run: async (a, n) => processArticle(a, n), close: async () => {} }
  }
  // the sources are TypeScript: each worker thread registers the loader too
  const pool = new Piscina({ filename: TASK, minThreads: workers, maxThreads: workers, execArgv: ['--import', TS_REGISTER], idleTimeout: 60_000 })
  return {
    workers,
    run: (article, notes, keep) => pool.run({ article, notes, keep } satisfies ExtractTask) as Promise<Doc>,
    close: () => pool.destroy(),
  }
}

/**
 * Maps an async source through `fn` with up to `limit` calls in flight, yielding results in the
 * source's order (so output and storage order do not depend on which worker finished first).
 */
export async function* mapOrdered<T, R>(source: AsyncIterable<T>, fn: (item: T) => Promise<R> | R, limit: number): AsyncGenerator<R> {
  const inFlight: Promise<R>[] = []
  for await (const item of source) {
    const p = Promise.resolve(fn(item))
    // a failure is rethrown where it is awaited, in order; until then it is not "unhandled"
    p.catch(() => {})
    inFlight.push(p)
    if (inFlight.length >= limit) yield await inFlight.shift()!
  }
  while (inFlight.length) yield await inFlight.shift()!
}

export type Skipped = Extract<IngestItem, { kind: 'skip' }>

/**
 * Every input's articles through the pool, as documents in input order, with the inputs that
 * could not be read passed through as they are (the caller reports them).
 */
export const extractAll = (inputs: readonly string[], read: ReadOptions, pool: ExtractPool, keep: ExtractTask['keep']): AsyncGenerator<Doc | Skipped> =>
  mapOrdered<IngestItem, Doc | Skipped>(readInputs(inputs, read), (item) => (item.kind === 'skip' ? item : pool.run(item.article, item.notes, keep)), pool.workers * 2)
