import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { collect, fixture } from '../../test/helpers.ts'

interface Expected { id: string; date: string; title: string; text: string }
const expected = JSON.parse(readFileSync(fixture('readouts.expected.json'), 'utf8')) as Expected[]
const words = (s: string): string => s.replace(/\s+/g, ' ').trim()

test('RSS 2.0: one article per item with guid, date, title, outlet and text', async () => {
  const { articles, problems } = await collect([fixture('readouts.rss')])
  assert.deepEqual(problems, [])
  assert.equal(articles.length, expected.length)
  articles.forEach((a, i) => {
    const e = expected[i]!
    assert.equal(a.id, e.id)
    assert.equal(a.date, e.date)
    assert.equal(a.title, e.title)
    assert.equal(a.outlet, 'The White House')
    assert.equal(a.format, 'feed')
    assert.equal(words(a.text), words(e.text))
  })
})

test('Atom: entries with xhtml content, alternate links and ids', async () => {
  const { articles, problems } = await collect([fixture('readouts.atom')])
  assert.deepEqual(problems, [])
  assert.equal(articles.length, expected.length)
  assert.equal(articles[0]?.id, `urn:overture:${expected[0]!.id}`)
  assert.match(articles[0]?.url ?? '', /^https:\/\/www\.whitehouse\.gov\//)
  assert.equal(articles[0]?.outlet, 'White House readouts (Atom)')
  assert.equal(words(articles[1]!.text), words(expected[1]!.text))
})

test('an entity-expansion bomb is refused without expanding it', async () => {
  const before = process.memoryUsage().heapUsed
  const { articles, problems } = await collect([fixture('entity-bomb.rss')])
  assert.equal(articles.length, 0)
  assert.equal(problems[0]?.code, 'xml-entities')
  assert.match(problems[0]!.reason, /never expanded/)
  assert.ok(process.memoryUsage().heapUsed - before < 50 * 1024 * 1024)
})

test('a malformed feed: the complete item before the fault is kept, the fault is reported with its position', async () => {
  const { articles, problems } = await collect([fixture('malformed.rss')])
  assert.deepEqual(articles.map((a) => a.title), ['First'])
  assert.equal(problems[0]?.code, 'malformed-xml')
  assert.match(problems[0]!.reason, /at line 4, column \d+: unexpected close tag/)
})
