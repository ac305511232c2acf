import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { collect, fixture } from '../../test/helpers.ts'
import { htmlToText } from './html-text.ts'
import { parseHtml } from './html-reader.ts'

const expected = JSON.parse(readFileSync(fixture('article-page.expected.json'), 'utf8')) as { title: string; date: string }

test('an article page: main text without navigation, scripts or footer; metadata from the head', async () => {
  const { articles, problems } = await collect([fixture('article-page.html')])
  assert.deepEqual(problems, [])
  const [a] = articles
  assert.ok(a)
  assert.equal(a.id, 'article-page')
  assert.equal(a.format, 'html')
  assert.equal(a.title, expected.title)
  assert.equal(a.date, expected.date)
  assert.equal(a.outlet, 'Fox News')
  assert.match(a.url ?? '', /^http:\/\/www\.foxnews\.com\//)
  assert.match(a.text, /Mattis/)
  assert.doesNotMatch(a.text, /Trending|All rights reserved|not content|Politics/)
  // paragraphs stay apart, so sentence splitting sees them
  assert.ok(a.text.split('\n\n').length > 5)
})

test('a page with no body is refused with a message naming it', async () => {
  const { articles, problems } = await collect([fixture('no-body.html')])
  assert.equal(articles.length, 0)
  assert.equal(problems[0]?.code, 'html-no-body')
  assert.equal(problems[0]?.input, fixture('no-body.html'))
})

test('a short page still gives its text', async () => {
  const { articles } = await collect(['-'], undefined, (async function* () {
    yield Buffer.from('<html><body><p>Putin called Macron on Monday.</p></body></html>')
  })())
  assert.equal(articles[0]?.text, 'Putin called Macron on Monday.')
})

test('htmlToText keeps blocks apart and drops scripts', () => {
  assert.equal(htmlToText('<h1>Talks</h1><p>One <b>two</b>.</p><script>x()</script><ul><li>a</li><li>b</li></ul>'), 'Talks\n\nOne two.\n\na\n\nb')
})

test('a page nested thousands deep is refused with a message, quickly; unclosed paragraphs are not nesting', () => {
  const deep = parseHtml(`<html><body>${'<div>'.repeat(5000)}Biden met Xi.</body></html>`, 'deep', 'deep.html')
  assert.equal(deep.ok, false)
  if (!deep.ok) assert.match(deep.problem.reason, /nests elements 5000 deep \(more than 256\)/)
  const paras = parseHtml(`<html><body>${'<p>Joe Biden spoke with Xi Jinping by phone about trade and security. '.repeat(600)}</body></html>`, 'paras', 'paras.html')
  assert.equal(paras.ok, true)
})
