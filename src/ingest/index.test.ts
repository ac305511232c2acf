import assert from 'node:assert/strict'
import { mkdir, writeFile, copyFile } from 'node:fs/promises'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { bytesOf, collect, fixture, tempDir } from '../../test/helpers.ts'
import { DEFAULT_MAX_ARTICLE_BYTES } from './index.ts'

let dir = ''
let cleanup: () => Promise<void> = async () => {}
before(async () => {
  ;({ dir, cleanup } = await tempDir())
})
after(() => cleanup())

const file = async (name: string, content: string | Uint8Array): Promise<string> => {
  const path = join(dir, name)
  await mkdir(join(path, '..'), { recursive: true })
  await writeFile(path, content)
  return path
}

test('every kind of bad input is named with its problem, and the batch goes on past it', async () => {
  const good = await file('batch/good.txt', 'Kerry Urges China\n\nKerry urged China on Saturday to rein in North Korea.')
  const inputs = [
    await file('batch/empty.txt', ''),
    await file('batch/image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
    await file('batch/latin1.txt', Buffer.from('Caf\xe9 diplomacy', 'latin1')),
    await file('batch/not-a-feed.xml', '<?xml version="1.0"?><svg><rect/></svg>'),
    await file('batch/broken.jsonl', '{"id": 1, "text": "ok"}\n{oops\n'),
    join(dir, 'batch', 'missing.txt'),
    good,
  ]
  const { articles, problems } = await collect(inputs)
  assert.deepEqual(
    problems.map((p) => [p.input.replace(dir, ''), p.code]),
    [
      ['/batch/empty.txt', 'empty'],
      ['/batch/image.txt', 'binary'],
      ['/batch/latin1.txt', 'invalid-utf8'],
      ['/batch/not-a-feed.xml', 'not-a-feed'],
      ['/batch/broken.jsonl:2', 'jsonl-not-json'],
      ['/batch/missing.txt', 'unreadable'],
    ],
  )
  assert.match(problems.at(-1)!.reason, /no such file/)
  assert.deepEqual(articles.map((a) => a.id), ['1', 'good'])
})

test('a UTF-16 file with a BOM is read, with a warning', async () => {
  const path = await file('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Xi met Biden in Bali.', 'utf16le')]))
  const { articles, notes } = await collect([path])
  assert.equal(articles[0]?.text, 'Xi met Biden in Bali.')
  assert.equal(notes[0]?.code, 'utf16')
})

test('a 50 MB article is refused with the limit stated, without reading it all', async () => {
  const big = 'The talks went on. '.repeat(Math.ceil((50 * 1024 * 1024) / 19))
  const path = await file('big.txt', big)
  const jsonl = await file('big.jsonl', `${JSON.stringify({ id: 'big', text: big })}\n{"id": "small", "text": "Fine."}\n`)
  const { articles, problems } = await collect([path, jsonl])
  assert.deepEqual(problems.map((p) => p.code), ['too-large', 'too-large'])
  assert.match(problems[0]!.reason, /5\.0 MB article limit/)
  assert.deepEqual(articles.map((a) => a.id), ['small'])
  // with a raised limit the same file is read whole
  const raised = await collect([path], { maxArticleBytes: 60 * 1024 * 1024 })
  assert.equal(raised.articles[0]?.text.length, big.length)
  assert.ok(DEFAULT_MAX_ARTICLE_BYTES < big.length)
})

test('a directory is read recursively in name order, hidden files left out', async () => {
  await file('tree/b/two.txt', 'Second article.')
  await file('tree/a.txt', 'First article.')
  await file('tree/.hidden.txt', 'Not read.')
  await copyFile(fixture('readouts.rss'), join(dir, 'tree', 'c.rss'))
  const { articles, problems } = await collect([join(dir, 'tree')])
  assert.deepEqual(problems, [])
  assert.deepEqual(articles.slice(0, 2).map((a) => a.id), ['a', 'two'])
  assert.equal(articles.length, 5)
})

test('standard input: the format is recognised from the content', async () => {
  const text = await collect(['-'], undefined, bytesOf('date 2019-05-05\nCarrier Sent\n\nThe U.S. sent a carrier on Sunday.'))
  assert.equal(text.articles[0]?.date, '2019-05-05')
  assert.equal(text.articles[0]?.id, 'stdin')
  const feed = await collect(['-'], undefined, bytesOf('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A</title><description>Text.</description></item></channel></rss>'))
  assert.equal(feed.articles[0]?.title, 'A')
  const empty = await collect(['-'], undefined, bytesOf())
  assert.equal(empty.problems[0]?.code, 'empty')
})

test('a corrupt gzip file is named, not thrown', async () => {
  const path = await file('bad.jsonl.gz', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 1, 2, 3, 4, 5, 6, 7, 8, 9]))
  const { problems } = await collect([path])
  assert.equal(problems[0]?.code, 'unreadable')
  assert.match(problems[0]!.reason, /gzip/)
})
