import assert from 'node:assert/strict'
import { test } from 'node:test'
import { newDoc, type Doc } from '../core/index.ts'
import { articleOf, collect, hasShared, NO_SHARED, shared } from '../../test/helpers.ts'
import fc from 'fast-check'
import { indexFrom, tokenize } from './tokenize.ts'
import { wink } from './wink.ts'

const docOf = (text: string, header: [number, number] | null = null): Doc =>
  tokenize(newDoc(articleOf(text, null, header)))

test('every token span slices out exactly the token wink-nlp read, on both seeds', { skip: !hasShared && NO_SHARED }, async () => {
  const { articles } = await collect([shared('corpus', 'seeds')])
  assert.equal(articles.length, 2)
  const its = wink().its
  for (const a of articles) {
    const doc = tokenize(newDoc(a))
    const h = a.header?.[1] ?? 0
    const prose = ' '.repeat(h) + a.text.slice(h)
    const expected = (wink().readDoc(prose).tokens().out(its.value) as string[]).filter((v) => v.trim() !== '')
    // every token is what wink read, except typos split apart ("Blinken’strip" → "Blinken" "’s" "trip")
    assert.equal(doc.tokens.map((t) => a.text.slice(t.span[0], t.span[1])).join(''), expected.join(''))
    const glued = expected.filter((v) => /^\p{Lu}\p{Ll}+['’]s\p{Ll}{3,}$/u.test(v)).length
    assert.equal(doc.tokens.length, expected.length + 2 * glued)
    for (const t of doc.tokens) assert.ok(t.span[1] > t.span[0] && a.text.slice(t.span[0], t.span[1]).trim() !== '')
    for (const s of doc.sentences) {
      const first = doc.tokens[s.tokens[0]]!
      const last = doc.tokens[s.tokens[1] - 1]!
      assert.deepEqual(s.span, [first.span[0], last.span[1]])
    }
  }
})

test('seed 000: the headline is its own sentence; the request sentence is found whole', { skip: !hasShared && NO_SHARED }, async () => {
  const { articles } = await collect([shared('corpus', 'seeds', '000_991cd1617cec3500.txt')])
  const a = articles[0]!
  const doc = tokenize(newDoc(a))
  const sentences = doc.sentences.map((s) => a.text.slice(s.span[0], s.span[1]))
  assert.equal(sentences[0], 'Biden’s Sec of Defense Repeatedly Snubbed By China’s Top Military Leaders')
  assert.ok(sentences.some((s) => s.startsWith('Austin made three requests to speak to General Xu Qiliang') && s.endsWith('with no response.')))
})

test('a header is skipped but offsets still point into the whole text', () => {
  const text = ' date 2023-06-16 Biden called Xi. They talked.'
  const doc = docOf(text, [0, 17])
  assert.equal(text.slice(doc.tokens[0]!.span[0], doc.tokens[0]!.span[1]), 'Biden')
  assert.deepEqual(doc.sentences.map((s) => text.slice(s.span[0], s.span[1])), ['Biden called Xi.', 'They talked.'])
})

test('tokens carry part of speech and lemma; odd characters keep offsets aligned', () => {
  const text = 'Blinken’s trip was called off 🇺🇸 — “twice” — in São Paulo.\n\nThe talks resumed.'
  const doc = docOf(text)
  for (const t of doc.tokens) assert.notEqual(text.slice(t.span[0], t.span[1]).trim(), '')
  const called = doc.tokens.find((t) => text.slice(t.span[0], t.span[1]) === 'called')!
  assert.equal(called.lemma, 'call')
  assert.equal(called.pos, 'VERB')
  assert.equal(doc.sentences.length, 2)
  const sp = doc.tokens.find((t) => text.slice(t.span[0], t.span[1]) === 'São')
  assert.ok(sp)
})

test('a possessive run together with the next word is split: "Blinken’strip"', () => {
  const text = 'They cancelled Secretary of State Anthony Blinken’strip to China.'
  const doc = docOf(text)
  const words = doc.tokens.map((t) => text.slice(t.span[0], t.span[1]))
  assert.deepEqual(words.slice(6, 9), ['Blinken', '’s', 'trip'])
  assert.equal(doc.tokens[8]!.lemma, 'trip')
})

test('a run of a thousand or more characters without a space is left out of tokenizing; offsets still hold', () => {
  const text = `Biden met Xi. ${'a'.repeat(50_000)} Blinken will visit Beijing.`
  const t = performance.now()
  const doc = tokenize(newDoc(articleOf(text)))
  assert.ok(performance.now() - t < 5_000)
  assert.ok(!doc.tokens.some((k) => k.span[1] - k.span[0] >= 1000))
  const words = doc.tokens.map((k) => text.slice(k.span[0], k.span[1]))
  assert.deepEqual(words.slice(-5), ['Blinken', 'will', 'visit', 'Beijing', '.'])
})

test('lemmas from the cross-document cache are the ones wink-nlp gives, contractions included', () => {
  const its = wink().its
  const texts = [
    "The ministers met. She can't say they're meeting again; the talks were held in Paris.",
    "Ministers meeting in Paris can't agree. It's the talks' end: he'd said they'd met.",
  ]
  // twice over: the second reading comes from the cache
  for (const text of [...texts, ...texts]) {
    const w = wink().readDoc(text).tokens()
    const values = w.out(its.value) as string[]
    const lemmas = w.out(its.lemma as unknown as typeof its.value) as string[]
    const expected = values.map((v, i) => [v, lemmas[i]]).filter(([v]) => v!.trim() !== '').map(([, l]) => l)
    assert.deepEqual(docOf(text).tokens.map((t) => t.lemma), expected)
  }
})

test('indexFrom finds what indexOf finds', () => {
  // a small alphabet, so values often occur, partly occur, or occur twice
  const str = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '’'), maxLength: 12 })
  fc.assert(
    fc.property(str, str, fc.integer({ min: 0, max: 14 }), (text, value, from) => {
      assert.equal(indexFrom(text, value, from), text.indexOf(value, from))
    }),
    { numRuns: 5000 },
  )
})

test('an -s form after the particle "to" is a plural noun, not a verb: "conceded to demands from UNITA"', () => {
  const doc = docOf('President Dos Santos has conceded at last to demands from UNITA to overhaul the judiciary.')
  const at = (w: string) => doc.tokens.find((t) => doc.article.text.slice(...t.span) === w)
  assert.deepEqual([at('demands')?.pos, at('demands')?.lemma], ['NOUN', 'demand'])
  // an infinitive stays a verb
  assert.equal(at('overhaul')?.pos, 'VERB')
})
