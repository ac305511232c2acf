import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { EventRecord } from '../events/index.ts'
import { intersect, overlaps, reportInterval, sameActor, sameParties } from './fusion.ts'

const actor = (name: string | null, country: string | null, sector: string | null = null, level: string | null = null) => ({ name, country, sector, level })

test('actors: by name where both name them, else by country, sector and level (an open one fits)', () => {
  assert.ok(sameActor(actor('Antony Blinken', 'USA', 'GOV', 'minister'), actor('antony blinken', 'USA')))
  assert.ok(!sameActor(actor('Antony Blinken', 'USA'), actor('Lloyd Austin', 'USA')))
  assert.ok(sameActor(actor(null, 'USA', 'GOV', null), actor('Antony Blinken', 'USA', 'GOV', 'minister')))
  assert.ok(!sameActor(actor(null, 'USA', 'MIL'), actor('Antony Blinken', 'USA', 'GOV', 'minister')))
  assert.ok(!sameActor(actor(null, 'USA'), actor(null, 'CHN')))
})

test('a meeting has no direction; other acts do', () => {
  const a = { source: actor('Antony Blinken', 'USA'), target: actor('Qin Gang', 'CHN') }
  const b = { source: actor('Qin Gang', 'CHN'), target: actor('Antony Blinken', 'USA') }
  assert.ok(sameParties('CONSULT', a, b))
  assert.ok(!sameParties('ACCUSE', a, b))
})

test('an undated report happened in the week up to its article; a dated one on its date', () => {
  const rec = (date: EventRecord['date']) => ({ date }) as EventRecord
  assert.deepEqual(reportInterval(rec(null), '2023-06-20'), { start: '2023-06-13', end: '2023-06-20' })
  assert.deepEqual(reportInterval(rec({ text: 'on Sunday', start: '2023-06-18', end: '2023-06-18' }), '2023-06-20'), { start: '2023-06-18', end: '2023-06-18' })
  assert.equal(reportInterval(rec(null), null), null)
  assert.ok(overlaps({ start: '2023-06-13', end: '2023-06-20' }, { start: '2023-06-18', end: '2023-06-18' }))
  assert.ok(!overlaps({ start: '2023-06-13', end: '2023-06-17' }, { start: '2023-06-18', end: '2023-06-18' }))
  assert.deepEqual(intersect({ start: '2023-06-13', end: '2023-06-20' }, { start: '2023-06-18', end: '2023-06-30' }), { start: '2023-06-18', end: '2023-06-20' })
})
