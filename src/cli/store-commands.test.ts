import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { after, before, test } from 'node:test'
import { tempDir } from '../../test/helpers.ts'
import { FUSION_ARTICLES } from '../../test/store-suite.ts'
import { CSV_COLUMNS } from '../export/events-export.ts'

const BIN = fileURLToPath(new URL('../../bin/overture.js', import.meta.url))
let dir = ''
let data = ''
let cleanup = async (): Promise<void> => {}
const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, DATABASE_URL: '', OVERTURE_DATA: data, ...env } })

before(async () => {
  ;({ dir, cleanup } = await tempDir())
  data = join(dir, 'store')
  writeFileSync(join(dir, 'a.jsonl'), FUSION_ARTICLES.map((r) => JSON.stringify(r)).join('\n') + '\n')
  const r = run(['ingest', join(dir, 'a.jsonl')])
  assert.equal(r.status, 0, r.stderr)
  assert.match(r.stderr, /ingest: 3 articles stored, 0 already stored, 0 skipped; \d+ events \(1 fused/)
})
after(() => cleanup())

test('ingest again: every article already stored, exit 0', () => {
  const r = run(['ingest', join(dir, 'a.jsonl'), '--data', data])
  assert.equal(r.status, 0)
  assert.match(r.stderr, /0 articles stored, 3 already stored/)
})

test('events: table, JSON Lines with every report, GDELT-like CSV and PLOVER JSON; filters apply', () => {
  const table = run(['events', '--country', 'china', '--type', 'CONSULT'])
  assert.equal(table.status, 0, table.stderr)
  assert.match(table.stdout, /CONSULT .*Antony Blinken .*→ Qin Gang .*· 2 outlets/)
  const jsonl = run(['events', '--format', 'jsonl', '--min-corroboration', '2'])
  const rows = jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type: string; corroboration: number; reports: unknown[] })
  assert.deepEqual(rows.map((r) => [r.type, r.corroboration, r.reports.length]), [['CONSULT', 2, 2]])
  const csv = run(['events', '--format', 'csv', '--actor', 'austin'])
  const lines = csv.stdout.trim().split('\n')
  assert.equal(lines[0], CSV_COLUMNS.join(','))
  assert.equal(lines.length, 2)
  assert.match(lines[1]!, /,REQUEST,meet,asserted,3,none,/)
  const plover = run(['events', '--format', 'plover', '--modality', 'asserted', '--from', '2023-06-01', '--to', '2023-06-30'])
  const ev = plover.stdout.trim().split('\n').map((l) => JSON.parse(l) as { event: string; stories: unknown[] })
  assert.ok(ev.length >= 2 && ev.every((e) => typeof e.event === 'string' && e.stories.length >= 1))
})

test('search: ranked articles with the matched words marked', () => {
  const r = run(['search', 'Blinken', 'Beijing', '--json'])
  assert.equal(r.status, 0, r.stderr)
  const hits = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; snippet: string })
  assert.deepEqual(hits.map((h) => h.id).sort(), ['a1', 'a2'])
  assert.match(hits[0]!.snippet, /«Blinken»|«Beijing»/)
})

test('channel: the board as text and JSON; the most active dyad when none is given', () => {
  const text = run(['channel', 'USA', 'CHN', '--as-of', '2023-07-20'])
  assert.equal(text.status, 0, text.stderr)
  assert.match(text.stdout, /USA MIL minister ↔ CHN MIL minister/)
  assert.match(text.stdout, /open requests +2023-06-20 +REQUEST\/meet +Lloyd Austin → Li Shangfu ×3, no answer, waiting 30 days/)
  const json = JSON.parse(run(['channel', '--json']).stdout) as { a: string; b: string; channels: { label: string }[] }
  assert.deepEqual([json.a, json.b], ['CHN', 'USA'])
  assert.ok(json.channels.length >= 2)
})

test('mistakes are one clear line and exit 2: an unknown country, a bad date, an unreachable server', () => {
  const c = run(['channel', 'USA', 'Atlantis'])
  assert.equal(c.status, 2)
  assert.match(c.stderr, /unknown country "Atlantis"/)
  const d = run(['events', '--from', '2023-13-01'])
  assert.equal(d.status, 2)
  assert.match(d.stderr, /--from: "2023-13-01" is not a date/)
  const s = run(['events'], { DATABASE_URL: 'postgres://someone:secret@127.0.0.1:9/none' })
  assert.equal(s.status, 2)
  assert.match(s.stderr, /cannot connect to PostgreSQL/)
  assert.doesNotMatch(s.stderr, /secret|at .*\.ts:\d+/)
})
