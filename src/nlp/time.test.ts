import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { TimeExpr } from '../core/document.ts'
import type { Span } from '../core/span.ts'
import { findTimes } from './time.ts'

// ---------------------------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------------------------

/** Sentence spans, split at ". " / "! " / "? " and newlines; good enough for tests. */
const sentences = (text: string): Span[] => {
  const out: Span[] = []
  let start = 0
  for (const m of text.matchAll(/[.!?]["”’]?\s+|\n+/g)) {
    const end = m.index + m[0].trimEnd().length
    // keep "Oct. 12", "Sept. 11", "Mr. X" together
    if (/\b(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Sen|Gen|St|U\.S)\.$/.test(text.slice(Math.max(0, m.index - 5), m.index + 1))) continue
    if (end > start) out.push([start, end])
    start = m.index + m[0].length
  }
  if (start < text.length) out.push([start, text.length])
  return out
}

const run = (text: string, ref: string | null): TimeExpr[] => findTimes(text, ref, sentences(text))

const spanText = (text: string, t: TimeExpr): string => text.slice(t.span[0], t.span[1])

/** The time expression whose text is exactly `expr`; fails listing what was found otherwise. */
const timeOf = (text: string, ref: string | null, expr: string): TimeExpr => {
  const times = run(text, ref)
  const hit = times.find((t) => spanText(text, t) === expr)
  assert.ok(hit, `"${expr}" not found in ${JSON.stringify(times.map((t) => spanText(text, t)))}`)
  return hit
}

/** Assert `expr` in `text` resolves to [start, end] against article date `ref`. */
const expectTime = (ref: string | null, text: string, expr: string, start: string | null, end: string | null): TimeExpr => {
  const t = timeOf(text, ref, expr)
  assert.deepEqual([t.start, t.end], [start, end], `${expr} (${ref}): got ${t.start}..${t.end} via ${t.rule}`)
  return t
}

const texts = (text: string, ref: string | null): string[] => run(text, ref).map((t) => spanText(text, t))

/** Invariants every result must keep: inside a region, sorted, non-overlapping, valid dates. */
const assertWellFormed = (text: string, regions: readonly Span[], times: readonly TimeExpr[]): void => {
  let lastEnd = -1
  for (const t of times) {
    assert.ok(t.span[0] < t.span[1], 'empty span')
    assert.ok(t.span[0] >= lastEnd, `overlap or unsorted at ${t.span[0]}`)
    lastEnd = t.span[1]
    assert.ok(regions.some(([a, b]) => a <= t.span[0] && t.span[1] <= b), `span ${t.span} crosses a region`)
    for (const d of [t.start, t.end]) assert.ok(d === null || /^\d{4}-\d{2}-\d{2}$/.test(d), `bad date ${d}`)
    if (t.start !== null && t.end !== null) assert.ok(t.start <= t.end, `${t.start} > ${t.end}`)
    assert.equal(spanText(text, t), spanText(text, t).trim(), 'span has surrounding space')
  }
}

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

test('gold 2023-06-16: earlier this year; "weeks after" an undated event stays unresolved', () => {
  const ref = '2023-06-16'
  expectTime(ref, 'The balloon crossed the U.S. earlier this year.', 'earlier this year', '2023-01-01', '2023-06-16')
  const text = 'Blinken secured a meeting weeks after the balloon was shot down.'
  const t = expectTime(ref, text, 'weeks after', null, null)
  assert.equal(t.grain, 'relative')
  assert.equal(t.rule, 'relative-unanchored')
  // and nothing else: chrono's article-relative reading must not leak through
  assert.deepEqual(texts(text, ref), ['weeks after'])
})

// ---------------------------------------------------------------------------------------------
// anchored relatives
// ---------------------------------------------------------------------------------------------

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

test('relative: "months after" / "days after" with no dated anchor are null, never article-relative', () => {
  const ref = '2019-05-05'
  for (const [text, expr] of [
    ['Talks resumed months after the summit collapsed.', 'months after'],
    ['The charges came a day after Reuters reported the deal.', 'a day after'],
    ['In the days after the firing, Trump seemed to admit it.', 'In the days after'],
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
})

// ---------------------------------------------------------------------------------------------
// fix-ups
// ---------------------------------------------------------------------------------------------

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

test('seasons: this / last / next / in the, northern hemisphere', () => {
  expectTime('2019-09-02', 'They met last fall in Paris.', 'last fall', '2018-09-01', '2018-11-30')
  expectTime('2019-09-02', 'They will meet next spring.', 'next spring', '2020-03-01', '2020-05-31')
  expectTime('2019-11-20', 'Gas prices will rise this winter.', 'this winter', '2019-12-01', '2020-02-29')
  expectTime('2019-04-20', 'Gas prices rose this winter.', 'this winter', '2018-12-01', '2019-02-28')
  expectTime('2018-04-22', 'Elections can be held in the fall.', 'in the fall', '2017-09-01', '2017-11-30')
  expectTime('2018-04-22', 'Elections will be held in the fall.', 'in the fall', '2018-09-01', '2018-11-30')
  expectTime('2019-04-15', 'Mueller was appointed in the spring of 2017.', 'in the spring of 2017', '2017-03-01', '2017-05-31')
})

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

test('weekends and named dates', () => {
  expectTime('2018-10-22', 'The Saudis over the weekend admitted the killing.', 'over the weekend', '2018-10-20', '2018-10-21')
  expectTime('2017-03-15', 'Tillerson will head to China this weekend.', 'this weekend', '2017-03-18', '2017-03-19')
  expectTime('2014-09-04', 'The alliance responded after 9/11.', '9/11', '2001-09-11', '2001-09-11')
})

// ---------------------------------------------------------------------------------------------
// chrono cases and past/future reading
// ---------------------------------------------------------------------------------------------

test('chrono: ordinary dates', () => {
  const ref = '2023-06-16'
  expectTime(ref, 'The ceasefire began on July 28, 2022.', 'on July 28, 2022', '2022-07-28', '2022-07-28')
  expectTime(ref, 'The ceasefire began last Tuesday.', 'last Tuesday', '2023-06-13', '2023-06-13')
  expectTime(ref, 'Talks resume next Friday.', 'next Friday', '2023-06-23', '2023-06-23')
  expectTime(ref, 'The election was held on 5 January 2010.', 'on 5 January 2010', '2010-01-05', '2010-01-05')
  expectTime(ref, 'The minister spoke yesterday.', 'yesterday', '2023-06-15', '2023-06-15')
  expectTime(ref, 'Elections were held from March to May 2019.', 'from March to May 2019', '2019-03-01', '2019-05-31')
})

test('an undated month after a scene-setting year in the same sentence takes that year', () => {
  const ref = '2019-05-15'
  expectTime(ref, 'In 2014, Russia annexed Crimea and in March it held a vote.', 'in March', '2014-03-01', '2014-03-31')
  // "since 2002" and "the 2016 election" do not set the scene
  expectTime(ref, 'They have talked since 2002 and in March they met.', 'in March', '2019-03-01', '2019-03-31')
  expectTime(ref, 'The 2016 election loomed over talks in March.', 'in March', '2019-03-01', '2019-03-31')
})

test('weekday + date without a year: the nearby year where the weekday fits', () => {
  // 27 March was a Wednesday in 2019
  expectTime('2019-04-15', 'Troops drilled in Paju on Wednesday, March 27.', 'on Wednesday, March 27', '2019-03-27', '2019-03-27')
})

test('future clauses move weekdays and months forward', () => {
  const ref = '2023-06-14' // a Wednesday
  expectTime(ref, 'The leaders met on Monday.', 'on Monday', '2023-06-12', '2023-06-12')
  expectTime(ref, 'The leaders will meet on Monday.', 'on Monday', '2023-06-19', '2023-06-19')
  expectTime(ref, 'On Monday, the president will travel to Kyiv.', 'On Monday', '2023-06-19', '2023-06-19')
  expectTime(ref, 'The trial is slated to begin in February.', 'in February', '2024-02-01', '2024-02-29')
  expectTime(ref, 'The trial began in February.', 'in February', '2023-02-01', '2023-02-28')
})

test('reporting verbs date the saying; future verbs after them date the event', () => {
  const ref = '2018-05-20' // a Sunday
  expectTime(ref, 'North Korea said Saturday that it will dismantle its test site.', 'Saturday', '2018-05-19', '2018-05-19')
  expectTime(ref, 'Pompeo told Fox News on Thursday that there will be more actions.', 'on Thursday', '2018-05-17', '2018-05-17')
  expectTime(ref, 'He said the leaders will meet on Thursday.', 'on Thursday', '2018-05-24', '2018-05-24')
  expectTime(ref, 'The result will be announced on Thursday.', 'on Thursday', '2018-05-24', '2018-05-24')
  expectTime(ref, 'She was arrested on Thursday and is scheduled to appear in court.', 'on Thursday', '2018-05-17', '2018-05-17')
  expectTime(ref, 'Iran appeared to be finished after it fired missiles late Tuesday.', 'late Tuesday', '2018-05-15', '2018-05-15')
})

// ---------------------------------------------------------------------------------------------
// false positives
// ---------------------------------------------------------------------------------------------

test('filters words and numbers that are not time expressions', () => {
  const ref = '2019-05-15'
  for (const text of [
    'Officials may decide to act.',
    'Thousands joined the March on Washington.',
    'Demonstrators will march past Downing Street.',
    'Some 2,000 troops were deployed.',
    'The contract was worth $2014 per unit.',
    'Theresa May said the deal was done.',
    'He sat down and the sun rose.',
    'Brexit slipped from their grasp for a second time.',
    'About 1/3 of them voted at 2 p.m. local time.',
    'The Russell 2000 fell and 2000 people marched.',
    'We will deal with it now.',
    'He recalled the fall of Kabul.',
    'Finland fought hard during the Winter War.',
    'She told BBC Radio 4\'s Today programme the vote was lost.',
    'Mar-a-Lago hosted June Medical Services v. Russo lawyers.',
    'Resolution 1973 authorized force.',
  ]) {
    assert.deepEqual(texts(text, ref), [], text)
  }
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

const SEED = fileURLToPath(new URL('../../../shared/corpus/seeds/004_bf467fc1274fd481.txt', import.meta.url))

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
  for (const relative of ['in the days after', 'weeks after']) {
    const x = byText.get(relative)
    assert.ok(x, `${relative} missing: ${JSON.stringify([...byText.keys()])}`)
    assert.deepEqual([x.start, x.end, x.grain, x.rule], [null, null, 'relative', 'relative-unanchored'])
  }
  assert.deepEqual([byText.get('this year')?.start, byText.get('this year')?.end], ['2023-01-01', '2023-12-31'])
  // "the 80-year-old", "four months have passed", "G7" are not time expressions we resolve
  assert.deepEqual([...byText.keys()].sort(), ['earlier this year', 'in the days after', 'this year', 'weeks after'])
})
