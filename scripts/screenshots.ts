// `npm run screenshots`: serves a store holding the seeds and the bundled sample and saves a
// screenshot of each view, at 1280×800 and at phone width, under docs/screenshots/.
import { serve } from '@hono/node-server'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import { createServer, webBuilt } from '../src/api/index.ts'
import { ingest } from '../src/cli/ingest-command.ts'
import { openStore } from '../src/store/index.ts'
import { launch } from '../test/browser.ts'

if (!webBuilt()) {
  console.error('screenshots: build the UI first (npm run build:web)')
  process.exit(2)
}
const dir = mkdtempSync(join(tmpdir(), 'overture-shots-'))
const store = await openStore({ data: join(dir, 'data'), url: '' })
await ingest(store, { inputs: ['../shared/corpus/seeds', 'data/sample/wh-readouts-sample.jsonl'], read: { maxArticleBytes: 5_000_000 }, quiet: true })
const server = serve({ fetch: createServer({ store }).fetch, hostname: '127.0.0.1', port: 0 })
await new Promise((r) => server.once('listening', r))
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
const out = 'docs/screenshots'
mkdirSync(out, { recursive: true })
const browser = await launch()
const views: [string, string, string][] = [
  ['board', '#/board?a=USA&b=CHN', '.channel'],
  ['timeline', '#/timeline?a=USA&b=CHN', '.event'],
  ['article', '#/article/004_bf467fc1274fd481', 'mark.hl-trigger'],
  ['actor', '#/actor/CHN', '.graph canvas'],
  ['analyse', '#/analyse', 'textarea'],
  ['search', '#/search?q=balloon', '.hits li'],
]
try {
  for (const [width, height, suffix] of [[1280, 800, ''], [390, 844, '-phone']] as const) {
    const page = await browser.newPage({ viewport: { width, height } })
    for (const [name, hash, ready] of views) {
      await page.goto(base + hash)
      await page.waitForSelector(ready, { timeout: 15_000 })
      if (name === 'article') await page.click('.event-list a >> nth=0')
      if (name === 'analyse') {
        await page.fill('textarea', 'Defense Secretary Lloyd Austin made three requests to speak to General Xu Qiliang, with no response, a U.S. defense official told the Financial Times on Friday.')
        await page.click('button[type=submit]')
        await page.waitForSelector('mark.hl-trigger')
        await page.click('.event-list a >> nth=0')
      }
      await page.waitForTimeout(300)
      await page.screenshot({ path: `${out}/${name}${suffix}.png`, fullPage: false })
      console.log(`${out}/${name}${suffix}.png`)
    }
    await page.close()
  }
} finally {
  await browser.close()
  server.close()
  await store.close()
  rmSync(dir, { recursive: true, force: true })
}
