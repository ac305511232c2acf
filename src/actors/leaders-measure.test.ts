import assert from 'node:assert/strict'
import { test } from 'node:test'
import { hasShared, NO_SHARED, shared } from '../../test/helpers.ts'
import { readInputs } from '../ingest/index.ts'
import { processArticle } from '../pipeline.ts'
import { dictionary } from './load.ts'
import { cleanTitle, leaderFound, leaderOfTitle, normal } from './leaders-measure.ts'

test('titles name the leader and the country', () => {
  const dict = dictionary()
  assert.deepEqual(leaderOfTitle('Readout of President Biden\\u2019s Call with Prime Minister Fumio Kishida of\\_Japan', dict), {
    title: 'Readout of President Biden’s Call with Prime Minister Fumio Kishida of Japan',
    family: 'Kishida',
    country: 'JPN',
  })
  assert.equal(leaderOfTitle('Readout of President Biden’s Meeting with Cabinet', dict), null)
  assert.equal(cleanTitle('Erdogan of\\_T\\xFCrkiye\\'), 'Erdogan of Türkiye')
})

test('White House readouts: the titled foreign leader is found and resolved to the right country in ≥ 90 % (README reports the figure)', { skip: !hasShared && NO_SHARED }, async () => {
  const dict = dictionary()
  let judged = 0
  let found = 0
  for await (const item of readInputs([shared('corpus', 'wh-readouts.jsonl.gz')])) {
    if (item.kind !== 'read' || !item.article.title) continue
    const leader = leaderOfTitle(item.article.title, dict)
    if (!leader || !normal(item.article.text).includes(normal(leader.family))) continue
    judged++
    if (leaderFound(leader, processArticle(item.article))) found++
  }
  assert.ok(judged >= 50, `only ${judged} readouts judged`)
  assert.ok(found / judged >= 0.9, `${found}/${judged}`)
})
