/** Past or future placement of undated weekdays and months. */
import { test } from 'node:test'
import { expectTime } from './test-helpers.ts'

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
