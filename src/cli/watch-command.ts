import { join } from 'node:path'
import { storeTarget, type StoreOptions } from '../store/index.ts'
import { loadState, pollOnce, readFeedList, saveState, type FeedHealth } from '../watch/index.ts'
import { withStore } from './store-commands.ts'

export interface WatchOptions {
  readonly everyMs: number
  readonly once: boolean
  readonly allowPrivate: boolean
  readonly maxBytes: number
  readonly timeoutMs: number
  readonly state?: string | undefined
  readonly verbose: boolean
}

export const healthTable = (rows: readonly FeedHealth[]): string =>
  rows
    .map((h) => `${h.status.padEnd(12)} ${String(h.httpStatus ?? '—').padEnd(4)} ${`${h.stored}/${h.items}`.padEnd(8)} ${h.consecutiveFailures > 0 ? `failing ×${h.consecutiveFailures}` : ''.padEnd(0)} ${h.url}${h.error ? `  — ${h.error}` : ''}`)
    .join('\n')

/**
 * `overture watch`: polls the feeds every interval (or once), stores new articles, prints each
 * feed's health after each round and keeps the feeds' validators and seen items in a state file
 * beside the data directory. SIGINT/SIGTERM stops after the current round.
 */
export const watch = async (feedsFile: string, so: StoreOptions, o: WatchOptions): Promise<FeedHealth[]> => {
  const feeds = await readFeedList(feedsFile)
  const target = storeTarget(so)
  const statePath = o.state ?? join(target.engine === 'pglite' ? target.where : process.cwd(), 'watch-state.json')
  const state = loadState(statePath)
  let stopping = false
  let wake: (() => void) | null = null
  const stop = (): void => {
    stopping = true
    wake?.()
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  let last: FeedHealth[] = []
  await withStore(so, async (store) => {
    process.stderr.write(`watch: ${feeds.length} feeds, ${o.once ? 'one round' : `every ${Math.round(o.everyMs / 1000)} s`}; store: ${store.where}; state: ${statePath}\n`)
    while (!stopping) {
      last = await pollOnce(store, feeds, state, { allowPrivate: o.allowPrivate, maxBytes: o.maxBytes, timeoutMs: o.timeoutMs }, o.verbose ? (l) => process.stderr.write(`${l}\n`) : undefined)
      await saveState(statePath, state)
      const stored = last.reduce((n, h) => n + h.stored, 0)
      process.stderr.write(`watch round ${new Date().toISOString()}: ${stored} articles stored; ${last.filter((h) => h.status === 'error').length} feeds failing\n${healthTable(last)}\n`)
      if (o.once || stopping) break
      await new Promise<void>((resolve) => {
        wake = resolve
        setTimeout(resolve, o.everyMs).unref()
      })
    }
  })
  process.removeListener('SIGINT', stop)
  process.removeListener('SIGTERM', stop)
  return last
}
