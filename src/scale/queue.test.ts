import assert from 'node:assert/strict'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { after, test } from 'node:test'
import { crashInput } from '../../test/crash-suite.ts'
import { tempDir } from '../../test/helpers.ts'
import { NO_PG, PG_BIN, startPg, type PgServer } from '../../test/pg-server.ts'
import { openStore } from '../store/index.ts'

const BIN = fileURLToPath(new URL('../../bin/overture.js', import.meta.url))
let server: PgServer | null = null
const children: ChildProcess[] = []
const cleanups: (() => Promise<void>)[] = []
after(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL')
  server?.stop()
  for (const c of cleanups) await c()
})

test('three workers on a PostgreSQL queue, one killed with -9 mid-run: every article stored once with all its events', { skip: PG_BIN ? false : NO_PG, timeout: 300_000 }, async () => {
  server = await startPg()
  const url = server.database('queue')
  const { dir, cleanup } = await tempDir()
  cleanups.push(cleanup)
  const input = crashInput(dir, 3)
  // jobs of a dead worker expire after 3 s and are retried
  const env = { ...process.env, DATABASE_URL: url, OVERTURE_JOB_EXPIRE: '3', OVERTURE_QUEUE_MAINTENANCE: '1' }
  const q = spawnSync(process.execPath, [BIN, 'ingest', '--queue', input.file], { env, encoding: 'utf8' })
  assert.equal(q.status, 0, q.stderr)
  assert.match(q.stderr, new RegExp(`${input.events.size} articles queued`))

  const stored = [0, 0, 0]
  const killed = new Promise<void>((resolve) => {
    for (let w = 0; w < 3; w++) {
      const c = spawn(process.execPath, [BIN, 'worker', '-v', '-w', '1'], { env, stdio: ['ignore', 'ignore', 'pipe'] })
      children.push(c)
      c.stderr!.setEncoding('utf8')
      c.stderr!.on('data', (s: string) => {
        stored[w]! += (s.match(/^stored /gm) ?? []).length
        if (w === 0 && stored[0]! >= 15 && c.exitCode === null && !c.killed) {
          c.kill('SIGKILL')
          resolve()
        }
      })
    }
  })
  await killed

  const store = await openStore({ url })
  try {
    const count = async (): Promise<number> => Number((await store.db.selectFrom('articles').select((s) => s.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)
    const deadline = Date.now() + 240_000
    while ((await count()) < input.events.size && Date.now() < deadline) await new Promise((r) => setTimeout(r, 1000))
    assert.equal(await count(), input.events.size, 'not every article was stored')
    for (const c of children.slice(1)) c.kill('SIGTERM')
    const ev = await store.db.selectFrom('events').select(['article_id', (s) => s.fn.countAll().as('n')]).groupBy('article_id').execute()
    const got = new Map(ev.map((r) => [r.article_id, Number(r.n)]))
    for (const [id, n] of input.events) assert.equal(got.get(id) ?? 0, n, `article ${id}: events`)
    const mentions = Number((await store.db.selectFrom('mentions').select((s) => s.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)
    assert.equal(mentions, [...input.mentions.values()].reduce((a, b) => a + b, 0))
    assert.ok(stored[1]! > 0 && stored[2]! > 0, `the surviving workers stored ${stored[1]} and ${stored[2]}`)
  } finally {
    await store.close()
  }
})
