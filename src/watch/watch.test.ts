import assert from 'node:assert/strict'
import { writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { tempDir } from '../../test/helpers.ts'
import { openStore, type Store } from '../store/index.ts'
import { isPrivateAddress, loadState, pollOnce, readFeedList, saveState, type WatchState } from './index.ts'

// A local HTTP server plays the web: a good feed with ETags, article pages (one failing), a
// redirect loop, an HTTP error, garbage, a server that never answers and an oversized response.
let server: Server
let base = ''
let store: Store
let dir = ''
let cleanup = async (): Promise<void> => {}
const seen: { url: string; headers: IncomingMessage['headers'] }[] = []

const PARA = 'Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing on Sunday for talks on trade and security, officials said. '
const page = (title: string) => `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>${`<p>${PARA}</p>`.repeat(6)}</article></body></html>`
const rss = () => `<?xml version="1.0"?><rss version="2.0"><channel><title>Local News</title>
<item><title>Blinken in Beijing</title><link>${base}/a1.html</link><guid>a1</guid><pubDate>Mon, 19 Jun 2023 08:00:00 GMT</pubDate><description>Blinken met Qin Gang.</description></item>
<item><title>Austin asks again</title><link>${base}/a2.html</link><guid>a2</guid><pubDate>Tue, 20 Jun 2023 08:00:00 GMT</pubDate><description>Defense Secretary Lloyd Austin made three requests to speak to General Li Shangfu, with no response.</description></item>
</channel></rss>`

before(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers })
    switch (req.url) {
      case '/good.xml':
        if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304).end()
        return res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end(rss())
      case '/a1.html':
        return res.writeHead(200, { 'content-type': 'text/html' }).end(page('Blinken in Beijing'))
      case '/a2.html':
        return res.writeHead(503).end('busy')
      case '/loop1':
        return res.writeHead(302, { location: '/loop2' }).end()
      case '/loop2':
        return res.writeHead(302, { location: '/loop1' }).end()
      case '/error':
        return res.writeHead(500).end('oops')
      case '/garbage':
        return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('this is <<< not a feed \u0000 at all')
      case '/slow':
        return // never answers
      case '/huge':
        return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss>' + 'x'.repeat(2_000_000) + '</rss>')
      default:
        return res.writeHead(404).end()
    }
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  ;({ dir, cleanup } = await tempDir())
  store = await openStore({ data: join(dir, 'data'), url: '' })
})
after(async () => {
  server.closeAllConnections()
  server.close()
  await store.close()
  await cleanup()
})

const FEEDS = () => ['/good.xml', '/loop1', '/error', '/garbage', '/slow', '/huge'].map((p) => base + p)
const opts = { allowPrivate: true, maxBytes: 100_000, timeoutMs: 800 }

test('a round survives every failing feed, stores the good feed\'s items and reports each feed\'s health', async () => {
  const state: WatchState = { feeds: {} }
  const health = await pollOnce(store, FEEDS(), state, opts)
  const by = (p: string) => health.find((h) => h.url === base + p)!
  assert.deepEqual([by('/good.xml').status, by('/good.xml').items, by('/good.xml').stored], ['ok', 2, 2])
  assert.match(by('/loop1').error ?? '', /redirect loop/)
  assert.match(by('/error').error ?? '', /HTTP 500/)
  assert.match(by('/garbage').error ?? '', /not a readable feed/)
  assert.match(by('/slow').error ?? '', /timed out after 800 ms/)
  assert.match(by('/huge').error ?? '', /cut off|over the/)
  // the page that failed fell back to the feed's own text; the other was read from its page
  const a1 = await store.db.selectFrom('articles').select(['text', 'outlet', 'date']).where('id', 'like', '%a1%').executeTakeFirstOrThrow()
  assert.ok(a1.text.length > 500 && a1.text.includes('Qin Gang'))
  const a2 = await store.db.selectFrom('articles').select('text').where('id', 'like', '%a2%').executeTakeFirstOrThrow()
  assert.match(a2.text, /three requests/)

  // the next round asks conditionally and gets 304; failing feeds count their failures
  const path = join(dir, 'watch-state.json')
  await saveState(path, state)
  const again = await pollOnce(store, FEEDS(), loadState(path), opts)
  const good = again.find((h) => h.url === base + '/good.xml')!
  assert.deepEqual([good.status, good.httpStatus, good.stored], ['not-modified', 304, 0])
  assert.equal(seen.filter((s) => s.url === '/good.xml').at(-1)?.headers['if-none-match'], '"v1"')
  assert.equal(again.find((h) => h.url === base + '/error')!.consecutiveFailures, 2)
})

test('private and loopback addresses are refused unless allowed', async () => {
  const [h] = await pollOnce(store, [`${base}/good.xml`], { feeds: {} }, { ...opts, allowPrivate: false })
  assert.equal(h?.status, 'error')
  assert.match(h?.error ?? '', /private or loopback address \(127\.0\.0\.1\).*--allow-private/)
  for (const ip of ['127.0.0.1', '10.1.2.3', '192.168.0.1', '172.16.5.5', '169.254.169.254', '::1', 'fd00::1', '::ffff:127.0.0.1', '0.0.0.0']) assert.ok(isPrivateAddress(ip), ip)
  for (const ip of ['8.8.8.8', '1.1.1.1', '2606:4700::1111', '172.32.0.1']) assert.ok(!isPrivateAddress(ip), ip)
})

test('feeds files: OPML or one URL a line; a bad URL is named with its line', async () => {
  const opml = join(dir, 'feeds.opml')
  writeFileSync(opml, `<?xml version="1.0"?><opml version="2.0"><body><outline text="A" xmlUrl="https://example.org/a.xml"/><outline text="g"><outline xmlUrl="https://example.org/b.rss"/></outline></body></opml>`)
  assert.deepEqual(await readFeedList(opml), ['https://example.org/a.xml', 'https://example.org/b.rss'])
  const txt = join(dir, 'feeds.txt')
  writeFileSync(txt, '# news\nhttps://example.org/a.xml\n\nftp://example.org/x\n')
  await assert.rejects(readFeedList(txt), /feeds\.txt:4: "ftp:\/\/example\.org\/x" is not a feed URL/)
})
