import type { Level, Sector } from '../core/index.ts'

export { LEVELS, SECTORS, type Level, type Sector } from '../core/index.ts'

export interface Country {
  readonly iso3: string
  readonly name: string
  readonly names: readonly string[]
  readonly demonyms: readonly string[]
  readonly capital: string | null
  readonly metonyms: readonly string[]
  /** places inside the country that news names as where things happen ("Gaza", "Crimea", "Aleppo"): the country, no government */
  readonly places: readonly string[]
  /** names that are also ordinary words or other things: matched only when capitalised */
  readonly ambiguous: readonly string[]
}

export interface Office {
  readonly office: string
  readonly title: string
  readonly sector: Sector
  readonly level: Level | null
  /** first and last day in office, ISO dates (partial dates widened); `to` null: still in office */
  readonly from: string
  readonly to: string | null
  /** the narrowest reading of dates given only to the month or year (for the overlap check) */
  readonly narrowFrom: string
  readonly narrowTo: string | null
  /** the country of this office where it is not the person's (an IGO post, a post abroad) */
  readonly country: string | null
}

export interface Person {
  readonly id: string
  readonly name: string
  readonly aliases: readonly string[]
  readonly family: string
  readonly country: string
  readonly gender: 'm' | 'f' | null
  readonly born: number | null
  /**
   * false: the family name alone never names this person unless the full name came earlier in
   * the same article (a large generated file of historical names, whose surnames would otherwise
   * fire on ordinary capitalised words); true (the default) also lets it name the one holder of
   * that name in office on the date
   */
  readonly bareFamily: boolean
  readonly offices: readonly Office[]
  /** the data file the entry came from, for messages */
  readonly file: string
}

export type RoleKind = 'title' | 'noun' | 'group'

export interface Role {
  readonly phrases: readonly string[]
  readonly sector: Sector | null
  readonly level: Level | null
  readonly office: string | null
  readonly country: string | null
  readonly kind: RoleKind
}

export interface Institution {
  readonly name: string
  readonly aliases: readonly string[]
  readonly country: string | null
  readonly sector: Sector | null
  readonly level: Level | null
  /** a generic body ("foreign ministry") whose country comes from the words around it */
  readonly generic: boolean
  readonly kind: string
  /** the data file the entry came from (institutions.json, groups.json), for messages */
  readonly file: string
}

export interface Dictionary {
  readonly countries: readonly Country[]
  readonly persons: readonly Person[]
  readonly roles: readonly Role[]
  readonly institutions: readonly Institution[]
  /** head nouns of organisation names ("Union", "Front") and the sector they give; data/actors/organisation-heads.json */
  readonly heads: ReadonlyMap<string, Sector | null>
  /** head words of site names ("University", "Air Base"), lower-case; data/actors/site-heads.json */
  readonly sites: ReadonlySet<string>
}
