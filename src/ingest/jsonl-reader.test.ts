import assert from 'node:assert/strict'
import { test } from 'node:test'
import { bytesOf, collect, hasShared, NO_SHARED, shared } from '../../test/helpers.ts'
import { splitLines } from './lines.ts'

test('the White House readouts corpus (.jsonl.gz): every line an article with its metadata', { skip: !hasShared && NO_SHARED }, async () => {
  const { articles, problems } = await collect([shared('corpus', 'wh-readouts.jsonl.gz')])
  assert.deepEqual(problems, [])
  assert.equal(articles.length, 1412)
  const a = articles[0]!
  assert.match(a.id, /^wh-/)
  assert.match(a.date ?? '', /^\d{4}-\d{2}-\d{2}$/)
  assert.equal(a.outlet, 'The White House')
  assert.match(a.input, /wh-readouts\.jsonl\.gz:1$/)
  assert.ok(articles.every((x) => x.text.length > 0 && x.format === 'jsonl'))
})

test('the 5,855-article news corpus streams in bounded memory; undated articles have date null', { skip: !hasShared && NO_SHARED }, async () => {
  let n = 0
  let undated = 0
  let peak = 0
  const { readInputs } = await import('./index.ts')
  for await (const item of readInputs([shared('corpus', 'allsides-intl.jsonl.gz')])) {
    assert.equal(item.kind, 'read')
    if (item.kind === 'read') {
      n++
      if (item.article.date === null) undated++
    }
    if (n % 500 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed)
  }
  assert.equal(n, 5855)
  assert.equal(undated, 865)
  // 34 MB of text never sits in memory whole
  assert.ok(peak < 300 * 1024 * 1024, `heap peaked at ${peak}`)
})

test('the dev articles (plain .jsonl)', { skip: !hasShared && NO_SHARED }, async () => {
  const { articles, problems } = await collect([shared('eval', 'dev', 'articles.jsonl')])
  assert.deepEqual(problems, [])
  assert.equal(articles.length, 12)
})

test('bad lines are messages with their line number; good lines around them are read', async () => {
  const input = [
    '{"id": "a1", "text": "Kim met Moon.", "date": "2018-04-27"}',
    'not json at all',
    '{"id": "a3", "title": "no text"}',
    '[1, 2, 3]',
    '{"id": "a5", "text": 42}',
    '',
    '{"text": "No id, bad date.", "date": "someday"}',
  ].join('\n')
  const { articles, problems, notes } = await collect(['-'], undefined, bytesOf(input))
  assert.deepEqual(articles.map((a) => a.id), ['a1', 'stdin:7'])
  assert.deepEqual(problems.map((p) => [p.input, p.code]), [
    ['<stdin>:2', 'jsonl-not-json'],
    ['<stdin>:3', 'jsonl-no-text'],
    ['<stdin>:4', 'jsonl-not-object'],
    ['<stdin>:5', 'jsonl-no-text'],
  ])
  assert.equal(notes[0]?.code, 'bad-date')
  assert.equal(articles[1]?.date, null)
})

test('a line with invalid UTF-8 is refused alone', async () => {
  const { articles, problems } = await collect(['-'], undefined, bytesOf('{"text": "ok"}\n{"text": "caf', new Uint8Array([0xe9]), '"}\n{"text": "ok too"}\n'))
  assert.equal(articles.length, 2)
  assert.equal(problems[0]?.code, 'invalid-utf8')
  assert.equal(problems[0]?.input, '<stdin>:2')
})

test('splitLines: lines across chunk boundaries, CRLF, and an overlong line dropped as it streams', async () => {
  const lines = []
  for await (const l of splitLines(bytesOf('ab', 'c\r\nde', 'f\n', 'x'.repeat(50), '\nlast'), 10)) {
    lines.push(l.tooLong === null ? Buffer.from(l.bytes).toString() : `TOO LONG ${l.number}`)
  }
  assert.deepEqual(lines, ['abc', 'def', 'TOO LONG 3', 'last'])
})
