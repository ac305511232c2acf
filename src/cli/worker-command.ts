import type PgBoss from 'pg-boss'
import { formatMessage } from '../core/index.ts'
import { readInputs, type ReadOptions } from '../ingest/index.ts'
import { failed } from '../pipeline.ts'
import { articleOfJob, createPool, enqueue, openQueue, QUEUE, type ArticleJob } from '../scale/index.ts'
import { openStore, saveArticle, type StoreOptions } from '../store/index.ts'

/** `overture ingest --queue`: reads the inputs and enqueues each article for the workers. */
export const enqueueInputs = async (inputs: readonly string[], read: ReadOptions): Promise<{ queued: number; skipped: number }> => {
  const boss = await openQueue(process.env.DATABASE_URL)
  let queued = 0
  let skipped = 0
  try {
    for await (const item of readInputs(inputs, read)) {
      if (item.kind === 'skip') {
        skipped++
        process.stderr.write(`${formatMessage(item.problem)}\n`)
        continue
      }
      await enqueue(boss, item.article, item.notes)
      queued++
    }
  } finally {
    await boss.stop({ graceful: true, wait: true })
  }
  return { queued, skipped }
}

export interface WorkerOptions {
  readonly workers: number
  readonly verbose: boolean
  /** stop once the queue is empty and nothing is in hand (batch use) */
  readonly exitWhenIdle: boolean
}

/**
 * `overture worker`: takes articles from the queue, extracts and stores each (one transaction,
 * idempotent), until SIGINT/SIGTERM — or, with exitWhenIdle, until the queue is empty. A job that
 * fails is retried by the queue; a bad article is reported and completed, not retried forever.
 */
export const runWorker = async (o: StoreOptions, w: WorkerOptions): Promise<{ stored: number; unchanged: number; bad: number }> => {
  const store = await openStore({ ...o, onNote: (l) => process.stderr.write(`${l}\n`) })
  let boss: PgBoss | null = null
  const pool = createPool(w.workers)
  let inHand = 0
  const counts = { stored: 0, unchanged: 0, bad: 0 }
  try {
    boss = await openQueue(process.env.DATABASE_URL)
    // pg-boss waits its polling interval between fetches, so jobs come in batches; a batch whose
    // worker dies expires whole and is retried (storing is idempotent)
    const handle = async (jobs: PgBoss.Job<ArticleJob>[]): Promise<void> => {
      for (const job of jobs) await handleOne(job)
    }
    const handleOne = async (job: PgBoss.Job<ArticleJob>): Promise<void> => {
      inHand++
      try {
        const doc = await pool.run(articleOfJob(job.data), job.data.notes, 'store')
        if (failed(doc)) {
          counts.bad++
          for (const m of doc.messages) process.stderr.write(`${formatMessage(m)}\n`)
          return
        }
        const r = await saveArticle(store.db, doc)
        counts[r.status]++
        if (w.verbose) process.stderr.write(`${r.status} ${r.article}: ${r.events} events\n`)
      } finally {
        inHand--
      }
    }
    for (let i = 0; i < Math.max(1, pool.workers); i++) await boss.work<ArticleJob>(QUEUE, { batchSize: 8, pollingIntervalSeconds: 0.5 }, handle)
    process.stderr.write(`worker: taking articles from the queue (${pool.workers} thread${pool.workers === 1 ? '' : 's'}); store: ${store.where}\n`)
    await new Promise<void>((resolve) => {
      const stop = (): void => resolve()
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
      if (w.exitWhenIdle) {
        let idle = 0
        const timer = setInterval(() => {
          void boss!.getQueueSize(QUEUE).then((n) => {
            idle = n === 0 && inHand === 0 ? idle + 1 : 0
            if (idle >= 3) {
              clearInterval(timer)
              resolve()
            }
          })
        }, 1000)
      }
    })
  } finally {
    await boss?.stop({ graceful: true, wait: true }).catch(() => {})
    await pool.close()
    await store.close()
  }
  process.stderr.write(`worker: ${counts.stored} stored, ${counts.unchanged} already stored, ${counts.bad} bad\n`)
  return counts
}
