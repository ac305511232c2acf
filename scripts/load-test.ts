// `npm run load-test [-- seconds]`: the API under 50 concurrent clients on loopback (autocannon),
// bounded in time, over a store holding the bundled sample: throughput, p99 latency and errors
// per endpoint. Figures go in docs/reliability.md.
import { serve } from '@hono/node-server'
import autocannon from 'autocannon'
import { mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer } from '../src/api/index.ts'
import { ingest } from '../src/cli/ingest-command.ts'
import { openStore } from '../src/store/index.ts'

const seconds = Number(process.argv[2] ?? 10)
const dir = mkdtempSync(join(tmpdir(), 'overture-load-'))
const store = await openStore({ data: join(dir, 'data'), url: '' })
await ingest(store, { inputs: ['data/sample/wh-readouts-sample.jsonl'], read: { maxArticleBytes: 5_000_000 }, quiet: true })
const server = serve({ fetch: createServer({ store, webDir: null }).fetch, hostname: '127.0.0.1', port: 0 })
await new Promise((r) => server.once('listening', r))
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
const article = (await (await fetch(`${base}/api/search?q=call`)).json()) as { id: string }[]
const paths = [
  ['events of a dyad', '/api/events?country=USA&counterpart=ISR'],
  ['channel board', '/api/channels?a=USA&b=ISR'],
  ['article', `/api/articles/${encodeURIComponent(article[0]!.id)}`],
  ['full-text search', '/api/search?q=%22phone%20call%22%20security'],
  ['analyse posted text', '/api/extract'],
] as const
console.log(`load: ${seconds} s per endpoint, 50 connections, loopback, PGlite store of ${article.length ? 236 : 0} readouts`)
console.log('| endpoint | requests/s | p50 ms | p99 ms | errors | non-2xx |')
console.log('|---|---|---|---|---|---|')
for (const [name, path] of paths) {
  const post = path === '/api/extract'
  const r = await autocannon({
    url: base + path,
    connections: 50,
    duration: seconds,
    ...(post ? { method: 'POST' as const, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Monday, officials said. Defense Secretary Lloyd Austin made three requests to speak to General Xu Qiliang with no response.', date: '2023-06-19' }) } : {}),
  })
  console.log(`| ${name} (${post ? 'POST ' : 'GET '}${path.split('?')[0]}) | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${r.errors + r.timeouts} | ${r.non2xx} |`)
}
server.close()
await store.close()
rmSync(dir, { recursive: true, force: true })
