/** findTimes end to end: the gold-data conventions, offsets and regions, the seed article. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { shared } from '../../../test/helpers.ts'
import type { Span } from '../../core/span.ts'
import { findTimes } from './index.ts'
import { assertWellFormed, expectTime, run, sentences, spanText, texts, timeOf } from './test-helpers.ts'

// ---------------------------------------------------------------------------------------------
// conventions from the hand-annotated gold data
// ---------------------------------------------------------------------------------------------

test('gold 2017-06-03: weekdays are the most recent such day on or before the article date', () => {
  expectTime('2017-06-03', 'He spoke to reporters Saturday.', 'Saturday', '2017-06-03', '2017-06-03')
  expectTime('2017-06-03', 'The two leaders met on Friday.', 'on Friday', '2017-06-02', '2017-06-02')
})

test('gold 2018-04-30: weekdays, last week, earlier this month/year, late February', () => {
  const ref = '2018-04-30'
  expectTime(ref, 'Monday the ministers gathered in Brussels.', 'Monday', '2018-04-30', '2018-04-30')
  expectTime(ref, 'The ministers gathered in Brussels Friday.', 'Friday', '2018-04-27', '2018-04-27')
  expectTime(ref, 'Last week the talks collapsed.', 'Last week', '2018-04-23', '2018-04-29')
  expectTime(ref, 'The envoy visited Seoul earlier this month.', 'earlier this month', '2018-04-01', '2018-04-30')
  expectTime(ref, 'Earlier this year, the two sides agreed to talk.', 'Earlier this year', '2018-01-01', '2018-04-30')
  expectTime(ref, 'The deal was first floated in late February.', 'in late February', '2018-02-20', '2018-02-28')
})

test('gold 2018-08-26: a month name is that month of the article year', () => {
  expectTime('2018-08-26', 'The summit took place in June.', 'in June', '2018-06-01', '2018-06-30')
})

test("gold 2015-03-30: \"Monday's talks\" and \"Late Sunday\"", () => {
  const ref = '2015-03-30'
  expectTime(ref, "Monday's talks in Lausanne ran late.", 'Monday', '2015-03-30', '2015-03-30')
  expectTime(ref, 'Late Sunday the negotiators reached a framework.', 'Late Sunday', '2015-03-29', '2015-03-29')
})

test('gold 2019-11-07: month-day and month without a year are placed in the past', () => {
  const ref = '2019-11-07'
  expectTime(ref, 'The protest began on Oct. 12 in the capital.', 'on Oct. 12', '2019-10-12', '2019-10-12')
  expectTime(ref, 'He resigned in September.', 'in September', '2019-09-01', '2019-09-30')
})

test('gold 2017-11-20: future weekday, past month, season, bare year, this month', () => {
  const ref = '2017-11-20'
  expectTime(ref, 'The two presidents will meet Tuesday in Sochi.', 'Tuesday', '2017-11-21', '2017-11-21')
  expectTime(ref, 'In February, the ministry issued a warning.', 'In February', '2017-02-01', '2017-02-28')
  expectTime(ref, 'The talks stalled this summer.', 'this summer', '2017-06-01', '2017-08-31')
  expectTime(ref, 'The two countries have cooperated since 2002.', '2002', '2002-01-01', '2002-12-31')
  expectTime(ref, 'The envoy arrived in Beijing this month.', 'this month', '2017-11-01', '2017-11-20')
})

test('gold 2019-09-02: sometime this fall, in recent weeks, last week, in 2014', () => {
  const ref = '2019-09-02'
  expectTime(ref, 'A summit could take place sometime this fall.', 'sometime this fall', '2019-09-01', '2019-11-30')
  expectTime(ref, 'Tensions have risen in recent weeks.', 'in recent weeks', '2019-08-05', '2019-09-02')
  // gold 2019-08-24..2019-09-01; we give the Monday-to-Sunday week before the article's week
  expectTime(ref, 'The ministers met last week in Bangkok.', 'last week', '2019-08-26', '2019-09-01')
  expectTime(ref, 'Russia annexed Crimea in 2014.', 'in 2014', '2014-01-01', '2014-12-31')
})

test('gold 2013-08-19: "Nearly a month ago" reaches from a month back towards the article date', () => {
  // gold 2013-07-19..2013-08-05
  const t = expectTime('2013-08-19', 'Nearly a month ago, the army ousted him.', 'Nearly a month ago', '2013-07-19', '2013-08-03')
  assert.equal(t.rule, 'ago')
})

test('gold 2019-05-05: last month, in May 2018, in the months that followed', () => {
  const ref = '2019-05-05'
  expectTime(ref, 'Last month the president visited Hanoi.', 'Last month', '2019-04-01', '2019-04-30')
  const text = 'The sanctions were imposed in May 2018, and in the months that followed trade collapsed.'
  expectTime(ref, text, 'in May 2018', '2018-05-01', '2018-05-31')
  const t = expectTime(ref, text, 'in the months that followed', '2018-05-01', null)
  assert.equal(t.grain, 'relative')
})

test('gold 2020-05-24: over the past week, a bare year before a noun', () => {
  const ref = '2020-05-24'
  expectTime(ref, 'Protests spread over the past week.', 'over the past week', '2020-05-17', '2020-05-24')
  expectTime(ref, 'The 1984 agreement guaranteed its autonomy.', '1984', '1984-01-01', '1984-12-31')
})

test('gold 2013-01-31: last week is the Monday-to-Sunday week before', () => {
  expectTime('2013-01-31', 'The envoy was in Cairo last week.', 'last week', '2013-01-21', '2013-01-27')
})

test('gold 2023-06-16: earlier this year; "weeks after" an undated event stays unresolved, with its anchor phrase', () => {
  const ref = '2023-06-16'
  expectTime(ref, 'The balloon crossed the U.S. earlier this year.', 'earlier this year', '2023-01-01', '2023-06-16')
  const text = 'Blinken secured a meeting weeks after the balloon was shot down.'
  const t = expectTime(ref, text, 'weeks after the balloon was shot down', null, null)
  assert.equal(t.grain, 'relative')
  assert.equal(t.rule, 'relative-unanchored')
  // and nothing else: chrono's article-relative reading must not leak through
  assert.deepEqual(texts(text, ref), ['weeks after the balloon was shot down'])
})

// ---------------------------------------------------------------------------------------------
// offsets, regions, null reference, determinism
// ---------------------------------------------------------------------------------------------

test('offsets point into the whole text and match the expression', () => {
  const text = 'Intro line.\nThe envoy arrived on Friday. Earlier this year, in late February, talks failed. Since 2002 ties grew.'
  const times = run(text, '2018-04-30')
  assert.deepEqual(times.map((t) => spanText(text, t)), ['on Friday', 'Earlier this year', 'in late February', '2002'])
  assertWellFormed(text, sentences(text), times)
  const friday = times[0]
  assert.ok(friday)
  assert.equal(friday.span[0], text.indexOf('on Friday'))
})

test('regions: only inside them, never across a boundary', () => {
  const text = 'They met on Friday. The talks ended on July 4, 1997 in Hong Kong.'
  const second = text.indexOf('The talks')
  // only the second sentence
  assert.deepEqual(
    findTimes(text, '2023-06-16', [[second, text.length]]).map((t) => spanText(text, t)),
    ['on July 4, 1997'],
  )
  // a boundary inside "July 4, 1997": the year alone on the right, nothing glued across
  const cut = text.indexOf(', 1997')
  const regions: Span[] = [[0, cut], [cut, text.length]]
  const times = findTimes(text, '2023-06-16', regions)
  assertWellFormed(text, regions, times)
  assert.ok(!times.some((t) => spanText(text, t).includes('July 4, 1997')))
  // no regions, no times
  assert.deepEqual(findTimes(text, '2023-06-16', []), [])
})

test('null refDate: relative expressions unresolved, absolute ones resolved', () => {
  const un = (text: string, expr: string, grain: string): void => {
    const t = expectTime(null, text, expr, null, null)
    assert.equal(t.grain, grain)
    assert.ok(t.rule.endsWith('unresolved'), t.rule)
  }
  un('The leaders met on Friday.', 'on Friday', 'day')
  un('The leaders met last month.', 'last month', 'month')
  un('The leaders met earlier this year.', 'earlier this year', 'range')
  un('The leaders met in late February.', 'in late February', 'range')
  un('The leaders met three days ago.', 'three days ago', 'day')
  expectTime(null, 'The treaty was signed in 2014.', 'in 2014', '2014-01-01', '2014-12-31')
  expectTime(null, 'Hong Kong returned on July 4, 1997.', 'on July 4, 1997', '1997-07-04', '1997-07-04')
  expectTime(null, 'The strikes began in late February 2018.', 'in late February 2018', '2018-02-20', '2018-02-28')
  // anchored on the whole of March 2020, one day on
  expectTime(null, 'He left in March 2020 and a day later he returned.', 'a day later', '2020-03-02', '2020-04-01')
})

test('the same input gives the same output in any machine time zone', () => {
  const text =
    'On Friday, Oct. 12 and last week, in late February and two weeks after July 4 they met. Monday talks resume. ' +
    'Yesterday and tonight, this summer and three days ago count too.'
  const before = process.env.TZ
  const results: string[] = []
  try {
    for (const tz of ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles']) {
      process.env.TZ = tz
      results.push(JSON.stringify(run(text, '2019-11-07')))
    }
  } finally {
    if (before === undefined) delete process.env.TZ
    else process.env.TZ = before
  }
  for (const r of results) assert.equal(r, results[0])
})

test('invalid refDate is treated as unknown', () => {
  const t = timeOf('They met on Friday.', 'June 2019', 'on Friday')
  assert.equal(t.start, null)
})

// ---------------------------------------------------------------------------------------------
// the real seed article
// ---------------------------------------------------------------------------------------------

const SEED = shared('corpus', 'seeds', '004_bf467fc1274fd481.txt')

test('seed article 004 (2023-06-16)', (t) => {
  if (!existsSync(SEED)) {
    t.skip(`seed article not found at ${SEED}`)
    return
  }
  const raw = readFileSync(SEED, 'utf8')
  const header = /^\s*date (\d{4}-\d{2}-\d{2})\s+/.exec(raw)
  assert.ok(header, 'seed starts with a date line')
  const ref = header[1] ?? null
  assert.equal(ref, '2023-06-16')
  const text = raw.slice(header[0].length)
  const regions = sentences(text)
  const times = findTimes(text, ref, regions)
  assertWellFormed(text, regions, times)
  const byText = new Map(times.map((x) => [spanText(text, x), x]))

  assert.deepEqual(
    [byText.get('earlier this year')?.start, byText.get('earlier this year')?.end],
    ['2023-01-01', '2023-06-16'],
  )
  // unanchored relatives keep their anchor phrase, up to the end of its clause
  for (const relative of ['in the days after shooting down the spy balloon', 'weeks after the balloon was shot down']) {
    const x = byText.get(relative)
    assert.ok(x, `${relative} missing: ${JSON.stringify([...byText.keys()])}`)
    assert.deepEqual([x.start, x.end, x.grain, x.rule], [null, null, 'relative', 'relative-unanchored'])
  }
  assert.deepEqual([byText.get('this year')?.start, byText.get('this year')?.end], ['2023-01-01', '2023-12-31'])
  // "the 80-year-old", "four months have passed", "G7" are not time expressions we resolve
  assert.deepEqual([...byText.keys()].sort(), [
    'earlier this year',
    'in the days after shooting down the spy balloon',
    'this year',
    'weeks after the balloon was shot down',
  ])
})
