import assert from 'node:assert/strict'
import { test } from 'node:test'
import { hasShared, NO_SHARED, shared } from './helpers.ts'
import { readInputs } from '../src/ingest/index.ts'
import { failed, processArticle } from '../src/pipeline.ts'
import { inBounds, type Span } from '../src/core/index.ts'

/**
 * The whole pipeline over every real article we have: no stage fails on any of them, and every
 * span of every annotation and event lies inside its article's text.
 */
test('every corpus article goes through every stage, with every offset inside the text', { skip: !hasShared && NO_SHARED, timeout: 600_000 }, async () => {
  let articles = 0
  let events = 0
  for (const corpus of [shared('corpus', 'allsides-intl.jsonl.gz'), shared('corpus', 'wh-readouts.jsonl.gz'), shared('corpus', 'seeds')]) {
    for await (const item of readInputs([corpus])) {
      assert.equal(item.kind, 'read')
      if (item.kind !== 'read') continue
      const doc = processArticle(item.article, item.notes)
      assert.ok(!failed(doc), `${item.article.input}: ${JSON.stringify(doc.messages)}`)
      const n = item.article.text.length
      const spans: Span[] = [
        ...doc.tokens.map((t) => t.span),
        ...doc.sentences.map((s) => s.span),
        ...doc.times.map((t) => t.span),
        ...doc.mentions.map((m) => m.span),
        ...doc.events.flatMap((e) => [e.trigger, ...e.sentences, e.source.span, ...(e.target ? [e.target.span] : []), ...(e.cue ? [e.cue] : [])]),
      ]
      for (const s of spans) assert.ok(inBounds(s, n) && s[1] > s[0], `${item.article.input}: span [${s[0]}, ${s[1]}) outside 0..${n}`)
      articles++
      events += doc.events.length
    }
  }
  assert.equal(articles, 5855 + 1412 + 2)
  assert.ok(events > 10_000, `${events} events`)
})
