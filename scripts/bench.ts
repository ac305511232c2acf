// `npm run bench [corpus]`: throughput and memory of Overture's pipeline over the benchmark corpus
// (../shared/corpus/allsides-intl.jsonl.gz, 5,855 articles), stage by stage, against bare
// wink-nlp (tokens, sentences, POS only) over the same texts. Figures, not assertions.
import { newDoc } from '../src/core/index.ts'
import { readInputs } from '../src/ingest/index.ts'
import { wink } from '../src/nlp/index.ts'
import { resources } from '../src/actors/index.ts'
import { STAGES } from '../src/pipeline.ts'
import { openStore, type Store } from '../src/store/index.ts'
import { ingest } from '../src/cli/ingest-command.ts'
import { PG_BIN, startPg, type PgServer } from '../test/pg-server.ts'
import { createPool, defaultWorkers, mapOrdered } from '../src/scale/index.ts'
import type { IngestItem } from '../src/ingest/index.ts'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const args = process.argv.slice(2)
const noStore = args.includes('--no-store')
const corpus = args.find((a) => !a.startsWith('--')) ?? '../shared/corpus/allsides-intl.jsonl.gz'
const mb = (n: number): string => (n / 1024 / 1024).toFixed(1)
let peakRss = 0
const sample = (): void => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss)
}

// warm-up: model and dictionary load are start-up costs, reported apart
let t = performance.now()
const nlp = wink()
const its = nlp.its
const modelMs = performance.now() - t
t = performance.now()
resources()
const dictMs = performance.now() - t

// warm-up, not counted: both passes then run on a warm JIT (the first pass would otherwise pay for it)
{
  let k = 0
  for await (const item of readInputs([corpus])) {
    if (item.kind !== 'read') continue
    let doc = newDoc(item.article, item.notes)
    for (const [, stage] of STAGES) doc = stage(doc)
    nlp.readDoc(item.article.text).tokens().out(its.pos)
    if (++k === 300) break
  }
}

// pass 1: bare wink-nlp
let bareTokens = 0
let chars = 0
let bytes = 0
let articles = 0
t = performance.now()
for await (const item of readInputs([corpus])) {
  if (item.kind !== 'read') continue
  const d = nlp.readDoc(item.article.text)
  d.tokens().out(its.pos)
  d.sentences().out()
  bareTokens += d.tokens().length()
  chars += item.article.text.length
  bytes += Buffer.byteLength(item.article.text)
  articles++
}
const bareMs = performance.now() - t

// pass 2: Overture's pipeline, each stage timed
const stageMs = new Map<string, number>(STAGES.map(([name]) => [name, 0]))
let tokens = 0
let mentions = 0
let times = 0
const checkpoints: string[] = []
const t0 = performance.now()
let n = 0
for await (const item of readInputs([corpus])) {
  if (item.kind !== 'read') continue
  let doc = newDoc(item.article, item.notes)
  for (const [name, stage] of STAGES) {
    const s = performance.now()
    doc = stage(doc)
    stageMs.set(name, stageMs.get(name)! + performance.now() - s)
  }
  tokens += doc.tokens.length
  mentions += doc.mentions.length
  times += doc.times.length
  n++
  if (n % 250 === 0) sample()
  if ([Math.round(articles / 4), Math.round(articles / 2), articles].includes(n)) {
    sample()
    checkpoints.push(`${n} articles: peak RSS ${mb(peakRss)} MB`)
  }
}
sample()
const fullMs = performance.now() - t0
const readMs = fullMs - [...stageMs.values()].reduce((a, b) => a + b, 0)

