import assert from 'node:assert/strict'
import { test } from 'node:test'
import { wink } from '../nlp/index.ts'
import { tokenizeNames } from './gazetteer.ts'
import { loadDictionary } from './load.ts'

test('names read as one document split as each does read alone, for every shipped name', () => {
  const d = loadDictionary()
  const names = [
    ...d.countries.flatMap((c) => [c.name, ...c.names, ...c.demonyms, ...c.metonyms, ...c.places]),
    ...d.persons.flatMap((p) => [p.name, ...p.aliases]),
    ...d.institutions.flatMap((i) => [i.name, ...i.aliases]),
    ...d.roles.flatMap((r) => r.phrases),
    // edge cases: empty, white space only, a line break inside, punctuation at the ends
    '', '  ', 'New\nYork', 'U.S.', "Xi Jinping's", 'al-Assad', 'Corp.',
  ]
  const batch = tokenizeNames(names)
  const nlp = wink()
  names.forEach((n, i) => {
    const alone = (nlp.readDoc(n.replace(/[\r\n]+/g, ' ')).tokens().out(nlp.its.value) as string[]).filter((t) => t.trim() !== '')
    assert.deepEqual(batch[i], alone, JSON.stringify(n))
  })
})
