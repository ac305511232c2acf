import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { Ajv2020 } from 'ajv/dist/2020.js'
import fc from 'fast-check'
import { article, type Doc } from '../src/core/index.ts'
import { toEventRecord } from '../src/events/index.ts'
import { parseHtml } from '../src/ingest/index.ts'
import { processArticle } from '../src/pipeline.ts'
import { hasShared, shared } from './helpers.ts'

// Property-based tests over the whole pipeline: whatever the text, no stage fails, every offset
// lies inside the text, and every event is a valid record (spec/event.schema.json, when ../shared
// is beside the repository). Runs are kept small enough for CI; raise FC_RUNS to search longer.
const RUNS = Number(process.env.FC_RUNS ?? 100)
const validate = hasShared ? new Ajv2020({ strict: false, validateFormats: false }).compile(JSON.parse(readFileSync(shared('spec', 'event.schema.json'), 'utf8')) as object) : null

const check = (doc: Doc): void => {
  const n = doc.article.text.length
  const inText = ([s, e]: readonly [number, number], what: string): void => assert.ok(s >= 0 && s <= e && e <= n, `${what} [${s}, ${e}) outside a text of ${n}`)
  assert.deepEqual(doc.messages.filter((m) => m.severity === 'error').map((m) => m.reason), [])
  for (const t of doc.tokens) inText(t.span, 'token')
  for (const s of doc.sentences) inText(s.span, 'sentence')
  for (const t of doc.times) inText(t.span, 'time')
  for (const m of doc.mentions) inText(m.span, 'mention')
  for (const e of doc.events) {
    inText(e.trigger, 'trigger')
    for (const s of e.sentences) inText(s, 'evidence')
    if (e.cue) inText(e.cue, 'cue')
    const rec = toEventRecord(doc, e)
    if (validate) assert.ok(validate(rec), JSON.stringify(validate.errors))
  }
}

const run = (text: string, date: string | null = '2023-06-16'): Doc => processArticle(article({ id: 'p', text, date, title: null, outlet: null, url: null, input: 'property', format: 'text', header: null }))

test('any unicode text: no stage fails, offsets in bounds', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => check(run(text))),
    { numRuns: RUNS },
  )
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => check(run(text, null))),
    { numRuns: RUNS },
  )
})

// words that make events, actors, cues and dates, in any order and with any punctuation
const WORDS = [
  'Biden', 'Xi', 'Jinping', 'China', 'the', 'U.S.', 'Beijing', 'Blinken', 'Wang', 'Yi', 'Defense', 'Secretary', 'Lloyd', 'Austin', 'General', 'Xu', 'Qiliang',
  'met', 'called', 'will', 'visit', 'not', 'never', 'refused', 'to', 'meet', 'talks', 'three', 'requests', 'speak', 'with', 'no', 'response', 'said', 'told',
  'the', 'Financial', 'Times', 'reportedly', 'accused', 'of', 'if', 'would', 'cancel', 'trip', 'on', 'Friday', 'last', 'week', 'in', 'March', '2022',
  'earlier', 'this', 'year', 'weeks', 'after', 'summit', 'sanctions', 'against', 'Russia', 'he', 'his', 'she', '“', '”', '"', ',', '.', ';', '—', '(', ')', "'s", '’s', '\n\n',
]
test('news-like word soup: no stage fails, offsets in bounds, events valid', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 120 }), fc.constantFrom(' ', '', '  ', '\n'), (words, sep) => check(run(words.join(sep)))),
    { numRuns: RUNS * 3 },
  )
})

test('huge tokens and long runs: no stage fails', () => {
  fc.assert(
    fc.property(fc.constantFrom('a', 'Z', '1', '.', '-', '’', 'é', '😀', ' '), fc.integer({ min: 1_000, max: 200_000 }), (ch, n) => check(run(`Biden met Xi. ${ch.repeat(n)} Blinken will visit Beijing.`))),
    { numRuns: 12 },
  )
})

test('deeply nested and broken HTML: read or refused with a message, never a throw', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 3000 }), fc.constantFrom('div', 'p', 'span', 'table', 'b'), fc.boolean(), (depth, tag, close) => {
      const html = `<html><body>${`<${tag}>`.repeat(depth)}Joe Biden met Xi Jinping on Tuesday.${close ? `</${tag}>`.repeat(depth) : ''}</body></html>`
      const r = parseHtml(html, 'nested', 'nested.html')
      if (r.ok) check(processArticle(r.article, r.notes))
      else assert.ok(r.problem.reason.length > 0)
    }),
    { numRuns: 20 },
  )
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (junk) => {
      const r = parseHtml(`<html><body><p>${junk}</p><div><<<>>${junk}</body>`, 'junk', 'junk.html')
      if (r.ok) check(processArticle(r.article, r.notes))
    }),
    { numRuns: RUNS },
  )
})
