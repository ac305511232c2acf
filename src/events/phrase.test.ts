import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Token } from '../core/index.ts'
import { findPhrases, formsOf, phraseSet } from './phrase.ts'

/** Tokens of space-separated words, each with the lemma given (or its lower case). */
const tokensOf = (words: readonly (readonly [text: string, lemma?: string])[]): { text: string; tokens: Token[] } => {
  const tokens: Token[] = []
  let text = ''
  for (const [w, lemma] of words) {
    if (text) text += ' '
    tokens.push({ span: [text.length, text.length + w.length], pos: 'X', lemma: lemma ?? w.toLowerCase() })
    text += w
  }
  return { text, tokens }
}

const hits = (set: Parameters<typeof findPhrases>[0], f: Parameters<typeof findPhrases>[1], n: number): [number, number, unknown][] =>
  findPhrases(set, f, 0, n).map((h) => [h.start, h.end, h.value])

test('a phrase word matches a lemma or the lower-case text; alternatives; longest first at a start', () => {
  const { text, tokens } = tokensOf([['Leaders'], ['Met', 'meet'], ['with'], ['Xi'], ['and'], ['talked', 'talk']])
  const f = formsOf(text, tokens)
  const set = phraseSet([
    { pattern: 'meet', value: 'meet' },
    { pattern: 'meet with', value: 'meet with' },
    { pattern: 'met|talked', value: 'text' },
    { pattern: 'talk', value: 'talk' },
  ])
  assert.deepEqual(hits(set, f, tokens.length), [
    [1, 3, 'meet with'],
    [1, 2, 'meet'],
    [1, 2, 'text'],
    [5, 6, 'talk'],
    [5, 6, 'text'],
  ])
})

test('a gap spans a few words but not a clause break', () => {
  const set = phraseSet([{ pattern: 'refuse * talk', value: true }])
  const near = tokensOf([['refused', 'refuse'], ['again'], ['to'], ['talk']])
  assert.deepEqual(hits(set, formsOf(near.text, near.tokens), near.tokens.length), [[0, 4, true]])
  const broken = tokensOf([['refused', 'refuse'], ['.'], ['talk']])
  assert.deepEqual(hits(set, formsOf(broken.text, broken.tokens), broken.tokens.length), [])
})

test('a set made after the forms were read still finds its words', () => {
  const { text, tokens } = tokensOf([['zyxwvut'], ['qponm']])
  const f = formsOf(text, tokens)
  // both words are new to every phrase made so far: the forms read them as in no phrase
  const later = phraseSet([{ pattern: 'zyxwvut qponm', value: 1 }])
  assert.deepEqual(hits(later, f, tokens.length), [[0, 2, 1]])
})

test('curly apostrophes read as straight ones', () => {
  const { text, tokens } = tokensOf([['won'], ['n’t', 'n’t']])
  assert.deepEqual(hits(phraseSet([{ pattern: "won n't", value: true }]), formsOf(text, tokens), tokens.length), [[0, 2, true]])
})
