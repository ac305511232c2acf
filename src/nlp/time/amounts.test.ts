/** Counts of units and moving an interval by them. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { hedgeOf, offsetGrain, offsetIv, parseAmount, unitOf } from './amounts.ts'
import { dayIv, isoOf, toDay } from './calendar.ts'

test('amounts: exact and vague counts', () => {
  assert.deepEqual(parseAmount('3'), { lo: 3, hi: 3, exact: true })
  assert.deepEqual(parseAmount('Two'), { lo: 2, hi: 2, exact: true })
  assert.deepEqual(parseAmount('a  couple of'), { lo: 2, hi: 2, exact: true })
  assert.deepEqual(parseAmount('a few'), { lo: 2, hi: 5, exact: false })
  assert.deepEqual(parseAmount('several'), { lo: 3, hi: 7, exact: false })
  assert.equal(parseAmount('seventeen'), null)
  assert.equal(parseAmount(undefined), null)
})

test('amounts: hedges and units', () => {
  assert.equal(hedgeOf('nearly'), 'less')
  assert.equal(hedgeOf('just over'), 'more')
  assert.equal(hedgeOf('at least'), 'more')
  assert.equal(hedgeOf(undefined), 'about')
  assert.equal(unitOf('nights'), 'day')
  assert.equal(unitOf('Weeks'), 'week')
  assert.equal(unitOf('minutes'), 'hour')
  assert.equal(unitOf('quarters'), null)
})

test('amounts: offsets are exact for days, rounded for longer units, widened by hedges', () => {
  const day = dayIv(toDay(2023, 6, 16))
  const iso = (iv: { from: number; to: number }): [string | null, string | null] => [isoOf(iv.from), isoOf(iv.to)]
  const three = { lo: 3, hi: 3, exact: true }
  assert.deepEqual(iso(offsetIv(day, three, 'day', 'about', -1)), ['2023-06-13', '2023-06-13'])
  assert.equal(offsetGrain(three, 'day', 'about'), 'day')
  // "two weeks ago": three days' slack either side
  assert.deepEqual(iso(offsetIv(day, { lo: 2, hi: 2, exact: true }, 'week', 'about', -1)), ['2023-05-30', '2023-06-05'])
  // "nearly a month ago": from a month back towards the article date
  assert.deepEqual(iso(offsetIv(dayIv(toDay(2013, 8, 19)), { lo: 1, hi: 1, exact: true }, 'month', 'less', -1)), ['2013-07-19', '2013-08-03'])
  assert.equal(offsetGrain(three, 'week', 'about'), 'range')
  // hours: the anchor day or the next
  assert.deepEqual(iso(offsetIv(day, { lo: 5, hi: 5, exact: true }, 'hour', 'about', 1)), ['2023-06-16', '2023-06-17'])
})
