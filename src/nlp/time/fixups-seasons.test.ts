/** Fix-ups for seasons. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { expectTime, texts } from './test-helpers.ts'

test('seasons: this / last / next / in the, northern hemisphere', () => {
  expectTime('2019-09-02', 'They met last fall in Paris.', 'last fall', '2018-09-01', '2018-11-30')
  expectTime('2019-09-02', 'They will meet next spring.', 'next spring', '2020-03-01', '2020-05-31')
  expectTime('2019-11-20', 'Gas prices will rise this winter.', 'this winter', '2019-12-01', '2020-02-29')
  expectTime('2019-04-20', 'Gas prices rose this winter.', 'this winter', '2018-12-01', '2019-02-28')
  expectTime('2018-04-22', 'Elections can be held in the fall.', 'in the fall', '2017-09-01', '2017-11-30')
  expectTime('2018-04-22', 'Elections will be held in the fall.', 'in the fall', '2018-09-01', '2018-11-30')
  expectTime('2019-04-15', 'Mueller was appointed in the spring of 2017.', 'in the spring of 2017', '2017-03-01', '2017-05-31')
})

test('a season in a name or an event is not a time', () => {
  const ref = '2019-05-15'
  for (const text of [
    'He recalled the fall of Kabul.',
    'Finland fought hard during the Winter War.',
  ]) {
    assert.deepEqual(texts(text, ref), [], text)
  }
})
