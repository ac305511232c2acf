// `npm run check:data`: validates every actor data file (the loader's schema check) and reports
// impossible overlaps and entries without a country. Exit 1 when anything is found.
import { loadDictionary } from '../../src/actors/index.ts'
import { checkDictionary } from '../../src/actors/check.ts'
import { isOvertureError } from '../../src/core/index.ts'

try {
  const dict = loadDictionary()
  const findings = checkDictionary(dict)
  for (const f of findings) console.log(`data/actors/${f.file}: ${f.entry}: ${f.problem}`)
  const offices = dict.persons.reduce((n, p) => n + p.offices.length, 0)
  console.log(
    `${findings.length} findings; ${dict.countries.length} countries, ${dict.persons.length} persons with ${offices} offices, ` +
      `${dict.roles.length} roles, ${dict.institutions.length} institutions`,
  )
  process.exitCode = findings.length ? 1 : 0
} catch (e) {
  if (!isOvertureError(e)) throw e
  console.error(e.message)
  process.exitCode = 1
}
