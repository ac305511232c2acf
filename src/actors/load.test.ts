import assert from 'node:assert/strict'
import { cp, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test } from 'node:test'
import { ConfigError } from '../core/index.ts'
import { tempDir } from '../../test/helpers.ts'
import { checkDictionary } from './check.ts'
import { ACTORS_DIR, loadDictionary, widenDate } from './load.ts'

test('the shipped dictionary loads and passes its check', () => {
  const dict = loadDictionary()
  assert.ok(dict.countries.length >= 195)
  assert.ok(dict.persons.length >= 1000)
  assert.ok(dict.roles.length >= 200)
  assert.ok(dict.institutions.length >= 300)
  assert.deepEqual(checkDictionary(dict), [])
  // every G20 member has a head of state or government on file
  for (const iso of ['ARG', 'AUS', 'BRA', 'CAN', 'CHN', 'FRA', 'DEU', 'IND', 'IDN', 'ITA', 'JPN', 'KOR', 'MEX', 'RUS', 'SAU', 'ZAF', 'TUR', 'GBR', 'USA']) {
    assert.ok(dict.persons.some((p) => p.offices.some((o) => (o.country ?? p.country) === iso && /^head-of-(state|government)$/.test(o.office))), iso)
  }
})

test('a broken data file is refused with the file, the entry and the field named', async () => {
  const { dir, cleanup } = await tempDir()
  try {
    await cp(ACTORS_DIR, dir, { recursive: true })
    const path = join(dir, 'persons', 'usa.json')
    const data = JSON.parse(await readFile(path, 'utf8')) as { entries: { name: string; offices: { from: string }[] }[] }
    data.entries[3]!.offices[0]!.from = 'last spring'
    await writeFile(path, JSON.stringify(data))
    assert.throws(() => loadDictionary(dir), (e: unknown) => {
      assert.ok(e instanceof ConfigError)
      assert.match(e.message, /usa\.json: entry 3 \(.+\): \/offices\/0\/from must match pattern/)
      return true
    })
    await cp(join(ACTORS_DIR, 'persons', 'usa.json'), path)
    await writeFile(join(dir, 'roles.json'), '{ not json')
    assert.throws(() => loadDictionary(dir), /roles\.json: cannot read actor data/)
  } finally {
    await cleanup()
  }
})

test('the check reports two people in one exclusive office at once', () => {
  const dict = loadDictionary()
  const office = { office: 'head-of-state', title: 'President', sector: 'GOV' as const, level: 'head' as const, country: null }
  const clash = {
    ...dict,
    persons: [
      { id: 'a', name: 'A', aliases: [], family: 'A', country: 'XXA', gender: null, born: null, bareFamily: true, file: 'persons/t.json', offices: [{ ...office, from: '2001-01-01', to: '2004-12-31', narrowFrom: '2001-01-01', narrowTo: '2004-12-31' }] },
      { id: 'b', name: 'B', aliases: [], family: 'B', country: 'XXA', gender: null, born: null, bareFamily: true, file: 'persons/t.json', offices: [{ ...office, from: '2003-01-01', to: null, narrowFrom: '2003-01-01', narrowTo: null }] },
    ],
  }
  const findings = checkDictionary(clash)
  assert.equal(findings.length, 1)
  assert.match(findings[0]!.problem, /holds XXA\|head-of-state .* while A holds it until 2004-12-31/)
})

test('partial dates widen to the whole month or year', () => {
  assert.equal(widenDate('2021', 'start'), '2021-01-01')
  assert.equal(widenDate('2024-02', 'end'), '2024-02-29')
  assert.equal(widenDate('2021-03-04', 'end'), '2021-03-04')
})
