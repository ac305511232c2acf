import { createWriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { once } from 'node:events'
import type { Writable } from 'node:stream'
import { formatMessage } from '../core/index.ts'
import type { ReadOptions } from '../ingest/index.ts'
import { failed } from '../pipeline.ts'
import { createPool, extractAll } from '../scale/index.ts'
import { render, type OutputFormat } from './format.ts'
import { progress, reporter } from './progress.ts'

export interface ExtractOptions {
  readonly inputs: readonly string[]
  readonly out: string | null
  readonly format: OutputFormat
  readonly read: ReadOptions
  readonly quiet: boolean
  /** extraction threads (default 1: in this thread) */
  readonly workers?: number
}

export interface ExtractSummary {
  readonly articles: number
  readonly skipped: number
  readonly warnings: number
  readonly sentences: number
  readonly times: number
  readonly events: number
  readonly seconds: number
}

/**
 * `overture extract`: reads every input, runs the pipeline on each article and writes one record
 * per article. Output to a file is written beside it as `FILE.partial` and renamed when complete,
 * so an interrupted run never leaves a file that looks whole.
 */
export const extract = async (opts: ExtractOptions, stdout: Writable = process.stdout): Promise<ExtractSummary> => {
  const started = performance.now()
  const partial = opts.out ? `${opts.out}.partial` : null
  const out: Writable = partial ? createWriteStream(partial) : stdout
  const bar = progress('extract', !opts.quiet && Boolean(process.stderr.isTTY))
  let articles = 0
  let sentences = 0
  let times = 0
  let events = 0
  const problems = reporter(bar, opts.quiet, formatMessage)
  const report = problems.report
  const write = async (s: string): Promise<void> => {
    if (!out.write(s)) await once(out, 'drain')
  }
  const pool = createPool(opts.workers ?? 1)
  try {
    const keep = opts.format === 'articles' ? 'all' : 'store'
    for await (const item of extractAll(opts.inputs, opts.read, pool, keep)) {
      if (item.kind === 'skip') {
        report(item.problem)
      } else {
        const doc = item
        for (const m of doc.messages) report(m)
        if (!failed(doc)) {
          articles++
          sentences += doc.sentences.length
          times += doc.times.length
          events += doc.events.length
          await write(render(doc, opts.format))
        }
      }
      bar.tick(articles, problems.skipped)
    }
  } finally {
    bar.stop()
    await pool.close()
    if (partial) {
      out.end()
      await once(out, 'finish')
    }
  }
  if (partial && opts.out) await rename(partial, opts.out).catch(async (e) => {
    await rm(partial, { force: true })
    throw e
  })
  return { articles, skipped: problems.skipped, warnings: problems.warnings, sentences, times, events, seconds: (performance.now() - started) / 1000 }
}

export const summaryLine = (s: ExtractSummary): string =>
  `extract: ${s.articles} articles, ${s.events} events, ${s.sentences} sentences, ${s.times} time expressions in ${s.seconds.toFixed(1)} s` +
  ` (${s.seconds > 0 ? Math.round(s.articles / s.seconds) : s.articles} articles/s); ${s.skipped} skipped, ${s.warnings} warnings`
