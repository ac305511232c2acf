import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { test } from 'node:test'
import { collect, hasShared, NO_SHARED, shared } from '../../test/helpers.ts'
import { parsePlainText } from './text-reader.ts'

test('a seed article: title line kept, text exactly as read, id from the file name', { skip: !hasShared && NO_SHARED }, async () => {
  const path = shared('corpus', 'seeds', '000_991cd1617cec3500.txt')
  const { articles, problems } = await collect([path])
  assert.equal(problems.length, 0)
  const [a] = articles
  assert.ok(a)
  assert.equal(a.id, '000_991cd1617cec3500')
  assert.equal(a.text, await readFile(path, 'utf8'))
  assert.equal(a.title, 'Biden’s Sec of Defense Repeatedly Snubbed By China’s Top Military Leaders')
  assert.equal(a.date, null)
  assert.equal(a.header, null)
})

test('a seed article with a date header on the body line: date read, header marked, no title', { skip: !hasShared && NO_SHARED }, async () => {
  const path = shared('corpus', 'seeds', '004_bf467fc1274fd481.txt')
  const { articles } = await collect([path])
  const [a] = articles
  assert.ok(a)
  assert.equal(a.date, '2023-06-16')
  assert.equal(a.text, await readFile(path, 'utf8'))
  assert.deepEqual(a.header, [0, 17])
  assert.equal(a.text.slice(0, 17), ' date 2023-06-16 ')
  assert.equal(a.title, null)
})

test('date header on its own line, then a title line', () => {
  const { article, notes } = parsePlainText('date 2024-02-29\nKerry Meets Wang in Beijing\n\nThe two met on Friday.', 'x', 'x.txt')
  assert.equal(article.date, '2024-02-29')
  assert.equal(article.title, 'Kerry Meets Wang in Beijing')
  assert.deepEqual(notes, [])
})

test('an impossible header date is a warning, not a date', () => {
  const { article, notes } = parsePlainText('date 2023-02-30\nBody text here.', 'x', 'x.txt')
  assert.equal(article.date, null)
  assert.equal(notes[0]?.code, 'bad-date-header')
  assert.match(notes[0]!.reason, /2023-02-30/)
})

test('a first line that is prose is not a title', () => {
  assert.equal(parsePlainText('The minister said on Friday that talks would resume.\n\nMore.', 'x', 'x').article.title, null)
  assert.equal(parsePlainText('Line one\nline two of the same paragraph', 'x', 'x').article.title, null)
})
