import assert from 'node:assert/strict'
import { test } from 'node:test'
import { docOf, mentionAt } from './test-support.ts'

// "Elias Ndorimana": a name no persons file knows (historical.json places Museveni himself)

test('an unknown office holder takes the one country the article names', () => {
  const doc = docOf('President Elias Ndorimana has banned Ugandan opposition candidates from the elections. Ndorimana said the ban would stand.', '2005-06-01')
  const m = mentionAt(doc, 'President Elias Ndorimana')
  assert.deepEqual([m?.country, m?.how], ['UGA', 'title:article-country'])
  // the name's later report follows
  assert.equal(mentionAt(doc, 'Ndorimana')?.country, 'UGA')
})

test('an article naming two countries leaves the unknown office holder unplaced', () => {
  const doc = docOf('President Elias Ndorimana flew to Nairobi on Monday and then to Beijing.', '2005-06-01')
  assert.equal(mentionAt(doc, 'President Elias Ndorimana')?.country, null)
})

test('a counterpart official does not place the unknown office holder', () => {
  const doc = docOf('President Elias Ndorimana met Chinese officials on Monday.', '2005-06-01')
  assert.equal(mentionAt(doc, 'President Elias Ndorimana')?.country, null)
})
