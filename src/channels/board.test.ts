import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { hasShared, NO_SHARED, shared, tempDir } from '../../test/helpers.ts'
import { ingest } from '../cli/ingest-command.ts'
import { listEvents, newestArticleDate, openStore, type Store } from '../store/index.ts'
import { buildBoard, channelOf, type Board } from './index.ts'

let store: Store
let board: Board
let cleanup = async (): Promise<void> => {}
before(async () => {
  if (!hasShared) return
  const t = await tempDir()
  cleanup = t.cleanup
  store = await openStore({ data: `${t.dir}/data`, url: '' })
  await ingest(store, { inputs: [shared('corpus', 'seeds')], read: { maxArticleBytes: 5_000_000 }, quiet: true })
  board = buildBoard('USA', 'CHN', await listEvents(store.db, { country: 'USA', counterpart: 'CHN' }), { asOf: await newestArticleDate(store.db) })
})
after(async () => {
  if (!hasShared) return
  await store.close()
  await cleanup()
})

const channel = (label: string) => {
  const c = board.channels.find((x) => x.label === label)
  assert.ok(c, `no channel ${label}; have ${board.channels.map((x) => x.label).join('; ')}`)
  return c
}

test('seeds, MIL minister ↔ MIL minister: three requests from Austin to Xu, unanswered', { skip: !hasShared && NO_SHARED }, () => {
  const c = channel('USA MIL minister ↔ CHN MIL minister')
  assert.equal(c.openRequests.length, 1)
  const r = c.openRequests[0]!
  assert.deepEqual([r.event.source.name, r.event.target?.name, r.asks, r.event.answer], ['Lloyd Austin', 'Xu Qiliang', 3, 'none'])
  assert.equal(c.lastContact, null)
})

test('seeds, GOV head ↔ GOV head: the Biden–Xi call that did not happen, shown as not happened', { skip: !hasShared && NO_SHARED }, () => {
  const c = channel('USA GOV head ↔ CHN GOV head')
  assert.deepEqual(c.didNotHappen.map((i) => [i.event.source.name, i.event.target?.name, i.event.modality]), [['Joe Biden', 'Xi Jinping', 'negated']])
  // a call that did not happen is not the last contact
  assert.equal(c.lastContact, null)
})

test('seeds, GOV minister ↔ GOV minister: the Blinken visit cancelled, the Blinken–Wang Yi meeting, a Blinken trip announced', { skip: !hasShared && NO_SHARED }, () => {
  const c = channel('USA GOV minister ↔ CHN GOV minister')
  assert.deepEqual(c.refusals.map((i) => [i.event.type, i.event.mode, i.event.source.name]), [['REJECT', 'meet', 'Antony Blinken']])
  assert.deepEqual([c.lastContact?.event.source.name, c.lastContact?.event.target?.name], ['Antony Blinken', 'Wang Yi'])
  assert.deepEqual(c.announced.map((i) => [i.event.type, i.event.mode, i.event.source.name, i.event.target?.country]), [['CONSULT', 'visit', 'Antony Blinken', 'CHN']])
})

test('a channel has no direction; an unstated level takes the counterpart\'s; none stated is the unspecified channel', () => {
  const actor = (country: string, sector: string | null, level: string | null) => ({ text: country, name: null, country, sector, level, role: null })
  const ev = (s: ReturnType<typeof actor>, t: ReturnType<typeof actor>) =>
    ({ id: 'x', type: 'CONSULT', mode: null, modality: 'asserted', source: s, target: t, date: { start: null, end: null }, when: null, count: 1, answer: null, corroboration: 1, onRecord: true, reports: [] }) as const
  assert.deepEqual(channelOf(ev(actor('CHN', 'GOV', 'head'), actor('USA', null, null)), 'USA'), [
    { country: 'USA', sector: 'GOV', level: 'head' },
    { country: 'CHN', sector: 'GOV', level: 'head' },
  ])
  assert.equal(channelOf(ev(actor('CHN', 'GOV', null), actor('USA', 'GOV', null)), 'USA'), null)
})
