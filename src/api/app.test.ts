import assert from 'node:assert/strict'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { tempDir } from '../../test/helpers.ts'
import { FUSION_ARTICLES } from '../../test/store-suite.ts'
import { ingest } from '../cli/ingest-command.ts'
import { openStore, type Store } from '../store/index.ts'
import { createServer } from './index.ts'

let store: Store
let cleanup = async (): Promise<void> => {}
let app: ReturnType<typeof createServer>
const TOKEN = 'test-token-1234'

before(async () => {
  const t = await tempDir()
  cleanup = t.cleanup
  store = await openStore({ data: join(t.dir, 'data'), url: '' })
  writeFileSync(join(t.dir, 'a.jsonl'), FUSION_ARTICLES.map((r) => JSON.stringify(r)).join('\n') + '\n')
  await ingest(store, { inputs: [join(t.dir, 'a.jsonl')], read: { maxArticleBytes: 5_000_000 }, quiet: true })
  app = createServer({ store, token: TOKEN, webDir: null })
})
after(async () => {
  await store.close()
  await cleanup()
})

const get = async (path: string) => {
  const r = await app.request(path)
  return { status: r.status, body: (await r.json()) as Record<string, unknown> & unknown[] }
}

test('GET /api/events filters like `overture events`; /api/events/{id} gives one happening with its reports', async () => {
  const all = await get('/api/events?country=usa&counterpart=CHN&type=CONSULT')
  assert.equal(all.status, 200)
  assert.equal(all.body.length, 1)
  const id = (all.body[0] as { id: string }).id
  const one = await get(`/api/events/${id}`)
  assert.deepEqual([one.status, (one.body as unknown as { corroboration: number }).corroboration, (one.body as unknown as { reports: unknown[] }).reports.length], [200, 2, 2])
  const none = await get('/api/events/nope')
  assert.deepEqual([none.status, none.body], [404, { status: 404, message: 'no event nope' }])
})

test('bad query parameters are 400 with a message naming the parameter', async () => {
  const r = await get('/api/events?from=2023-13-45')
  assert.equal(r.status, 400)
  assert.match(String(r.body.message), /^from: /)
  const t = await get('/api/events?type=HUG')
  assert.equal(t.status, 400)
  assert.match(String(t.body.message), /^type: /)
})

test('GET /api/channels: the board of the given dyad, or the most active one', async () => {
  const r = await get('/api/channels?a=USA&b=CHN&asOf=2023-07-20')
  assert.equal(r.status, 200)
  const labels = (r.body.channels as { label: string }[]).map((c) => c.label)
  assert.ok(labels.includes('USA MIL minister ↔ CHN MIL minister'), labels.join('; '))
  const d = await get('/api/channels')
  assert.deepEqual([d.body.a, d.body.b], ['CHN', 'USA'])
  assert.equal((await get('/api/channels?a=USA')).status, 400)
})

test('GET /api/articles/{id}: the text once, annotations as offsets that slice out their words', async () => {
  const r = await get('/api/articles/a3')
  assert.equal(r.status, 200)
  const a = r.body as unknown as { text: string; mentions: { span: [number, number]; name: string | null }[]; events: { evidence: { trigger: [number, number] } }[]; times: unknown[] }
  const austin = a.mentions.find((m) => m.name === 'Lloyd Austin')!
  assert.equal(a.text.slice(austin.span[0], austin.span[1]), 'Defense Secretary Lloyd Austin')
  const trig = a.events[0]!.evidence.trigger
  assert.match(a.text.slice(trig[0], trig[1]), /requests/)
  assert.equal((await get('/api/articles/zzz')).status, 404)
})

test('GET /api/actors: search and one actor with offices, events and counterparts', async () => {
  const s = await get('/api/actors?q=austin')
  const hit = (s.body as unknown as { id: string; name: string; mentions: number }[]).find((h) => h.name === 'Lloyd Austin')
  assert.ok(hit && hit.mentions >= 1)
  const p = await get(`/api/actors/${hit.id}`)
  const page = p.body as unknown as { offices: { title: string }[]; asSource: { type: string }[]; counterparts: { name: string }[] }
  assert.ok(page.offices.some((o) => /Defense/.test(o.title)))
  assert.deepEqual(page.asSource.map((e) => e.type), ['REQUEST'])
  assert.deepEqual(page.counterparts.map((c) => c.name), ['Li Shangfu'])
  const c = await get('/api/actors/CHN')
  assert.equal((c.body as unknown as { kind: string }).kind, 'country')
})

test('GET /api/search: ranked hits with snippets', async () => {
  const r = await get('/api/search?q=Blinken')
  assert.deepEqual((r.body as unknown as { id: string }[]).map((h) => h.id).sort(), ['a1', 'a2'])
  assert.equal((await get('/api/search')).status, 400)
})

test('POST /api/extract analyses posted text without storing it', async () => {
  const r = await app.request('/api/extract', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Xi Jinping spoke with Joe Biden by phone on Tuesday.', date: '2023-11-20' }) })
  assert.equal(r.status, 200)
  const a = (await r.json()) as { events: { type: string; mode: string; date: { start: string } }[] }
  assert.deepEqual(a.events.map((e) => [e.type, e.date?.start]), [['CONSULT', '2023-11-14']])
  assert.equal((await get('/api/articles/posted')).status, 404)
  const bad = await app.request('/api/extract', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text": 3}' })
  assert.equal(bad.status, 400)
  assert.match(((await bad.json()) as { message: string }).message, /^text: /)
})

test('POST /api/articles needs the bearer token; stores once; re-posting changes nothing', async () => {
  const body = JSON.stringify({ id: 'posted-1', text: 'Wang Yi met Antony Blinken in Washington on Friday.', date: '2023-10-28', outlet: 'Posted' })
  const post = (auth?: string) => app.request('/api/articles', { method: 'POST', headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) }, body })
  assert.equal((await post()).status, 401)
  assert.equal((await post('Bearer wrong')).status, 401)
  const ok = await post(`Bearer ${TOKEN}`)
  assert.equal(ok.status, 201)
  assert.equal(((await ok.json()) as { status: string }).status, 'stored')
  assert.equal((await post(`Bearer ${TOKEN}`)).status, 200)
  assert.equal((await get('/api/articles/posted-1')).status, 200)
  const noWrites = createServer({ store, webDir: null })
  assert.equal((await noWrites.request('/api/articles', { method: 'POST', headers: { 'content-type': 'application/json' }, body })).status, 403)
})

test('bodies over the limit are 413; unknown endpoints 404 JSON; responses carry a Content-Security-Policy', async () => {
  const big = await app.request('/api/extract', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'x'.repeat(6 * 1024 * 1024) }) })
  assert.equal(big.status, 413)
  const nf = await app.request('/api/nothing')
  assert.deepEqual([nf.status, ((await nf.json()) as { status: number }).status], [404, 404])
  const csp = (await app.request('/api/events')).headers.get('content-security-policy') ?? ''
  assert.match(csp, /default-src 'self'/)
  assert.match(csp, /script-src 'self'/)
})

test('/api/openapi.json describes every endpoint', async () => {
  const doc = (await get('/api/openapi.json')).body as unknown as { openapi: string; paths: Record<string, unknown> }
  assert.equal(doc.openapi, '3.1.0')
  for (const p of ['/events', '/events/{id}', '/channels', '/articles/{id}', '/search', '/actors', '/actors/{id}', '/extract', '/articles']) assert.ok(p in doc.paths, `${p} missing`)
})
