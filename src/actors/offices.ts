import type { Dictionary, Level, Office, Person } from './types.ts'

const LEVEL_RANK: Readonly<Record<string, number>> = { head: 4, minister: 3, senior: 2, working: 1 }
export const levelRank = (l: Level | null): number => (l ? (LEVEL_RANK[l] ?? 0) : 0)

export const holds = (o: Office, date: string): boolean => o.from <= date && (o.to === null || date <= o.to)

/**
 * The office a person held on a date — the highest-ranking one when several — or, with no date,
 * the most recent. Null when the person held none then (a "former" official).
 */
export const officeAt = (p: Person, date: string | null, prefer: string | null = null): Office | null => {
  // Undated articles: the office the words point to, else the person's highest office ever —
  // people are mostly in the news at the height of their careers.
  const pool = date ? p.offices.filter((o) => holds(o, date)) : p.offices
  if (prefer) {
    const preferred = pool.find((o) => o.office === prefer)
    if (preferred) return preferred
  }
  let best: Office | null = null
  for (const o of pool) if (!best || levelRank(o.level) > levelRank(best.level) || (levelRank(o.level) === levelRank(best.level) && o.from > best.from)) best = o
  return best
}

export interface OfficeIndex {
  /**
   * Who held an office of a country on a date. `words` (the role as written, "president")
   * breaks ties and catches offices keyed otherwise: Iran's president is its head of
   * government, not its head of state.
   */
  holder(country: string, office: string, date: string, words?: string): Person | null
  /**
   * indices (into the dictionary's persons) of the persons whose family name (normalised) is
   * this, and whose family name alone may name them (not `bareFamily: false`)
   */
  byFamily(family: string): readonly number[]
  /**
   * indices of the persons whose family name alone does not name them (`bareFamily: false`) but
   * a title before it may ("President Reagan")
   */
  byTitledFamily(family: string): readonly number[]
}

export const indexOffices = (dict: Dictionary, norm: (s: string) => string): OfficeIndex => {
  const byKey = new Map<string, { person: Person; office: Office }[]>()
  const byCountry = new Map<string, { person: Person; office: Office }[]>()
  const family = new Map<string, number[]>()
  const titledFamily = new Map<string, number[]>()
  const push = <K>(map: Map<K, { person: Person; office: Office }[]>, key: K, v: { person: Person; office: Office }): void => {
    const list = map.get(key)
    if (list) list.push(v)
    else map.set(key, [v])
  }
  // ("Prime Minister Abdullah", "Mayor Bill": a family name that is also someone's given name says too little)
  const given = new Set(dict.persons.map((p) => norm(p.name.split(/\s+/)[0]!)))
  dict.persons.forEach((person, index) => {
    for (const office of person.offices) {
      const country = office.country ?? person.country
      push(byKey, `${country}|${office.office}`, { person, office })
      push(byCountry, country, { person, office })
    }
    // (a person whose family name alone does not name it is found by the full name, or by the
    // family name after the full name in the same article: resolve.ts keeps those itself)
    const f = norm(person.family)
    if (!person.bareFamily && given.has(f)) return
    const map = person.bareFamily ? family : titledFamily
    const list = map.get(f)
    if (list) list.push(index)
    else map.set(f, [index])
  })
  const holder = (country: string, office: string, date: string, words?: string): Person | null => {
    // the substantive holder outranks an acting one; then the latest to take office
    const rank = (h: { office: Office }): string => `${/^acting\b/i.test(h.office.title) ? 0 : 1}${h.office.from}`
    const best = (list: readonly { person: Person; office: Office }[]): Person | null => {
      let top: { person: Person; office: Office } | null = null
      for (const h of list) if (holds(h.office, date) && (!top || rank(h) > rank(top))) top = h
      return top?.person ?? null
    }
    const keyed = byKey.get(`${country}|${office}`) ?? []
    if (!words) return best(keyed)
    const w = words.toLowerCase()
    // "president" is not the vice-president: deputies count only when the words say so
    const deputy = /\b(vice|deputy|acting|first)\b/
    const titled = (list: readonly { person: Person; office: Office }[]) =>
      list.filter((h) => {
        const t = h.office.title.toLowerCase()
        return t.includes(w) && (deputy.test(w) || !deputy.test(t))
      })
    return best(titled(keyed)) ?? best(titled(byCountry.get(country) ?? [])) ?? best(keyed)
  }
  // The same office, date and words come up again and again across articles, and each look-up
  // scans (and lower-cases) every office of the country. The answer depends on the arguments and
  // the dictionary alone, which does not change once indexed, so it is remembered; no words and
  // empty words are the same question (both take the keyed holder).
  const answers = new Map<string, Person | null>()
  return {
    holder: (country, office, date, words) => {
      const key = `${country}\u0000${office}\u0000${date}\u0000${words ?? ''}`
      let answer = answers.get(key)
      if (answer === undefined) {
        if (answers.size >= HOLDER_ANSWERS_MAX) answers.clear()
        answer = holder(country, office, date, words)
        answers.set(key, answer)
      }
      return answer
    },
    byFamily: (f) => family.get(f) ?? [],
    byTitledFamily: (f) => titledFamily.get(f) ?? [],
  }
}

/** Remembered holder answers before the memory is emptied: a bound on memory. */
const HOLDER_ANSWERS_MAX = 100_000
