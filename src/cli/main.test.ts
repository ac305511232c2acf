import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { after, before, test } from 'node:test'
import { hasShared, NO_SHARED, shared, tempDir } from '../../test/helpers.ts'
import type { ArticleRecord } from './record.ts'

const BIN = fileURLToPath(new URL('../../bin/overture.js', import.meta.url))
const run = (args: string[], input?: string) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input: input ?? '', timeout: 120_000 })

let dir = ''
let cleanup: () => Promise<void> = async () => {}
before(async () => {
  ;({ dir, cleanup } = await tempDir())
})
after(() => cleanup())

test('--help lists the commands; each command has its own help', () => {
  const top = run(['--help'])
  assert.equal(top.status, 0)
  assert.match(top.stdout, /extract/)
  const sub = run(['extract', '--help'])
  assert.equal(sub.status, 0)
  assert.match(sub.stdout, /--format <format>/)
  assert.match(sub.stdout, /Exit status/)
})

test('a usage mistake exits 2 with one clear line, no stack trace', () => {
  const r = run(['extract', 'x.txt', '--format', 'xml'])
  assert.equal(r.status, 2)
  assert.match(r.stderr, /--format/)
  assert.doesNotMatch(r.stderr, /at .*\.ts:\d+/)
  const size = run(['extract', 'x.txt', '--max-article-size', 'lots'])
  assert.equal(size.status, 2)
  assert.match(size.stderr, /not a size: "lots"/)
})

test('extract --format articles: one JSON line per article, sentences and times pointing into the text', { skip: !hasShared && NO_SHARED }, () => {
  const r = run(['extract', shared('corpus', 'seeds'), '--format', 'articles'])
  assert.equal(r.status, 0, r.stderr)
  const recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as ArticleRecord)
  assert.deepEqual(recs.map((x) => x.id), ['000_991cd1617cec3500', '004_bf467fc1274fd481'])
  const seed = recs[1]!
  assert.equal(seed.date, '2023-06-16')
  for (const s of seed.sentences) assert.ok(s[0] >= 17 && s[1] <= seed.text.length)
  const early = seed.times.find((t) => t.text === 'earlier this year')
  assert.ok(early, JSON.stringify(seed.times))
  assert.equal(seed.text.slice(early.span[0], early.span[1]), 'earlier this year')
  assert.equal(early.start, '2023-01-01')
  assert.match(r.stderr, /^extract: 2 articles, \d+ events, \d+ sentences, \d+ time expressions .*; 0 skipped/m)
})

test('a batch with a bad input: the rest is written, the problem named, exit status 1', async () => {
  const bad = join(dir, 'bad.txt')
  await writeFile(bad, Buffer.from([0xff, 0x00, 0x01]))
  const good = join(dir, 'good.txt')
  await writeFile(good, 'Talks Resume\n\nThe two foreign ministers met on Friday in Geneva.')
  const out = join(dir, 'out.jsonl')
  const r = run(['extract', bad, good, '--out', out, '--format', 'articles'])
  assert.equal(r.status, 1)
  assert.match(r.stderr, new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: error: not text`))
  assert.match(r.stderr, /1 skipped/)
  const lines = (await readFile(out, 'utf8')).trim().split('\n')
  assert.equal(lines.length, 1)
  assert.equal((JSON.parse(lines[0]!) as ArticleRecord).title, 'Talks Resume')
})

test('standard input: events as JSON lines by default, and as a table', () => {
  const input = '{"id": "a", "date": "2018-04-30", "text": "South Korean President Moon Jae-in met Kim Jong Un last week."}\n'
  const r = run(['extract', '-'], input)
  assert.equal(r.status, 0, r.stderr)
  const e = JSON.parse(r.stdout.trim().split('\n')[0]!) as { article: string; type: string; source: { name: string }; target: { name: string }; date: { start: string } }
  assert.deepEqual([e.article, e.type, e.source.name, e.target.name], ['a', 'CONSULT', 'Moon Jae-in', 'Kim Jong Un'])
  assert.match(e.date.start, /^2018-04-2\d$/)
  const t = run(['extract', '-', '--format', 'table'], input)
  assert.match(t.stdout, /^a {2}2018-04-30/)
  assert.match(t.stdout, /CONSULT\s+Moon Jae-in \[KOR GOV head\] → Kim Jong Un \[PRK GOV head\]\s+"met"\s+last week → 2018-04-2\d/)
})

test('actors --format jsonl: one mention a line with its offsets, resolved fields and rule', { skip: !hasShared && NO_SHARED }, () => {
  const r = run(['actors', shared('corpus', 'seeds', '000_991cd1617cec3500.txt'), '--format', 'jsonl'])
  assert.equal(r.status, 0, r.stderr)
  const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
  const austin = rows.find((x) => x.text === 'Defense Secretary Lloyd Austin')
  assert.deepEqual(austin && Object.keys(austin), ['article', 'text', 'start', 'end', 'name', 'country', 'sector', 'level', 'role', 'how'])
  assert.equal(austin?.article, '000_991cd1617cec3500')
  assert.equal(austin?.name, 'Lloyd Austin')
  assert.equal(austin?.level, 'minister')
  assert.match(r.stderr, /^actors: \d+ mentions in 1 articles; 0 skipped/m)
})
