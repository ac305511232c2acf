/** Anchored relatives: measured from a dated anchor in the sentence, or left unresolved. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { expectTime, texts, timeOf } from './test-helpers.ts'

test('relative: "two weeks after July 4" shifts from the anchor, not from the article date', () => {
  const t = expectTime('2023-06-16', 'They met again two weeks after July 4.', 'two weeks after July 4', '2023-07-15', '2023-07-21')
  assert.equal(t.rule, 'relative-anchored')
})

test('relative: "just a few days before July 4, 1997" lands in the days before', () => {
  const text = 'The handover came just a few days before July 4, 1997, amid celebrations.'
  const t = timeOf(text, '2023-06-16', 'just a few days before July 4, 1997')
  assert.ok(t.start !== null && t.end !== null)
  assert.ok(t.start >= '1997-06-27' && t.end <= '1997-07-03', `${t.start}..${t.end}`)
})

test('relative: "months after X" / "days after X" with no dated anchor are null, never article-relative', () => {
  const ref = '2019-05-05'
  for (const [text, expr] of [
    ['Talks resumed months after the summit collapsed.', 'months after the summit collapsed'],
    ['The charges came a day after Reuters reported the deal.', 'a day after Reuters reported the deal'],
    ['In the days after the firing, Trump seemed to admit it.', 'In the days after the firing'],
    ['Two years later, the law was repealed.', 'Two years later'],
  ] as const) {
    const t = expectTime(ref, text, expr, null, null)
    assert.equal(t.rule, 'relative-unanchored')
  }
})

test('relative: anchored on an earlier date in the sentence ("a year later", "the next day", "that year")', () => {
  const ref = '2023-06-16'
  const later = timeOf('He left in March 2020 and a year later he returned.', ref, 'a year later')
  assert.ok(later.start !== null && later.start > '2020-10-01' && later.start < '2021-03-01', `${later.start}`)
  expectTime(ref, 'The attack came on Oct. 7, 2021, and the next day troops moved in.', 'the next day', '2021-10-08', '2021-10-08')
  expectTime(ref, 'They met in March 2018 and again in June that year.', 'that year', '2018-01-01', '2018-12-31')
})

test('relative: an attributive year ("the 2015 deal") is not the anchor of "after"', () => {
  const text = 'Iran acted a year after Trump withdrew from the 2015 deal.'
  const t = timeOf(text, '2019-05-08', 'a year after')
  assert.equal(t.rule, 'relative-unanchored')
  // the anchor phrase stops short rather than swallow the year, which stays its own expression
  assert.deepEqual(texts(text, '2019-05-08'), ['a year after', '2015'])
})

// ---------------------------------------------------------------------------------------------
// the anchor phrase of an unanchored relative
// ---------------------------------------------------------------------------------------------

test('unanchored: the span runs over the anchor phrase to the end of its clause', () => {
  const ref = '2023-06-16'
  for (const [text, expr] of [
    ['Weeks after the balloon was shot down, Blinken flew to Beijing.', 'Weeks after the balloon was shot down'],
    [
      'Aides talked him out of a call in the days after shooting down the spy balloon that floated over the coast.',
      'in the days after shooting down the spy balloon',
    ],
    ['Talks resumed days after the vote when tempers cooled.', 'days after the vote'],
    ['Talks resumed days after the vote because tempers cooled.', 'days after the vote'],
    ['Talks resumed days after the vote; nothing changed.', 'days after the vote'],
    ['He resigned weeks after the report — a damning one — came out.', 'weeks after the report'],
    ['He called it “a purge weeks after the crackdown” and left.', 'weeks after the crackdown'],
    ['He resigned weeks after that meeting.', 'weeks after that meeting'],
    ['Talks stalled days after the balloon crossed the U.S. and China protested.', 'days after the balloon crossed the U.S. and China protested'],
    ['The vote came in the years since the war began, which changed much.', 'in the years since the war began'],
  ] as const) {
    const t = expectTime(ref, text, expr, null, null)
    assert.deepEqual([t.grain, t.rule], ['relative', 'relative-unanchored'], text)
  }
})

test('unanchored: the anchor phrase takes at most twelve words', () => {
  const text = 'Talks resumed months after the long and bitter dispute over fishing rights in the northern waters finally ended.'
  const t = expectTime('2023-06-16', text, 'months after the long and bitter dispute over fishing rights in the northern waters', null, null)
  assert.equal(t.rule, 'relative-unanchored')
})

test('unanchored: a clause that ends at once leaves the bare relative', () => {
  assert.deepEqual(texts('Talks resumed weeks after — as the report said — the vote.', '2023-06-16'), ['weeks after'])
  expectTime('2023-06-16', 'They met the day before (as planned).', 'the day before', null, null)
})

test('anchor phrase with a date in it: the anchored rule still applies', () => {
  const text = 'They met again two weeks after the summit on July 4, 2019.'
  const t = expectTime('2023-06-16', text, 'two weeks after the summit on July 4, 2019', '2019-07-15', '2019-07-21')
  assert.equal(t.rule, 'relative-anchored')
})

test('anchor phrase: never swallows another time expression', () => {
  // with no article date "on Friday" is unresolved, so no anchor; both stay
  assert.deepEqual(texts('Talks resumed weeks after the vote on Friday.', null), ['weeks after', 'on Friday'])
  // "that year" is anchored on March 2018 by the other pass; it keeps its own date
  const text = 'He arrived in March 2018 and left weeks after that year’s election.'
  assert.deepEqual(texts(text, '2023-06-16'), ['in March 2018', 'weeks after', 'that year'])
  expectTime('2023-06-16', text, 'that year', '2018-01-01', '2018-12-31')
})
