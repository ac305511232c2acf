import assert from 'node:assert/strict'
import { test } from 'node:test'
import { resources } from './index.ts'
import { docOf, mentionAt } from './test-support.ts'

// data/actors/groups.json: generated from the Phoenix armed-groups dictionary, read as non-state institutions

test('a group\'s name and its acronym resolve to its country, sector MIL', () => {
  const doc = docOf('The Liberation Tigers of Tamil Eelam rejected the offer. The LTTE said talks were over.', '1995-01-10')
  const full = mentionAt(doc, 'Liberation Tigers of Tamil Eelam')
  assert.deepEqual([full?.country, full?.sector], ['LKA', 'MIL'])
  const short = mentionAt(doc, 'LTTE')
  assert.deepEqual([short?.name, short?.country, short?.sector], ['Liberation Tigers of Tamil Eelam', 'LKA', 'MIL'])
  const ruf = docOf('The rebel Revolutionary United Front (RUF) announced a ceasefire.', '1996-03-01')
  assert.deepEqual([mentionAt(ruf, 'rebel Revolutionary United Front')?.country, mentionAt(ruf, 'RUF')?.name, mentionAt(ruf, 'RUF')?.country], ['SLE', 'Revolutionary United Front', 'SLE'])
  const unita = docOf('UNITA refused to allow United Nations planes to land.', '1993-05-01')
  assert.deepEqual([mentionAt(unita, 'UNITA')?.country, mentionAt(unita, 'UNITA')?.sector], ['AGO', 'MIL'])
})

test('a region-coded group the file does not place is not in the dictionary', () => {
  // Phoenix codes it CASREB (Central Asia): dropped
  const dict = resources().dict
  assert.ok(!dict.institutions.some((i) => i.name === 'Special Purpose Islamic Regiment'))
  const doc = docOf('The Special Purpose Islamic Regiment claimed the attack.', '2002-10-24')
  assert.ok(!doc.mentions.some((m) => m.name === 'Special Purpose Islamic Regiment'))
})

test('no common word, country code or given name becomes a group', () => {
  const groups = resources().dict.institutions.filter((i) => i.file === 'groups.json')
  assert.ok(groups.length > 400 && groups.every((g) => g.kind === 'non-state' && g.country !== null))
  const forms = new Set(groups.flatMap((g) => [g.name, ...g.aliases]))
  for (const w of ['Front', 'FRONT', 'Army', 'ARMY', 'US', 'IT', 'Tigers', 'Amal', 'Islamic Society', 'Black Hand']) assert.ok(!forms.has(w), w)
  // "Amal" (also a given name) only with its head noun
  const doc = docOf('Amal Clooney spoke in London. The Amal militia fired on the camp.', '1986-05-01')
  assert.ok(!doc.mentions.some((m) => m.name === 'Amal militia' && doc.article.text.slice(m.span[0], m.span[1]) === 'Amal'))
  assert.equal(mentionAt(doc, 'Amal militia')?.country, 'LBN')
  // a hand-made entry wins: Hezbollah is institutions.json's, not a second group
  assert.equal(resources().dict.institutions.filter((i) => i.name === 'Hezbollah').length, 1)
})
