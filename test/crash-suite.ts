import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { test } from 'node:test'
import { article } from '../src/core/index.ts'
import { processArticle } from '../src/pipeline.ts'
import { openStore, type StoreOptions } from '../src/store/index.ts'

const BIN = fileURLToPath(new URL('../bin/overture.js', import.meta.url))
const SAMPLE = fileURLToPath(new URL('../data/sample/wh-readouts-sample.jsonl', import.meta.url))

/** `copies` × the bundled sample, each copy with its own ids and texts (a different text hash). */
export const crashInput = (dir: string, copies: number): { file: string; events: Map<string, number>; mentions: Map<string, number> } => {
  const rows = readFileSync(SAMPLE, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string; date: string; title: string; outlet: string })
  const lines: string[] = []
  const events = new Map<string, number>()
  const mentions = new Map<string, number>()
  for (let k = 0; k < copies; k++) {
    for (const r of rows) {
      const row = { ...r, id: `${r.id}~${k}`, text: `${r.text}\n\n(copy ${k})` }
      lines.push(JSON.stringify(row))
      const doc = processArticle(article({ id: row.id, text: row.text, date: row.date, title: row.title, outlet: row.outlet, url: null, input: 'x', format: 'jsonl', header: null }))
      // events as the store keeps them: one per record id
      events.set(row.id, new Set(doc.events.map((e) => `${e.trigger[0]}:${e.type}`)).size)
      mentions.set(row.id, doc.mentions.length)
    }
  }
  const file = join(dir, 'crash.jsonl')
  writeFileSync(file, `${lines.join('\n')}\n`)
  return { file, events, mentions }
}

/** Runs `overture ingest -v` and kills it with SIGKILL after `after` articles were reported committed. */
const ingestAndKill = (file: string, env: NodeJS.ProcessEnv, args: string[], after: number): Promise<string[]> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'ingest', file, '-v', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] })
    const committed: string[] = []
    let buf = ''
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => {
      buf += chunk
      let nl: number
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl)
        buf = buf.slice(nl + 1)
        const m = /^stored (\S+):/.exec(line)
        if (m) committed.push(m[1]!)
        if (committed.length === after) child.kill('SIGKILL')
      }
    })
    child.on('error', reject)
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(committed) : reject(new Error(`ingest ended (${code}) before it was killed: ${buf}`))))
  })

/**
 * kill -9 in the middle of an ingest loses no committed article and leaves no partial one; a
 * second run completes the rest, storing each article exactly once.
 */
export const crashSuite = (engine: string, target: () => Promise<{ store: StoreOptions; env: NodeJS.ProcessEnv; args: string[]; dir: string }>, skip: string | false = false): void => {
  test(`${engine}: kill -9 mid-ingest keeps every committed article whole and no partial one; a rerun stores each once`, { skip, timeout: 300_000 }, async () => {
    const t = await target()
    const input = crashInput(t.dir, 6)
    const committed = await ingestAndKill(input.file, t.env, t.args, 40)
    assert.ok(committed.length >= 40)

    const check = async (): Promise<string[]> => {
      const store = await openStore(t.store)
      try {
        const articles = (await store.db.selectFrom('articles').select('id').execute()).map((r) => r.id)
        for (const id of articles) {
          const ev = Number((await store.db.selectFrom('events').select((s) => s.fn.countAll().as('n')).where('article_id', '=', id).executeTakeFirstOrThrow()).n)
          const mn = Number((await store.db.selectFrom('mentions').select((s) => s.fn.countAll().as('n')).where('article_id', '=', id).executeTakeFirstOrThrow()).n)
          assert.deepEqual([id, ev, mn], [id, input.events.get(id), input.mentions.get(id)], `article ${id} is not whole`)
        }
        return articles
      } finally {
        await store.close()
      }
    }
    const afterKill = await check()
    for (const id of committed) assert.ok(afterKill.includes(id), `committed article ${id} was lost`)
    assert.ok(afterKill.length < input.events.size, 'the ingest finished before it was killed')

    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, 'ingest', input.file, '-q', ...t.args], { env: { ...process.env, ...t.env }, stdio: 'ignore' })
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`rerun exited ${code}`))))
    })
    const all = await check()
    assert.equal(all.length, input.events.size)
    assert.equal(new Set(all).size, all.length)
  })
}
