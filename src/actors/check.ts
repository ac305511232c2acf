import type { Dictionary } from './types.ts'

/** Offices only one person holds at a time in a country. */
export const EXCLUSIVE_OFFICES = new Set([
  'head-of-state', 'head-of-government', 'foreign-minister', 'defense-minister', 'national-security-adviser',
  'chief-of-defence', 'party-leader', 'cmc-chair', 'top-foreign-policy-official', 'speaker', 'un-ambassador',
  'senate-majority-leader', 'senate-minority-leader', 'house-majority-leader', 'house-minority-leader',
])

/** Handovers overlap by a few days in the records (swearing-in, resignation dates): tolerated. */
const HANDOVER_DAYS = 7

export interface Finding {
  readonly file: string
  readonly entry: string
  readonly problem: string
}

/** A name as the dictionary matches it: case, accents and hyphens aside. */
const nameKey = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[-\s]+/g, ' ').trim()

const days = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / 86_400_000

/**
 * Reports what the schema cannot see (dates known only to the month or year are read narrowly,
 * so "2021" to "2021-03" does not clash): two people in one exclusive office at once, persons with
 * no office, institutions with neither a country nor the `generic` mark, and a name of a person
 * whose family name alone does not name it (`bareFamily: false`: the generated historical.json)
 * that another person also bears (a hand-made entry added since the file was generated: the
 * generated one would be read first; run scripts/actors/import-phoenix-persons.ts again).
 */
export const checkDictionary = (dict: Dictionary): Finding[] => {
  const findings: Finding[] = []
  const holders = new Map<string, { name: string; file: string; title: string; from: string; to: string }[]>()
  for (const p of dict.persons) {
    if (p.offices.length === 0) findings.push({ file: p.file, entry: p.name, problem: 'has no office' })
    for (const o of p.offices) {
      if (!EXCLUSIVE_OFFICES.has(o.office) || /^acting\b/i.test(o.title)) continue
      const key = `${o.country ?? p.country}|${o.office}`
      const list = holders.get(key) ?? []
      list.push({ name: p.name, file: p.file, title: o.title, from: o.narrowFrom, to: o.narrowTo ?? '9999-12-31' })
      holders.set(key, list)
    }
  }
  for (const [key, list] of holders) {
    list.sort((a, b) => (a.from < b.from ? -1 : 1))
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length && list[j]!.from <= list[i]!.to; j++) {
        const a = list[i]!
        const b = list[j]!
        if (a.name === b.name) continue
        const overlap = days(b.from, a.to < b.to ? a.to : b.to)
        if (overlap > HANDOVER_DAYS) {
          findings.push({ file: b.file, entry: b.name, problem: `holds ${key} (${b.title}) from ${b.from} while ${a.name} holds it until ${a.to === '9999-12-31' ? 'now' : a.to}` })
        }
      }
    }
  }
  const names = new Map<string, { name: string; file: string; id: string }[]>()
  for (const p of dict.persons) {
    for (const n of new Set([p.name, ...p.aliases].map(nameKey))) {
      const list = names.get(n)
      if (list) list.push({ name: p.name, file: p.file, id: p.id })
      else names.set(n, [{ name: p.name, file: p.file, id: p.id }])
    }
  }
  for (const p of dict.persons) {
    if (p.bareFamily) continue
    for (const n of new Set([p.name, ...p.aliases].map(nameKey))) {
      const other = names.get(n)!.find((o) => o.id !== p.id)
      if (other) findings.push({ file: p.file, entry: p.name, problem: `shares the name "${n}" with ${other.name} (${other.file}): run scripts/actors/import-phoenix-persons.ts again` })
    }
  }
  for (const inst of dict.institutions) {
    if (inst.country === null && !inst.generic && inst.kind !== 'non-state' && inst.kind !== 'ngo') {
      findings.push({ file: inst.file, entry: inst.name, problem: 'has no country (mark it "generic" if the country comes from context)' })
    }
  }
  return findings
}
