import assert from 'node:assert/strict'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { sql } from 'kysely'
import { after, before, test } from 'node:test'
import { ingest } from '../src/cli/ingest-command.ts'
import { buildBoard } from '../src/channels/index.ts'
import { article } from '../src/core/index.ts'
import { processArticle } from '../src/pipeline.ts'
import { listEvents, saveArticle, searchArticles, storeCounts, type Store } from '../src/store/index.ts'
import { tempDir } from './helpers.ts'

/** Two outlets report one meeting; a third article reports another. */
export const FUSION_ARTICLES = [
  { id: 'a1', outlet: 'Outlet One', date: '2023-06-19', title: 'Blinken meets Wang Yi', text: 'Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing on Sunday, officials said.' },
  { id: 'a2', outlet: 'Outlet Two', date: '2023-06-20', title: 'Talks in Beijing', text: 'Qin Gang met Antony Blinken on Sunday in Beijing.' },
  { id: 'a3', outlet: 'Outlet Two', date: '2023-06-20', title: 'Austin asks again', text: 'Defense Secretary Lloyd Austin made three requests to speak to General Li Shangfu, with no response, a U.S. defense official said.' },
]

const jsonl = (rows: readonly object[]): string => rows.map((r) => JSON.stringify(r)).join('\n') + '\n'
const quiet = { read: { maxArticleBytes: 5_000_000 }, quiet: true }

/** The store's behaviour, the same on every engine: `open` gives a fresh, empty store. */
export const storeSuite = (engine: string, open: () => Promise<Store>, skip: string | false = false): void => {
  let store: Store
  let dir = ''
  let cleanup = async (): Promise<void> => {}
  before(async () => {
    if (skip) return
    ;({ dir, cleanup } = await tempDir())
    store = await open()
  })
  after(async () => {
    if (skip) return
    await store.close()
    await cleanup()
  })

  test(`${engine}: ingest stores articles with their mentions and events; re-ingesting changes nothing`, { skip }, async () => {
    const file = join(dir, 'fusion.jsonl')
    await writeFile(file, jsonl(FUSION_ARTICLES))
    const first = await ingest(store, { inputs: [file], ...quiet })
    assert.deepEqual([first.stored, first.unchanged, first.skipped], [3, 0, 0])
    const counts = await storeCounts(store.db)
    assert.equal(counts.articles, 3)
    const mentions = Number((await store.db.selectFrom('mentions').select((s) => s.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)
    assert.ok(mentions >= 6, `only ${mentions} mentions`)
    // again, and the same text under another id: nothing changes
    await writeFile(join(dir, 'renamed.jsonl'), jsonl([{ ...FUSION_ARTICLES[0], id: 'renamed' }]))
    const again = await ingest(store, { inputs: [file, join(dir, 'renamed.jsonl')], ...quiet })
    assert.deepEqual([again.stored, again.unchanged], [0, 4])
    assert.deepEqual(await storeCounts(store.db), counts)
  })

  test(`${engine}: two outlets reporting one meeting fuse into one happening with corroboration 2`, { skip }, async () => {
    const meetings = await listEvents(store.db, { type: 'CONSULT', country: 'USA', counterpart: 'CHN' })
    assert.equal(meetings.length, 1, JSON.stringify(meetings.map((m) => m.reports.map((r) => r.article))))
    const m = meetings[0]!
    assert.deepEqual(m.reports.map((r) => r.article).sort(), ['a1', 'a2'])
    assert.equal(m.corroboration, 2)
    assert.equal(m.onRecord, true)
    assert.equal(m.when, '2023-06-18')
    assert.equal((await listEvents(store.db, { minCorroboration: 2 })).length, 1)
    const req = await listEvents(store.db, { type: 'REQUEST' })
    assert.deepEqual([req.length, req[0]?.count, req[0]?.answer, req[0]?.corroboration, req[0]?.onRecord], [1, 3, 'none', 1, false])
  })

  test(`${engine}: the board shows the open request with its waiting time and the last contact`, { skip }, async () => {
    const board = buildBoard('USA', 'CHN', await listEvents(store.db, { country: 'USA', counterpart: 'CHN' }), { asOf: '2023-07-20' })
    const mil = board.channels.find((c) => c.label === 'USA MIL minister ↔ CHN MIL minister')
    assert.ok(mil, board.channels.map((c) => c.label).join('; '))
    assert.deepEqual(mil.openRequests.map((r) => [r.asks, r.waitingDays]), [[3, 30]])
    const gov = board.channels.find((c) => c.label === 'USA GOV minister ↔ CHN GOV minister')
    assert.equal(gov?.lastContact?.date, '2023-06-18')
  })

  test(`${engine}: full-text search ranks articles and marks the matches`, { skip }, async () => {
    const hits = await searchArticles(store.db, 'requests speak')
    assert.equal(hits[0]?.id, 'a3')
    assert.match(hits[0]!.snippet, /«requests»/)
    assert.deepEqual(await searchArticles(store.db, 'zzzznothing'), [])
    // any text is a query, never an error
    assert.ok(Array.isArray(await searchArticles(store.db, `"unbalanced & | ! ( quote`)))
  })

  test(`${engine}: a failure inside an article's transaction leaves no part of it`, { skip }, async () => {
    // a real constraint violation, raised by the database while the events are written
    await sql`create or replace function overture_test_refuse() returns trigger as $$ begin raise exception 'refused by test'; end $$ language plpgsql`.execute(store.db)
    await sql`create trigger overture_test_refuse before insert on events for each row when (new.article_id = 'doomed') execute function overture_test_refuse()`.execute(store.db)
    const doc = processArticle(article({ id: 'doomed', text: 'Lloyd Austin met Li Shangfu in Singapore on Friday.', date: '2023-06-03', title: null, outlet: null, url: null, input: 't', format: 'text', header: null }))
    assert.ok(doc.events.length > 0)
    await assert.rejects(saveArticle(store.db, doc), /refused by test/)
    const left = await store.db.selectFrom('articles').select('id').where('id', '=', 'doomed').execute()
    assert.deepEqual(left, [])
    const mentions = await store.db.selectFrom('mentions').select('idx').where('article_id', '=', 'doomed').execute()
    assert.deepEqual(mentions, [])
    await sql`drop trigger overture_test_refuse on events`.execute(store.db)
    assert.equal((await saveArticle(store.db, doc)).status, 'stored')
  })
}
