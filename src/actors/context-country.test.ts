import assert from 'node:assert/strict'
import { test } from 'node:test'
import { docOf, mentionAt } from './test-support.ts'

test('an unknown office holder takes the one country the article names', () => {
  const doc = docOf('President Yoweri Museveni has banned Ugandan opposition candidates from the elections. Museveni said the ban would stand.', '2005-06-01')
  const m = mentionAt(doc, 'President Yoweri Museveni')
  assert.deepEqual([m?.country, m?.how], ['UGA', 'title:article-country'])
  // the name's later report follows
  assert.equal(mentionAt(doc, 'Museveni')?.country, 'UGA')
})

test('an article naming two countries leaves the unknown office holder unplaced', () => {
  const doc = docOf('President Yoweri Museveni flew to Nairobi on Monday and then to Beijing.', '2005-06-01')
  assert.equal(mentionAt(doc, 'President Yoweri Museveni')?.country, null)
})

test('a counterpart official does not place the unknown office holder', () => {
  const doc = docOf('President Yoweri Museveni met Chinese officials on Monday.', '2005-06-01')
  assert.equal(mentionAt(doc, 'President Yoweri Museveni')?.country, null)
})
