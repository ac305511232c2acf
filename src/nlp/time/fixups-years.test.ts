/** Fix-ups for dates written out: years, ranges, decades, parts of years and months, named dates. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { expectTime, texts } from './test-helpers.ts'

test('years: in/since/by/bare, ranges, decades, parts of years', () => {
  const ref = '2020-01-15'
  expectTime(ref, 'The program ran until 2011 and was revived by 2020.', '2011', '2011-01-01', '2011-12-31')
  expectTime(ref, 'The program ran until 2011 and was revived by 2020.', '2020', '2020-01-01', '2020-12-31')
  expectTime(ref, 'Troops were deployed in 2022.', 'in 2022', '2022-01-01', '2022-12-31')
  expectTime(ref, 'He served from 1989 to 1999 in the Senate.', 'from 1989 to 1999', '1989-01-01', '1999-12-31')
  expectTime(ref, 'The 2014-16 recovery was slow.', '2014-16', '2014-01-01', '2016-12-31')
  expectTime(ref, 'Sanctions were tightened in the 1990s.', 'in the 1990s', '1990-01-01', '1999-12-31')
  expectTime(ref, 'The test took place in early 2013.', 'in early 2013', '2013-01-01', '2013-04-30')
  expectTime(ref, 'A deal is possible by the end of 2020.', 'the end of 2020', '2020-11-01', '2020-12-31')
  // two years, not a range
  assert.deepEqual(texts('Drones were used in 2014 and 2015 in Iraq.', ref), ['in 2014', '2015'])
})

test('month parts: early / mid / late, with and without a year', () => {
  const ref = '2023-06-16'
  expectTime(ref, 'Fighting resumed in mid-June.', 'in mid-June', '2023-06-11', '2023-06-20')
  expectTime(ref, 'Fighting resumed in early March.', 'in early March', '2023-03-01', '2023-03-10')
  expectTime(ref, 'Fighting resumed in late February 2018.', 'in late February 2018', '2018-02-20', '2018-02-28')
  expectTime(ref, 'Volume grew toward the end of January.', 'the end of January', '2023-01-21', '2023-01-31')
})

test('named dates', () => {
  expectTime('2014-09-04', 'The alliance responded after 9/11.', '9/11', '2001-09-11', '2001-09-11')
})

test('numbers that are counts, money or names are not years', () => {
  const ref = '2019-05-15'
  for (const text of [
    'Some 2,000 troops were deployed.',
    'The contract was worth $2014 per unit.',
    'The Russell 2000 fell and 2000 people marched.',
    'Resolution 1973 authorized force.',
  ]) {
    assert.deepEqual(texts(text, ref), [], text)
  }
})
