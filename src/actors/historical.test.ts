import assert from 'node:assert/strict'
import { test } from 'node:test'
import { checkDictionary } from './check.ts'
import { resources } from './index.ts'
import { loadDictionary } from './load.ts'
import { normToken } from './gazetteer.ts'
import { indexOffices } from './offices.ts'
import { docOf, mentionAt } from './test-support.ts'

// data/actors/persons/historical.json: generated from the Phoenix dictionaries, every entry `bareFamily: false`

test('a historical full name resolves to its country; its family name alone does not, until the full name came before', () => {
  const full = docOf('President Abdelaziz Bouteflika met the visiting delegation in Algiers.', '2005-03-01')
  const m = mentionAt(full, 'President Abdelaziz Bouteflika')
  assert.deepEqual([m?.name, m?.country, m?.level], ['Abdelaziz Bouteflika', 'DZA', 'head'])

  const bare = docOf('Bouteflika met the visiting delegation on Tuesday.', '2005-03-01')
  assert.equal(mentionAt(bare, 'Bouteflika'), undefined)
  assert.ok(!bare.mentions.some((x) => x.name === 'Abdelaziz Bouteflika'))

  const both = docOf('Abdelaziz Bouteflika arrived on Monday. Bouteflika met the visiting delegation on Tuesday.', '2005-03-01')
  const again = mentionAt(both, 'Bouteflika')
  assert.deepEqual([again?.name, again?.country, again?.how], ['Abdelaziz Bouteflika', 'DZA', 'coref:name'])
})

test('historical names as news writes them: a hyphenated given name, an IGO-free leader of a small country', () => {
  const doc = docOf('Jean-Bertrand Aristide returned to Port-au-Prince. Paul Kagame sent a message.', '1995-01-10')
  assert.equal(mentionAt(doc, 'Jean-Bertrand Aristide')?.country, 'HTI')
  assert.equal(mentionAt(doc, 'Paul Kagame')?.country, 'RWA')
  // an office that names no post is never the answer to a role look-up
  const role = docOf('The Haitian president spoke on Tuesday.', '1995-01-10')
  assert.ok(!role.mentions.some((x) => x.name === 'Jean Bertrand Aristide'))
})

test('a person with bareFamily false is not among the holders of a family name; the hand-made ones are', () => {
  const dict = resources().dict
  const offices = indexOffices(dict, normToken)
  const bouteflika = dict.persons.findIndex((p) => p.name === 'Abdelaziz Bouteflika')
  assert.ok(bouteflika >= 0 && !dict.persons[bouteflika]!.bareFamily)
  assert.deepEqual(offices.byFamily('bouteflika'), [])
  const xi = dict.persons.findIndex((p) => p.name === 'Xi Jinping')
  assert.ok(dict.persons[xi]!.bareFamily)
  assert.ok(offices.byFamily('xi').includes(xi))
})

test('the check reports a generated person who shares a name with another person', () => {
  const dict = loadDictionary()
  const generated = dict.persons.find((p) => !p.bareFamily)!
  const copy = { ...generated, id: 'dza:copy', bareFamily: true, file: 'persons/world.json' }
  const findings = checkDictionary({ ...dict, persons: [...dict.persons, copy] })
  assert.equal(findings.length, 1)
  assert.match(findings[0]!.problem, /shares the name .*import-phoenix-persons/)
})

test('a historical person the text names as an international body\'s officer acts for that body: "U.N. mediator Diego Cordovez"', () => {
  const doc = docOf('Afghan rebel leaders said they would meet U.N. mediator Diego Cordovez.', '1988-03-01')
  const m = mentionAt(doc, 'U.N. mediator Diego Cordovez')
  assert.deepEqual([m?.name, m?.country, m?.sector], ['Diego Cordovez', 'IGO', 'GOV'])
})

test('a head of state\'s title before a historical family name names its one holder; a given name or a longer name does not', () => {
  const doc = docOf('The German government welcomed President Reagan\'s latest statement.', '1985-03-01')
  const m = mentionAt(doc, 'President Reagan')
  assert.deepEqual([m?.name, m?.country, m?.level, m?.how], ['Ronald Reagan', 'USA', 'head', 'title-family'])
  // "Abdullah" is also a given name: too many could be meant
  assert.notEqual(mentionAt(docOf('Prime Minister Abdullah arrived on Monday.', '1985-03-01'), 'Prime Minister Abdullah')?.how, 'title-family')
  // a lower title does not vouch for a family name
  assert.ok(!docOf('Mayor Reagan opened the bridge.', '1985-03-01').mentions.some((x) => x.how === 'title-family'))
})
