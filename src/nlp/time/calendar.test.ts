/** Calendar arithmetic on UTC day numbers. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { isoOf, monthIv, partIv, partOf, shift, shiftUnitIv, toDay, weekIv, weekdayOf, yearIv, type Interval } from './calendar.ts'

const iso = (iv: Interval): [string | null, string | null] => [isoOf(iv.from), isoOf(iv.to)]

test('calendar: day numbers, ISO dates and weekdays', () => {
  assert.equal(toDay(1970, 1, 1), 0)
  assert.equal(weekdayOf(0), 4) // a Thursday
  assert.equal(weekdayOf(toDay(2023, 6, 16)), 5) // a Friday
  assert.equal(weekdayOf(toDay(1969, 12, 28)), 0) // a Sunday, before day 0
  assert.equal(isoOf(toDay(2024, 2, 29)), '2024-02-29')
  assert.equal(isoOf(null), null)
})

test('calendar: weeks run Monday to Sunday; months and years are whole', () => {
  assert.deepEqual(iso(weekIv(toDay(2019, 5, 15))), ['2019-05-13', '2019-05-19'])
  assert.deepEqual(iso(weekIv(toDay(2019, 5, 19))), ['2019-05-13', '2019-05-19'])
  assert.deepEqual(iso(monthIv(2024, 2)), ['2024-02-01', '2024-02-29'])
  assert.deepEqual(iso(yearIv(2018)), ['2018-01-01', '2018-12-31'])
})

test('calendar: shifting keeps the day of month where it exists', () => {
  assert.equal(isoOf(shift(toDay(2023, 1, 31), 1, 'month')), '2023-02-28')
  assert.equal(isoOf(shift(toDay(2024, 2, 29), 1, 'year')), '2025-02-28')
  assert.equal(isoOf(shift(toDay(2023, 3, 15), -2, 'week')), '2023-03-01')
  assert.equal(isoOf(shift(toDay(2020, 6, 1), 1, 'decade')), '2030-06-01')
  assert.deepEqual(iso(shiftUnitIv('month', toDay(2023, 1, 15), -1)), ['2022-12-01', '2022-12-31'])
})

test('calendar: parts of a month, year and decade', () => {
  const late = partOf('late')
  assert.ok(late)
  assert.deepEqual(iso(partIv(monthIv(2018, 2), 'month', late)), ['2018-02-20', '2018-02-28'])
  assert.deepEqual(iso(partIv(yearIv(2013), 'year', 'early')), ['2013-01-01', '2013-04-30'])
  assert.deepEqual(iso(partIv({ from: yearIv(2000).from, to: yearIv(2009).to }, 'decade', 'early')), ['2000-01-01', '2003-12-31'])
  assert.equal(partOf('first  half'), 'first-half')
  assert.equal(partOf('mid-'), 'mid')
  assert.equal(partOf('soon'), null)
})
