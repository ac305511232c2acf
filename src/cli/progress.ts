import type { Message } from '../core/index.ts'
import cliProgress from 'cli-progress'

/**
 * Progress on stderr while a long input streams, only when stderr is a terminal (a log file or
 * CI gets just the summary line). Messages are printed above the bar so it is not torn.
 */
export interface Progress {
  tick(articles: number, skipped: number): void
  log(line: string): void
  stop(): void
}

export const progress = (label: string, enabled = Boolean(process.stderr.isTTY)): Progress => {
  if (!enabled) {
    return { tick: () => {}, log: (line) => process.stderr.write(`${line}\n`), stop: () => {} }
  }
  const multi = new cliProgress.MultiBar(
    {
      stream: process.stderr,
      format: `${label} {articles} articles | {rate}/s | {skipped} skipped | {elapsed}s`,
      hideCursor: true,
      clearOnComplete: true,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  )
  const started = Date.now()
  const bar = multi.create(0, 0, { articles: 0, rate: 0, skipped: 0, elapsed: 0 })
  return {
    tick: (articles, skipped) => {
      const elapsed = (Date.now() - started) / 1000
      bar.update(0, { articles, skipped, rate: elapsed > 0 ? Math.round(articles / elapsed) : 0, elapsed: elapsed.toFixed(0) })
    },
    log: (line) => multi.log(`${line}\n`),
    stop: () => multi.stop(),
  }
}

/** Problems of a batch: each printed (errors even when quiet) and counted. */
export interface Reporter {
  report(m: Message): void
  readonly skipped: number
  readonly warnings: number
}

export const reporter = (bar: Progress, quiet: boolean, format: (m: Message) => string): Reporter => {
  let skipped = 0
  let warnings = 0
  return {
    report: (m) => {
      if (m.severity === 'error') skipped++
      else if (m.severity === 'warning') warnings++
      if (!quiet || m.severity === 'error') bar.log(format(m))
    },
    get skipped() {
      return skipped
    },
    get warnings() {
      return warnings
    },
  }
}
