/** chrono-node's ordinary dates, re-resolved. */
import { test } from 'node:test'
import { expectTime } from './test-helpers.ts'

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
