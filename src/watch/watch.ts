import { existsSync, readFileSync } from 'node:fs'
import { rename, writeFile } from 'node:fs/promises'
import { article, type Article } from '../core/index.ts'
import { decode, parseHtml, readFeed } from '../ingest/index.ts'
import { failed, processArticle } from '../pipeline.ts'
import { saveArticle, type Store } from '../store/index.ts'
import { safeFetch, type FetchOptions } from './safe-fetch.ts'

/** How a feed fared in the last round, and over time. */
export interface FeedHealth {
  readonly url: string
  readonly status: 'ok' | 'not-modified' | 'error'
  readonly httpStatus: number | null
  readonly items: number
  readonly stored: number
  readonly error: string | null
  readonly consecutiveFailures: number
  readonly lastOk: string | null
  readonly lastChecked: string
}

interface FeedState {
  etag?: string
  lastModified?: string
  /** item keys (link or id) already stored or unusable, newest last, capped */
  seen: string[]
  health?: FeedHealth
}

export interface WatchState {
  feeds: Record<string, FeedState>
}

const SEEN_CAP = 5000

export const loadState = (path: string): WatchState => {
  if (!existsSync(path)) return { feeds: {} }
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as WatchState
  } catch {
    // a damaged state only costs conditional requests and re-reading items (storing is idempotent)
    return { feeds: {} }
  }
}

/** Written beside and renamed: a crash never leaves half a state file. */
export const saveState = async (path: string, state: WatchState): Promise<void> => {
  await writeFile(`${path}.partial`, JSON.stringify(state))
  await rename(`${path}.partial`, path)
}

const asChunks = async function* (bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes
}

/**
 * One round over the feeds: a conditional request per feed (ETag, Last-Modified); for each new
 * item, its page is fetched and its main text extracted (the item's own text when the page cannot
 * be had), then extracted and stored. Each feed's failure is its own: timeouts, redirect loops,
 * HTTP errors and garbage are recorded in its health and the round goes on.
 */
export const pollOnce = async (store: Store, feeds: readonly string[], state: WatchState, o: FetchOptions, log: (line: string) => void = () => {}): Promise<FeedHealth[]> => {
  const out: FeedHealth[] = []
  for (const url of feeds) {
    const fs = (state.feeds[url] ??= { seen: [] })
    const prev = fs.health
    const now = new Date().toISOString()
    const health = (h: Omit<FeedHealth, 'url' | 'lastChecked' | 'consecutiveFailures' | 'lastOk'>): FeedHealth => {
      const ok = h.status !== 'error'
      const r: FeedHealth = { url, lastChecked: now, consecutiveFailures: ok ? 0 : (prev?.consecutiveFailures ?? 0) + 1, lastOk: ok ? now : (prev?.lastOk ?? null), ...h }
      fs.health = r
      return r
    }
    try {
      const headers: Record<string, string> = { accept: 'application/rss+xml, application/atom+xml, application/xml, text/xml;q=0.9, */*;q=0.5' }
      if (fs.etag) headers['if-none-match'] = fs.etag
      if (fs.lastModified) headers['if-modified-since'] = fs.lastModified
      const res = await safeFetch(url, { ...o, headers })
      if (res.status === 304) {
        out.push(health({ status: 'not-modified', httpStatus: 304, items: 0, stored: 0, error: null }))
        continue
      }
      if (res.status < 200 || res.status >= 300) {
        out.push(health({ status: 'error', httpStatus: res.status, items: 0, stored: 0, error: `HTTP ${res.status}` }))
        continue
      }
      const items: Article[] = []
      const problems: string[] = []
      for await (const item of readFeed(asChunks(res.body), url, new URL(url).hostname, { maxArticleBytes: o.maxBytes })) {
        if (item.kind === 'read') items.push(item.article)
        else problems.push(item.problem.reason)
      }
      if (items.length === 0 && problems.length > 0) {
        out.push(health({ status: 'error', httpStatus: res.status, items: 0, stored: 0, error: `not a readable feed: ${problems[0]}` }))
        continue
      }
      let stored = 0
      for (const item of items) {
        const key = item.url ?? item.id
        if (fs.seen.includes(key)) continue
        const a = await pageArticle(item, o, log)
        if (a) {
          const doc = processArticle(a)
          if (!failed(doc) && (await saveArticle(store.db, doc)).status === 'stored') {
            stored++
            log(`stored ${a.id} from ${url}`)
          }
        }
        fs.seen.push(key)
      }
      if (fs.seen.length > SEEN_CAP) fs.seen.splice(0, fs.seen.length - SEEN_CAP)
      // validators are kept only once the items are in: a crash before this re-reads the feed
      const etag = res.headers.get('etag')
      const lastModified = res.headers.get('last-modified')
      if (etag) fs.etag = etag
      if (lastModified) fs.lastModified = lastModified
      out.push(health({ status: 'ok', httpStatus: res.status, items: items.length, stored, error: null }))
    } catch (e) {
      const err = e as Error
      const reason = err.name === 'TimeoutError' || err.name === 'AbortError' ? `timed out after ${o.timeoutMs} ms` : err.message
      out.push(health({ status: 'error', httpStatus: null, items: 0, stored: 0, error: reason }))
    }
  }
  return out
}

/** The item's page, read with Readability; the feed's own text when the page cannot be had. */
const pageArticle = async (item: Article, o: FetchOptions, log: (line: string) => void): Promise<Article | null> => {
  const fallback = item.text.trim() ? item : null
  if (!item.url) return fallback
  try {
    const res = await safeFetch(item.url, { ...o, headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' } })
    if (res.status !== 200) throw new Error(`HTTP ${res.status}`)
    const d = decode(res.body, item.url)
    if (!d.ok) throw new Error(d.problem.reason)
    const page = parseHtml(d.text, item.id, item.url, res.url)
    if (!page.ok) throw new Error(page.problem.reason)
    const p = page.article
    return article({ ...p, id: item.id, date: p.date ?? item.date, title: p.title ?? item.title, outlet: item.outlet ?? p.outlet, url: item.url })
  } catch (e) {
    log(`${item.url}: page not read (${(e as Error).message}); ${fallback ? "using the feed's text" : 'skipped'}`)
    return fallback
  }
}

/** "15m", "30s", "1h", "90" (seconds) → milliseconds. */
export const parseEvery = (v: string): number => {
  const m = /^(\d+(?:\.\d+)?)\s*(s|m|h)?$/i.exec(v.trim())
  if (!m) throw new Error(`not a duration: "${v}" (e.g. 30s, 15m, 1h)`)
  const n = Number(m[1]) * ({ s: 1, m: 60, h: 3600 }[(m[2] ?? 's').toLowerCase() as 's' | 'm' | 'h'])
  if (n < 1) throw new Error(`"${v}" is shorter than a second`)
  return n * 1000
}
