/** Words chrono reads as dates that are not time expressions here. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { texts } from './test-helpers.ts'

test('filters words and numbers that are not time expressions', () => {
  const ref = '2019-05-15'
  for (const text of [
    'Officials may decide to act.',
    'Thousands joined the March on Washington.',
    'Demonstrators will march past Downing Street.',
    'Theresa May said the deal was done.',
    'He sat down and the sun rose.',
    'Brexit slipped from their grasp for a second time.',
    'About 1/3 of them voted at 2 p.m. local time.',
    'We will deal with it now.',
    'She told BBC Radio 4\'s Today programme the vote was lost.',
    'Mar-a-Lago hosted June Medical Services v. Russo lawyers.',
  ]) {
    assert.deepEqual(texts(text, ref), [], text)
  }
})