const per = (count: number, ms: number): string => Math.round(count / (ms / 1000)).toLocaleString('en-US')
console.log(`corpus: ${corpus} — ${articles} articles, ${mb(bytes)} MB of UTF-8 text (${(chars / 1e6).toFixed(1)} M chars)`)
console.log(`start-up: wink-nlp model ${modelMs.toFixed(0)} ms, actor dictionary and trie ${dictMs.toFixed(0)} ms`)
console.log('')
console.log(`bare wink-nlp (tokens, sentences, POS): ${(bareMs / 1000).toFixed(1)} s — ${per(articles, bareMs)} articles/s, ${per(bareTokens, bareMs)} tokens/s, ${(bytes / 1024 / 1024 / (bareMs / 1000)).toFixed(2)} MB/s`)
console.log(`Overture pipeline:                      ${(fullMs / 1000).toFixed(1)} s — ${per(articles, fullMs)} articles/s, ${per(tokens, fullMs)} tokens/s, ${(bytes / 1024 / 1024 / (fullMs / 1000)).toFixed(2)} MB/s`)
console.log(`ratio: Overture runs at ${((100 * bareMs) / fullMs).toFixed(0)} % of bare wink-nlp throughput`)
console.log('')
console.log('time by stage:')
console.log(`  reading and decoding  ${(readMs / 1000).toFixed(1)} s`)
for (const [name, ms] of stageMs) console.log(`  ${name.padEnd(20)}  ${(ms / 1000).toFixed(1)} s (${((100 * ms) / fullMs).toFixed(0)} %)`)
console.log('')
console.log(`found: ${times} time expressions, ${mentions} actor mentions`)
console.log(`memory: ${checkpoints.join('; ')}`)

// pass 3: all cores — the same extraction through the worker pool, against one worker
const poolPass = async (workers: number): Promise<number> => {
  const pool = createPool(workers)
  const t = performance.now()
  let n = 0
  try {
    for await (const r of mapOrdered(readInputs([corpus]), (item: IngestItem) => (item.kind === 'read' ? pool.run(item.article, item.notes, 'store') : null), pool.workers * 2)) {
      if (r) n++
      if (n % 250 === 0) sample()
    }
  } finally {
    await pool.close()
  }
  const ms = performance.now() - t
  console.log(`extraction with ${String(workers).padStart(2)} worker${workers === 1 ? ' ' : 's'}: ${(ms / 1000).toFixed(1)} s — ${per(n, ms)} articles/s`)
  return ms
}
if (!args.includes('--no-pool')) {
  console.log('')
  const cores = defaultWorkers()
  const one = await poolPass(1)
  if (cores > 1) {
    const all = await poolPass(cores)
    console.log(`speed-up with ${cores} workers (all cores): ${(one / all).toFixed(2)}× — ${((100 * bareMs) / all).toFixed(0)} % of one bare wink-nlp thread's throughput`)
  } else console.log('one core: no pool to compare')
}

// pass 3 (and 4): ingest — extraction plus storing into PGlite, then into a PostgreSQL server
// (DATABASE_URL, else a temporary server on loopback when the Debian package is installed)
const ingestInto = async (label: string, store: Store): Promise<void> => {
  const r = await ingest(store, { inputs: [corpus], read: { maxArticleBytes: 5_000_000 }, quiet: true })
  sample()
  console.log(`ingest into ${label.padEnd(10)} ${r.seconds.toFixed(1)} s — ${per(r.stored, r.seconds * 1000)} articles/s; database ${r.dbSeconds.toFixed(1)} s (${((100 * r.dbSeconds) / r.seconds).toFixed(0)} % of the time); peak RSS so far ${mb(peakRss)} MB`)
}
if (!noStore) {
  console.log('')
  const dir = mkdtempSync(join(tmpdir(), 'overture-bench-'))
  try {
    const lite = await openStore({ data: join(dir, 'data'), url: '' })
    try {
      await ingestInto('PGlite', lite)
    } finally {
      await lite.close()
    }
    let server: PgServer | null = null
    const url = process.env.DATABASE_URL || (PG_BIN ? (server = await startPg()).database('bench') : null)
    if (url) {
      const pg = await openStore({ url })
      try {
        await ingestInto('PostgreSQL', pg)
      } finally {
        await pg.close()
        server?.stop()
      }
    } else console.log('ingest into PostgreSQL: skipped (no DATABASE_URL and no Debian postgresql package)')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
