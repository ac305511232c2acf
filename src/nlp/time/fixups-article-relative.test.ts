/** Fix-ups for spans measured from the article date. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { expectTime, timeOf } from './test-helpers.ts'

test('this / last / next week, month, year', () => {
  const ref = '2019-05-15' // a Wednesday
  expectTime(ref, 'The vote is due this week.', 'this week', '2019-05-13', '2019-05-19')
  expectTime(ref, 'The vote is due next week.', 'next week', '2019-05-20', '2019-05-26')
  expectTime(ref, 'The vote is due next month.', 'next month', '2019-06-01', '2019-06-30')
  expectTime(ref, 'The vote was held last year.', 'last year', '2018-01-01', '2018-12-31')
  expectTime(ref, 'The vote is due next year.', 'next year', '2020-01-01', '2020-12-31')
  expectTime(ref, 'Exports fell this year.', 'this year', '2019-01-01', '2019-12-31')
  expectTime(ref, 'The vote will be held later this year.', 'later this year', '2019-05-15', '2019-12-31')
  expectTime(ref, 'The vote will be held later this month.', 'later this month', '2019-05-15', '2019-05-31')
  expectTime(ref, 'Turnout fell late last year.', 'late last year', '2018-09-01', '2018-12-31')
  expectTime(ref, 'Chlorine was used in January this year.', 'in January this year', '2019-01-01', '2019-01-31')
  expectTime(ref, 'Chlorine was used in March of last year.', 'in March of last year', '2018-03-01', '2018-03-31')
  expectTime(ref, 'Prices stay high for the rest of this year.', 'the rest of this year', '2019-05-15', '2019-12-31')
})

test('spans back from the article date: recent days, the past few days, the last two years', () => {
  const ref = '2019-05-15'
  expectTime(ref, 'Clashes spread in recent days.', 'in recent days', '2019-05-08', '2019-05-15')
  expectTime(ref, 'Clashes spread in the past few days.', 'in the past few days', '2019-05-10', '2019-05-15')
  expectTime(ref, 'Clashes spread in the last two years.', 'in the last two years', '2017-05-15', '2019-05-15')
  expectTime(ref, 'Talks may resume in the coming weeks.', 'in the coming weeks', '2019-05-15', '2019-06-05')
})

test('ago: days exactly, weeks and years approximately', () => {
  const ref = '2023-06-16'
  expectTime(ref, 'He left three days ago.', 'three days ago', '2023-06-13', '2023-06-13')
  expectTime(ref, 'He left two weeks ago.', 'two weeks ago', '2023-05-30', '2023-06-05')
  const year = timeOf('He left a year ago.', ref, 'a year ago')
  assert.ok(year.start !== null && year.end !== null && year.start <= '2022-06-16' && year.end >= '2022-06-16')
  const more = timeOf('He left more than a week ago.', ref, 'more than a week ago')
  assert.ok(more.end === '2023-06-09', `${more.end}`)
})

test('weekends', () => {
  expectTime('2018-10-22', 'The Saudis over the weekend admitted the killing.', 'over the weekend', '2018-10-20', '2018-10-21')
  expectTime('2017-03-15', 'Tillerson will head to China this weekend.', 'this weekend', '2017-03-18', '2017-03-19')
})
