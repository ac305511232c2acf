import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ConfigError } from '../core/index.ts'
import { countriesSchema, headsSchema, institutionsSchema, personsSchema, rolesSchema, sitesSchema } from './schema.ts'
import type { Country, Dictionary, Institution, Level, Office, Person, Role, RoleKind, Sector } from './types.ts'

/** The reviewed actor data shipped with Overture. */
export const ACTORS_DIR = fileURLToPath(new URL('../../data/actors/', import.meta.url))

const ajv = new Ajv({ allErrors: false, strict: false })
const validators = {
  countries: ajv.compile(countriesSchema),
  persons: ajv.compile(personsSchema),
  roles: ajv.compile(rolesSchema),
  institutions: ajv.compile(institutionsSchema),
  heads: ajv.compile(headsSchema),
  sites: ajv.compile(sitesSchema),
}

interface RawFile {
  readonly about: string
  readonly entries: readonly Record<string, unknown>[]
}

/** Reads and validates one data file; any problem is a ConfigError naming the file and the entry. */
const readData = (path: string, validate: ValidateFunction): RawFile => {
  let value: unknown
  try {
    value = JSON.parse(readFileSync(path, 'utf8'))
  } catch (e) {
    throw new ConfigError('actor-data', `${path}: cannot read actor data: ${(e as Error).message}`)
  }
  if (!validate(value)) {
    const err = validate.errors?.[0] as ErrorObject
    const m = /^\/entries\/(\d+)(.*)$/.exec(err.instancePath)
    const entries = (value as { entries?: Record<string, unknown>[] }).entries
    const entry = m ? entries?.[Number(m[1])] : undefined
    const label = entry ? `entry ${m![1]} (${String(entry.name ?? entry.iso3 ?? (entry.phrases as string[] | undefined)?.[0] ?? '?')})` : 'file'
    throw new ConfigError('actor-data', `${path}: ${label}: ${m?.[2] || err.instancePath || 'value'} ${err.message}`)
  }
  return value as RawFile
}

/** Widens a partial date: `2021` → 2021-01-01 as a start, 2021-12-31 as an end. */
export const widenDate = (d: string, edge: 'start' | 'end'): string => {
  if (d.length === 10) return d
  if (d.length === 4) return edge === 'start' ? `${d}-01-01` : `${d}-12-31`
  const [y, m] = d.split('-').map(Number) as [number, number]
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return edge === 'start' ? `${d}-01` : `${d}-${String(last).padStart(2, '0')}`
}

const slug = (s: string): string =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null)
const arr = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : [])

/** Loads the whole actor dictionary from a folder of data files (default: data/actors). */
export const loadDictionary = (dir: string = ACTORS_DIR): Dictionary => {
  const countries: Country[] = readData(join(dir, 'countries.json'), validators.countries).entries.map((e) => ({
    iso3: e.iso3 as string,
    name: e.name as string,
    names: arr(e.names),
    demonyms: arr(e.demonyms),
    capital: str(e.capital),
    metonyms: arr(e.metonyms),
    places: arr(e.places),
    ambiguous: arr(e.ambiguous),
  }))

  const persons: Person[] = []
  const ids = new Map<string, number>()
  const personDir = join(dir, 'persons')
  for (const name of readdirSync(personDir).filter((f) => f.endsWith('.json')).sort()) {
    const path = join(personDir, name)
    const file = `persons/${basename(path)}`
    readData(path, validators.persons).entries.forEach((e, i) => {
      const offices: Office[] = (e.offices as Record<string, unknown>[]).map((o) => {
        const office: Office = {
          office: o.office as string,
          title: o.title as string,
          sector: o.sector as Sector,
          level: (o.level ?? null) as Level | null,
          from: widenDate(o.from as string, 'start'),
          to: o.to == null ? null : widenDate(o.to as string, 'end'),
          narrowFrom: widenDate(o.from as string, 'end'),
          narrowTo: o.to == null ? null : widenDate(o.to as string, 'start'),
          country: str(o.country),
        }
        if (office.to !== null && office.to < office.from) {
          throw new ConfigError('actor-data', `${path}: entry ${i} (${String(e.name)}): office "${office.title}" ends (${office.to}) before it starts (${office.from})`)
        }
        return office
      })
      const base = `${String(e.country).toLowerCase()}:${slug(e.name as string)}`
      const seen = ids.get(base) ?? 0
      ids.set(base, seen + 1)
      persons.push({
        id: seen === 0 ? base : `${base}-${seen + 1}`,
        name: e.name as string,
        aliases: arr(e.aliases),
        family: e.family as string,
        country: e.country as string,
        gender: (e.gender ?? null) as 'm' | 'f' | null,
        born: (e.born ?? null) as number | null,
        bareFamily: e.bareFamily !== false,
        offices,
        file,
      })
    })
  }

  const roles: Role[] = readData(join(dir, 'roles.json'), validators.roles).entries.map((e) => ({
    phrases: [...arr(e.phrases), ...arr(e.plural)],
    sector: (e.sector ?? null) as Sector | null,
    level: (e.level ?? null) as Level | null,
    office: str(e.office),
    country: str(e.country),
    kind: e.kind as RoleKind,
  }))

  // institutions.json, then the generated groups.json (non-state armed groups), read alike
  const institutions: Institution[] = []
  for (const file of ['institutions.json', 'groups.json']) {
    const path = join(dir, file)
    if (file !== 'institutions.json' && !existsSync(path)) continue
    for (const e of readData(path, validators.institutions).entries) {
      institutions.push({
        name: e.name as string,
        aliases: arr(e.aliases),
        country: str(e.country),
        sector: (e.sector ?? null) as Sector | null,
        level: (e.level ?? null) as Level | null,
        generic: e.generic === true,
        kind: str(e.kind) ?? 'institution',
        file,
      })
    }
  }

  const heads = new Map<string, Sector | null>(
    readData(join(dir, 'organisation-heads.json'), validators.heads).entries.map((e) => [e.word as string, (e.sector ?? null) as Sector | null]),
  )

  const sites = new Set(readData(join(dir, 'site-heads.json'), validators.sites).entries.map((e) => e.word as string))

  return { countries, persons, roles, institutions, heads, sites }
}

let cached: Dictionary | null = null
/** The shipped dictionary, loaded once per process. */
export const dictionary = (): Dictionary => (cached ??= loadDictionary())
