import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { serve, type ServerType } from '@hono/node-server'
import type { Browser, Page } from 'playwright-core'
import { createServer, webBuilt } from '../../src/api/index.ts'
import { ingest } from '../../src/cli/ingest-command.ts'
import { openStore, type Store } from '../../src/store/index.ts'
import { CHROMIUM, launch, NO_CHROMIUM } from '../browser.ts'
import { tempDir } from '../helpers.ts'
import { FUSION_ARTICLES } from '../store-suite.ts'

// End to end in headless Chromium (Debian's, driven by playwright-core): the built UI over a real
// store, served by the same server `overture serve` runs.
const skip = CHROMIUM ? false : NO_CHROMIUM

const HOSTILE = {
  id: 'hostile',
  outlet: 'Attacker Daily',
  date: '2023-06-21',
  url: 'javascript:window.__pwned=3',
  title: '<img src=x onerror="window.__pwned=4">Headline',
  text: 'Lloyd Austin met Li Shangfu in Singapore on Friday. <script>window.__pwned = 1</script> <img src=x onerror="window.__pwned=2"> <a href="javascript:window.__pwned=5">click me</a> The talks went well.',
}

let store: Store
let server: ServerType
let browser: Browser
let base = ''
let cleanup = async (): Promise<void> => {}

before(async () => {
  if (skip) return
  if (!webBuilt()) {
    const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { encoding: 'utf8' })
    assert.equal(r.status, 0, `vite build failed: ${r.stderr}`)
  }
  const t = await tempDir()
  cleanup = t.cleanup
  writeFileSync(join(t.dir, 'a.jsonl'), [...FUSION_ARTICLES, HOSTILE].map((r) => JSON.stringify(r)).join('\n') + '\n')
  store = await openStore({ data: join(t.dir, 'data'), url: '' })
  await ingest(store, { inputs: [join(t.dir, 'a.jsonl')], read: { maxArticleBytes: 5_000_000 }, quiet: true })
  server = serve({ fetch: createServer({ store }).fetch, hostname: '127.0.0.1', port: 0 })
  await new Promise((r) => server.once('listening', r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  browser = await launch()
})
after(async () => {
  if (skip) return
  await browser?.close()
  server?.close()
  await store?.close()
  await cleanup()
})

const page = async (width = 1280, height = 800): Promise<{ p: Page; problems: string[] }> => {
  const p = await browser.newPage({ viewport: { width, height } })
  const problems: string[] = []
  p.on('console', (m) => m.type() === 'error' && problems.push(m.text()))
  p.on('pageerror', (e) => problems.push(e.message))
  return { p, problems }
}

test('board → channel timeline → article: the highlighted spans are the right words', { skip }, async () => {
  const { p, problems } = await page()
  const res = await p.goto(base)
  assert.match(res?.headers()['content-security-policy'] ?? '', /script-src 'self'/)
  await p.waitForSelector('.channel')
  assert.match(await p.textContent('h2') ?? '', /CHN ↔ USA/)
  const mil = p.locator('.channel h3 a', { hasText: 'MIL minister' })
  assert.equal(await mil.count(), 1)
  assert.match((await p.locator('.channel', { has: p.locator('h3 a', { hasText: 'MIL minister' }) }).textContent()) ?? '', /Lloyd Austin → Li Shangfu ×3 — no answer/)
  await mil.click()
  await p.waitForSelector('.event')
  assert.match(p.url(), /#\/timeline\?.*channel=CHN(\+|%20)MIL(\+|%20)minister/)
  // the channel's events only: Austin's requests and his meeting (from the hostile article), no GOV contact
  assert.equal(await p.locator('.event').count(), 2)
  assert.equal(await p.locator('.event', { hasText: 'Blinken' }).count(), 0)
  const rows = p.locator('.event', { hasText: 'REQUEST' })
  assert.match((await rows.first().getAttribute('class')) ?? '', /g-verbal-conflict m-asserted/)
  await rows.first().locator('a').click()
  await p.waitForSelector('.card')
  assert.match(p.url(), /#\/article\/a3\?event=/)
  const marks = async (kind: string) => p.locator(`.article-text mark.hl-${kind}`).allTextContents()
  assert.ok((await marks('actor')).includes('Defense Secretary Lloyd Austin'))
  assert.ok((await marks('actor')).includes('General Li Shangfu'))
  assert.ok((await marks('trigger')).join(' ').includes('made three requests'))
  assert.ok((await marks('source')).includes('U.S. defense official'))
  const card = (await p.textContent('.card')) ?? ''
  assert.match(card, /REQUEST · meet/)
  assert.match(card, /count\s*3/)
  assert.match(card, /answer\s*none/)
  assert.deepEqual(problems, [])
  await p.close()
})

test('the timeline shows modality: a meeting that did not happen is struck through', { skip }, async () => {
  const { p } = await page()
  await p.goto(`${base}#/analyse`)
  await p.fill('textarea', 'Joe Biden did not call Xi Jinping on Tuesday. Antony Blinken will visit Beijing next week.')
  await p.click('button[type=submit]')
  await p.waitForSelector('.event-list a')
  const tags = await p.locator('.event-list .tag').allTextContents()
  assert.ok(tags.includes('did not happen') && tags.includes('planned'), tags.join(', '))
  const struck = await p.evaluate("getComputedStyle(document.querySelector('.event-list .tag.m-negated')).textDecorationLine")
  assert.equal(struck, 'line-through')
  await p.close()
})

test('a hostile article renders as inert text: no script runs, no element is injected', { skip }, async () => {
  const { p } = await page()
  await p.goto(`${base}#/article/hostile`)
  await p.waitForSelector('.article-text')
  await p.waitForTimeout(300)
  assert.equal(await p.evaluate('typeof window.__pwned'), 'undefined')
  const text = (await p.textContent('.article-text')) ?? ''
  assert.ok(text.includes('<script>window.__pwned = 1</script>'))
  assert.ok(text.includes('<img src=x onerror="window.__pwned=2">'))
  assert.equal(await p.locator('.article-text script, .article-text img, .article-text a').count(), 0)
  assert.equal(await p.locator('a[href^="javascript:"]').count(), 0)
  assert.match((await p.textContent('h2')) ?? '', /<img src=x onerror/)
  await p.close()
})

test('keyboard reachable; at phone width nothing overflows sideways', { skip }, async () => {
  const { p } = await page(390, 844)
  await p.goto(base)
  await p.waitForSelector('.channel')
  const overflow = (await p.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone`)
  // tab through: the skip link, the title, the navigation, then the board's controls and channels
  const reached: string[] = []
  for (let i = 0; i < 12; i++) {
    await p.keyboard.press('Tab')
    reached.push((await p.evaluate("(document.activeElement?.textContent ?? '').trim().slice(0, 40)")) as string)
  }
  assert.ok(reached.includes('Skip to content'), reached.join(' | '))
  assert.ok(reached.includes('Search'), reached.join(' | '))
  // Enter on a focused channel link follows it
  await p.focus('.channel h3 a')
  await p.keyboard.press('Enter')
  await p.waitForSelector('.event')
  assert.match(p.url(), /#\/timeline/)
  await p.close()
})
