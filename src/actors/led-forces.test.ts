import assert from 'node:assert/strict'
import { test } from 'node:test'
import { docOf, mentionAt } from './test-support.ts'

test('a force a country leads is that country\'s: "the Saudi-led coalition", "U.S.-led coalition"', () => {
  const saudi = mentionAt(docOf('The Saudi-led coalition bombed a school bus in Yemen.', '2018-08-09'), 'Saudi-led coalition')
  assert.deepEqual([saudi?.country, saudi?.sector, saudi?.how], ['SAU', 'MIL', 'led-by'])
  assert.equal(mentionAt(docOf('The U.S.-led coalition struck targets in Iraq.', '2015-01-01'), 'U.S.-led coalition')?.country, 'USA')
})

test('a force a country only backs is not that country\'s: "Moscow-backed rebels"', () => {
  const doc = docOf('Moscow-backed rebels shelled Donetsk.', '2015-01-01')
  assert.ok(!doc.mentions.some((m) => m.country === 'RUS'), JSON.stringify(doc.mentions.map((m) => [m.how, m.country])))
})

test('a war a country leads is that country\'s, also where its word alone is ambiguous: "the US-led war"', () => {
  const war = mentionAt(docOf('Turkey refused to commit to any direct assistance to the US-led war against Iraq.', '2003-03-01'), 'US-led war')
  assert.deepEqual([war?.country, war?.how], ['USA', 'led-by'])
  // "US" alone stays ambiguous with the pronoun, as before
  assert.ok(!docOf('Let us go.', '2003-03-01').mentions.some((m) => m.country === 'USA'))
})
