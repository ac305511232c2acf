import { formatMessage } from '../core/index.ts'
import type { ReadOptions } from '../ingest/index.ts'
import { failed } from '../pipeline.ts'
import { createPool, extractAll } from '../scale/index.ts'
import { saveArticle, storeCounts, type Store } from '../store/index.ts'
import { progress, reporter } from './progress.ts'

export interface IngestOptions {
  readonly inputs: readonly string[]
  readonly read: ReadOptions
  readonly quiet: boolean
  /** a line per article once it is committed: "stored ID: N events" */
  readonly verbose?: boolean
  /** extraction threads (default 1: in this thread) */
  readonly workers?: number
}

export interface IngestSummary {
  readonly read: number
  readonly stored: number
  /** already in the store (same id or same text): nothing changed */
  readonly unchanged: number
  readonly skipped: number
  readonly warnings: number
  readonly events: number
  readonly fused: number
  readonly seconds: number
  /** seconds spent in the database (the rest is reading and extraction) */
  readonly dbSeconds: number
}

/**
 * `overture ingest`: reads every input, runs the pipeline and stores each article with its
 * mentions and events in one transaction (store/articles-repo.ts). A bad article is reported and
 * skipped; the batch goes on. Articles are stored as they come, so an interrupted run keeps
 * every article it committed.
 */
export const ingest = async (store: Store, opts: IngestOptions): Promise<IngestSummary> => {
  const started = performance.now()
  const bar = progress('ingest', !opts.quiet && Boolean(process.stderr.isTTY))
  let read = 0
  let stored = 0
  let unchanged = 0
  let events = 0
  let fused = 0
  let dbMs = 0
  const problems = reporter(bar, opts.quiet, formatMessage)
  const report = problems.report
  const pool = createPool(opts.workers ?? 1)
  try {
    // extraction runs ahead in the pool; articles are stored one by one, in input order
    for await (const item of extractAll(opts.inputs, opts.read, pool, 'store')) {
      if (item.kind === 'skip') {
        report(item.problem)
      } else {
        read++
        const doc = item
        for (const m of doc.messages) report(m)
        if (!failed(doc)) {
          const t = performance.now()
          const r = await saveArticle(store.db, doc)
          dbMs += performance.now() - t
          if (opts.verbose) bar.log(`${r.status} ${r.article}: ${r.events} events`)
          if (r.status === 'stored') {
            stored++
            events += r.events
            fused += r.fused
          } else unchanged++
        }
      }
      bar.tick(stored + unchanged, problems.skipped)
    }
  } finally {
    bar.stop()
    await pool.close()
  }
  return { read, stored, unchanged, skipped: problems.skipped, warnings: problems.warnings, events, fused, seconds: (performance.now() - started) / 1000, dbSeconds: dbMs / 1000 }
}

export const ingestSummaryLine = (s: IngestSummary, where: string): string =>
  `ingest: ${s.stored} articles stored, ${s.unchanged} already stored, ${s.skipped} skipped; ${s.events} events (${s.fused} fused with other articles' reports) ` +
  `in ${s.seconds.toFixed(1)} s (${s.seconds > 0 ? Math.round((s.stored + s.unchanged) / s.seconds) : 0} articles/s, ${s.seconds > 0 ? Math.round((100 * s.dbSeconds) / s.seconds) : 0} % in the database); store: ${where}`

export { storeCounts }
