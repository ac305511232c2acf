/** Where the anchor phrase of an unanchored relative ends. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { ANCHOR_PHRASE_MAX_WORDS, anchorPhraseEnd } from './anchor-phrase.ts'

/** The anchor phrase after the first `head` in `s`. */
const phraseAfter = (s: string, head: string): string => {
  const from = s.indexOf(head) + head.length
  return s.slice(from, anchorPhraseEnd(s, from))
}

test('anchor phrase: ends at clause punctuation', () => {
  const cases: readonly [string, string][] = [
    ['weeks after the balloon was shot down, Blinken flew', 'the balloon was shot down'],
    ['weeks after the vote; nothing changed', 'the vote'],
    ['weeks after the vote: nothing changed', 'the vote'],
    ['weeks after the vote! Nothing changed', 'the vote'],
    ['weeks after the vote? Nothing changed', 'the vote'],
    ['weeks after the vote (a narrow one) he left', 'the vote'],
    ['weeks after the vote — a narrow one — he left', 'the vote'],
    ['weeks after the vote – a narrow one – he left', 'the vote'],
    ['weeks after the vote - a narrow one - he left', 'the vote'],
    ['weeks after the vote -- a narrow one -- he left', 'the vote'],
    ['“weeks after the vote” he said', 'the vote'],
    ['"weeks after the vote" he said', 'the vote'],
    ['‘weeks after the vote’, he said', 'the vote'],
    ['weeks after the vote. Then he left', 'the vote'],
    ['weeks after the vote...', 'the vote'],
    ['weeks after the vote', 'the vote'],
  ]
  for (const [s, phrase] of cases) assert.equal(phraseAfter(s, 'weeks after '), phrase, s)
})

test('anchor phrase: ends before a subordinator opening the next clause', () => {
  for (const word of ['when', 'while', 'because', 'as', 'which', 'that', 'who', 'where', 'although', 'but', 'until']) {
    const s = `days after the summit collapsed ${word} the talks went on`
    assert.equal(phraseAfter(s, 'days after '), 'the summit collapsed', s)
  }
  assert.equal(phraseAfter('days after shooting down the spy balloon that floated over', 'days after '), 'shooting down the spy balloon')
})

test('anchor phrase: a subordinator word as the first word is a determiner, not a break', () => {
  assert.equal(phraseAfter('weeks after that meeting ended', 'weeks after '), 'that meeting ended')
  // "asylum", "whichever", "butter": only whole words break
  assert.equal(phraseAfter('days after the asylum butter whichever sale', 'days after '), 'the asylum butter whichever sale')
})

test('anchor phrase: opening quotes, apostrophes, hyphens and abbreviations do not end it', () => {
  assert.equal(phraseAfter('days after the “Liberation Day” tariffs, markets fell', 'days after '), 'the “Liberation Day” tariffs')
  assert.equal(phraseAfter('days after the "Liberation Day" tariffs, markets fell', 'days after '), 'the "Liberation Day" tariffs')
  assert.equal(phraseAfter('days after the ‘Brexit’ vote, markets fell', 'days after '), 'the ‘Brexit’ vote')
  assert.equal(phraseAfter('days after the “when in Rome” memo leaked', 'days after '), 'the “when in Rome” memo leaked')
  assert.equal(phraseAfter('days after the allies’ talks collapsed', 'days after '), 'the allies’ talks collapsed')
  assert.equal(phraseAfter('days after China’s envoy left', 'days after '), 'China’s envoy left')
  assert.equal(phraseAfter('days after the 80-year-old leader spoke', 'days after '), 'the 80-year-old leader spoke')
  assert.equal(phraseAfter('days after the U.S. and Mr. Xi met', 'days after '), 'the U.S. and Mr. Xi met')
  assert.equal(phraseAfter('years after George W. Bush invaded Iraq, ISIS rose', 'years after '), 'George W. Bush invaded Iraq')
  // a sentence that ends on an abbreviation keeps it whole
  assert.equal(phraseAfter('days after the balloon crossed the U.S.', 'days after '), 'the balloon crossed the U.S.')
})

test('anchor phrase: a comma inside a number and a period inside a quote', () => {
  assert.equal(phraseAfter('weeks after a quake killed more than 8,000 people, aid came', 'weeks after '), 'a quake killed more than 8,000 people')
  assert.equal(phraseAfter('in the 12 years since their capture."We prosecuted', 'years since '), 'their capture')
  assert.equal(phraseAfter('weeks after the vote.” He left', 'weeks after '), 'the vote')
})

test('anchor phrase: does not end on a dangling article or preposition', () => {
  // cut short by a subordinator: the preposition that leads into it goes too
  assert.equal(phraseAfter('the day after a tabloid published an interview with him in which he spoke', 'the day after '), 'a tabloid published an interview with him')
  // a bracket: "the" is never the last word of a clause
  assert.equal(phraseAfter('three months before the (presidential) elections', 'months before '), '')
  // at the end of the clause a particle stays
  assert.equal(phraseAfter('days after the lights came on, they left', 'days after '), 'the lights came on')
  assert.equal(phraseAfter('days after the lights came on', 'days after '), 'the lights came on')
})

test('anchor phrase: at most twelve words', () => {
  const words = Array.from({ length: 20 }, (_, i) => `w${i}`)
  const s = `weeks after ${words.join(' ')}`
  assert.equal(phraseAfter(s, 'weeks after '), words.slice(0, ANCHOR_PHRASE_MAX_WORDS).join(' '))
  // cut by the limit, it drops what would dangle
  const cut = 'weeks after a memo banning those troops from serving in the armed forces of the country'
  assert.equal(phraseAfter(cut, 'weeks after '), 'a memo banning those troops from serving in the armed forces')
})

test('anchor phrase: none when the clause ends at once', () => {
  for (const s of ['weeks after (as planned)', 'weeks after — he left', 'weeks after ; he left', 'weeks after ']) {
    const from = 'weeks after '.length
    assert.equal(anchorPhraseEnd(s, from), from, s)
  }
})
