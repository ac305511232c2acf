// `tsx scripts/actors/import-phoenix-persons.ts`: regenerates data/actors/persons/historical.json
// from the Phoenix/PETRARCH2 actor dictionaries in ../shared/reference/petrarch2 (MIT):
// the dated office holders of Phoenix.Countries.actors.txt (entries marked `# CountryInfo.txt`)
// and the IGO officials of the first part of Phoenix.International.actors.txt. Run once; the
// JSON is committed and read at run time, the reference files never are. `--stats` prints what
// was dropped and why.
//
// Every entry gets `"bareFamily": false`: its family name alone names it only after the full name
// in the same article (thousands of surnames would otherwise fire on ordinary capitalised words).
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { ACTORS_DIR, loadDictionary } from '../../src/actors/load.ts'
import { CORPUS, COUNTRY_CODES, norm, parseActors, REFERENCE, type Raw } from './phoenix.ts'

const OUT = join(ACTORS_DIR, 'persons', 'historical.json')
const OWN_FILE = 'persons/historical.json'
/** The source was generated on 2014-01-30 ("CountryInfo.140130"): open-ended terms end there. */
const SOURCE_DATE = '2014-01-30'
const stats = process.argv.includes('--stats')

// ---------------------------------------------------------------- reading the source

/** Names whose accented letter the source lost to a control character */
const FIXES: Readonly<Record<string, string>> = { 'LIAMINE_Z\x1aROUAL_': 'LIAMINE_ZEROUAL_', 'JAN_STRASK\x1aY': 'JAN_STRASKY_' }

// ---------------------------------------------------------------- names

/** Lower-case inside a name ("Omar al-Bashir", "Joao de Deus Pinheiro", "Chris van der Klaauw"). */
const PARTICLES = new Set(['al', 'bin', 'bint', 'ibn', 'de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'van', 'von', 'der', 'den', 'le', 'la', 'du', 'des', 'y'])
/** Titles and role words: stripped from the front of a form; a form with one elsewhere is dropped. */
const TITLES = new Set([
  'president', 'vice', 'secretary', 'secretary general', 'general', 'minister', 'prime', 'premier', 'chancellor', 'king', 'queen', 'prince',
  'princess', 'emir', 'sultan', 'sheikh', 'sheik', 'shaikh', 'sir', 'lord', 'lady', 'baron', 'baroness', 'dame', 'dr', 'dr.', 'mr', 'mr.',
  'mrs', 'mrs.', 'ms', 'ms.', 'gen', 'gen.', 'col', 'col.', 'colonel', 'lt', 'lt.', 'lieutenant', 'maj', 'maj.', 'capt', 'capt.', 'captain',
  'admiral', 'adm.', 'marshal', 'field', 'brigadier', 'commander', 'ayatollah', 'grand', 'imam', 'mullah', 'maulana', 'mawlawi', 'pope',
  'cardinal', 'bishop', 'archbishop', 'rev', 'rev.', 'reverend', 'ambassador', 'governor', 'senator', 'judge', 'chief', 'deputy', 'foreign',
  'defence', 'defense', 'un', 'u.n.', 'united', 'nations', 'former', 'acting', 'interim', 'speaker', 'chairman', 'jonkheer', 'his', 'her',
  'excellency', 'majesty', 'highness', 'royal', 'crown', 'hrh', 'hojatolislam', 'hojatoleslam', 'the', 'of',
])
const ROMAN = /^(i|ii|iii|iv|v|vi|vii|viii|ix|x|jr\.?|sr\.?)$/i

const capital = (part: string): string => {
  if (part === '') return part
  if (/\./.test(part)) return part.toUpperCase() // initials: "R.K.", "B."
  if (ROMAN.test(part)) return /^(jr|sr)/i.test(part) ? part[0]!.toUpperCase() + part.slice(1).toLowerCase() : part.toUpperCase()
  const lower = part.toLocaleLowerCase('en')
  const up = (s: string): string => s.charAt(0).toLocaleUpperCase('en') + s.slice(1)
  if (/^mc./.test(lower)) return 'Mc' + up(lower.slice(2))
  // "D'ESCOTO" → "D'Escoto", "O'BRIEN" → "O'Brien"
  return lower.split("'").map((s, i, all) => (i < all.length - 1 && s.length > 1 ? s : up(s))).join("'")
}

/** "ABDELAZIZ_BOUTEFLIKA_" → ["Abdelaziz", "Bouteflika"]; particles lower-case inside a name, hyphenated parts each capitalised. */
const words = (raw: string): string[] | null => {
  const s = raw.replace(/_+$/, '').replace(/^_+/, '')
  if (!/^[\p{Lu}.'’\-]+(_[\p{Lu}.'’\-]+)*$/u.test(s)) return null // spaces, commas, digits, lower case: not a clean name
  const parts = s.split('_').filter((w) => w !== '' && w !== '-')
  return parts.map((w, i) =>
    w
      .split('-')
      .map((p, j) => {
        const lower = p.toLowerCase()
        // "AL-BASHIR" → "al-Bashir"; a particle first in the name keeps its capital ("De Klerk" stays as written in news: "de Klerk" reads oddly first)
        if (PARTICLES.has(lower) && (i > 0 || j > 0) && (i < parts.length - 1 || j < w.split('-').length - 1)) return lower
        return capital(p)
      })
      .join('-'),
  )
}

/** Strips leading titles; null when a title or role word remains inside or fewer than two words are left. */
const isTitle = (w: string): boolean => {
  const lower = w.toLowerCase()
  // "Vice-President", "Secretary-General": every part a title
  return TITLES.has(lower) || lower.split('-').every((p) => TITLES.has(p))
}
const cleanForm = (ws: string[]): string[] | null => {
  let i = 0
  while (i < ws.length && isTitle(ws[i]!)) i++
  const rest = ws.slice(i)
  if (rest.length < 2 || rest.length > 7) return null
  if (rest.some(isTitle)) return null
  // "K. Annan", "K Annan": an initial and a surname is no name to look for
  if (rest.length === 2 && /^\p{Lu}\.?$/u.test(rest[0]!)) return null
  if (rest.every((w) => /^\p{Lu}\.?$/u.test(w))) return null
  return rest
}

/** Capitalised particles that news keeps with the surname: "Ben Bella", "Ben Ali", "Ould Taya", "Abu Mazen" */
const JOINED = new Set(['ben', 'abu', 'ould', 'ag', 'bou'])
/** The family name news uses alone: the last word, less an "al-"/"el-" prefix and a generational suffix. */
const familyOf = (ws: readonly string[]): string => {
  const end = ROMAN.test(ws.at(-1)!) && ws.length > 2 ? ws.length - 1 : ws.length
  const last = ws[end - 1]!.replace(/^(al|el|ad|as|an|ash|at|az|ar)-(?=\p{L}{2})/iu, '')
  return end >= 3 && JOINED.has(ws[end - 2]!.toLowerCase()) ? `${ws[end - 2]} ${last}` : last
}

// ---------------------------------------------------------------- dates and codes

/** YYMMDD (YY ≤ 14 → 20YY, else 19YY: the source ends in January 2014) or YYYYMMDD → YYYY-MM-DD; null when not a date. */
const date = (d: string): string | null => {
  let s = d
  if (/^19\d{8}$/.test(s)) s = s.slice(2) // "1920030320": a stray century before YYYYMMDD
  let y: number
  let rest: string
  if (/^\d{6}$/.test(s)) {
    const yy = Number(s.slice(0, 2))
    y = yy <= 14 ? 2000 + yy : 1900 + yy
    rest = s.slice(2)
  } else if (/^\d{8}$/.test(s)) {
    y = Number(s.slice(0, 4))
    rest = s.slice(4)
  } else return null
  const m = Number(rest.slice(0, 2))
  const day = Number(rest.slice(2, 4))
  if (y < 1850 || m < 1 || m > 12 || day < 1 || day > 31) return null
  const dt = new Date(Date.UTC(y, m - 1, day))
  if (dt.getUTCMonth() !== m - 1) return null
  return `${y}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`
}

/** A code's dates: "A-B" a term, ">A" from A (to the source's date), "A" alone read as from A; "<B" and none: no term. */
const term = (dates: string): { from: string; to: string } | null => {
  let m = /^(\d+)-(\d+)$/.exec(dates)
  if (m) {
    const from = date(m[1]!)
    const to = date(m[2]!)
    return from && to ? { from, to } : null
  }
  m = /^>?(\d+)$/.exec(dates)
  if (m) {
    const from = date(m[1]!)
    return from ? { from, to: SOURCE_DATE } : null
  }
  return null
}

const AGENTS: Readonly<Record<string, string>> = {
  GOV: 'GOV', MIL: 'MIL', LEG: 'LEG', JUD: 'JUD', PTY: 'PTY', MED: 'MED', BUS: 'BUS', CVL: 'CVL', SPY: 'GOV', COP: 'GOV', REB: 'MIL', INS: 'MIL', UAF: 'MIL',
}
const OTHER_AGENTS = new Set(['ELI', 'OPP', 'REF', 'HLH', 'EDU', 'LAB', 'AGR', 'ENV', 'DEV', 'HRI', 'IGO', 'NGO', 'RAD', 'MOD', 'SET', 'CRM', 'REL', 'IMG', 'AMN', 'UNO'])

interface Parsed {
  /** the code's country (ISO3 or IGO), null when not one of ours */
  readonly country: string | null
  /** the sector of an office, null when the code is no office (ELI, OPP, ...) */
  readonly sector: string | null
  /** the third part of a nine-letter code: the portfolio ("DZAGOVAGR": agriculture) */
  readonly portfolio: string | null
}
/**
 * Portfolios of nine-letter codes whose ministers alone are kept out of the file for its size:
 * domestic ministries (agriculture, information, education, health, development, labour,
 * environment, human rights, religion, refugees, culture, children) and the economic ones (BUS:
 * economy, finance, trade, industry, energy, tourism), seldomer in diplomatic news than heads of
 * state and government, foreign, defence, interior and justice ministers and IGO officials.
 */
const DOMESTIC = new Set(['AGR', 'MED', 'EDU', 'HLH', 'DEV', 'LAB', 'ENV', 'HRI', 'REL', 'REF', 'MUS', 'KID', 'BUS'])
const next = (d: string): string => new Date(Date.parse(d) + 86_400_000).toISOString().slice(0, 10)
const readCode = (code: string, countries: ReadonlySet<string>): Parsed => {
  // an international body's officials are its executive and diplomatic service (GOV), its judges JUD (EVENTS.md sectors)
  if (code.startsWith('IGO')) return { country: 'IGO', sector: code.includes('JUD') ? 'JUD' : 'GOV', portfolio: null }
  const prefix = COUNTRY_CODES[code.slice(0, 3)] ?? code.slice(0, 3)
  let country = countries.has(prefix) ? prefix : null
  let agent = code.slice(3, 6)
  // "GBRVGBGOV": a territory between the country and the agent
  if (agent && !AGENTS[agent] && !OTHER_AGENTS.has(agent) && code.length >= 9) {
    if (countries.has(agent)) country = agent
    agent = code.slice(6, 9)
  }
  // "XXXGOVMIL": a defence minister (the MIL sector in our data); other portfolios stay GOV
  const portfolio = code.slice(code.length - 3)
  const sector = AGENTS[agent] === 'GOV' && code.length >= 9 && portfolio === 'MIL' ? 'MIL' : (AGENTS[agent] ?? null)
  return { country, sector, portfolio: code.length >= 9 ? portfolio : null }
}

// ---------------------------------------------------------------- what our data already names

const dict = loadDictionary()
const countryCodes = new Set(dict.countries.map((c) => c.iso3))
const reserved = new Map<string, string>()
const reserve = (s: string | null, why: string): void => {
  if (s) reserved.set(norm(s), why)
}
for (const c of dict.countries) {
  for (const n of [c.name, ...c.names]) reserve(n, 'country')
  for (const n of c.demonyms) reserve(n, 'demonym')
  reserve(c.capital, 'capital')
  for (const n of [...c.metonyms, ...c.places, ...c.ambiguous]) reserve(n, 'place')
}
for (const i of dict.institutions) for (const n of [i.name, ...i.aliases]) reserve(n, 'institution')
for (const r of dict.roles) for (const n of r.phrases) reserve(n, 'role')
const ours = new Set<string>()
for (const p of dict.persons) if (p.file !== OWN_FILE) for (const n of [p.name, ...p.aliases]) ours.add(norm(n))

/**
 * Ordinary English words: those news writes in lower case (counted over the shared news corpus,
 * mid-sentence). A name made only of such words ("Grace Hope", "Rose Young") is an ordinary
 * phrase as often as a name.
 */
const readCorpus = (isGiven: (w: string) => boolean): { lower: Map<string, number>; before: Map<string, Set<string>> } => {
  const lower = new Map<string, number>()
  const before = new Map<string, Set<string>>()
  const text = gunzipSync(readFileSync(CORPUS)).toString('utf8')
  for (const line of text.split('\n')) {
    if (!line) continue
    const body = (JSON.parse(line) as { text?: string }).text ?? ''
    for (const m of body.matchAll(/(?<=[a-z,;] )[a-z]+/g)) lower.set(m[0], (lower.get(m[0]) ?? 0) + 1)
    for (const m of body.matchAll(/\b(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)\b/gu)) {
      if (!isGiven(m[1]!)) continue
      const k = norm(m[2]!)
      const set = before.get(k) ?? new Set()
      if (set.size < SURNAME_MIN) set.add(m[1]!)
      before.set(k, set)
    }
  }
  return { lower, before }
}
/**
 * A common surname: news writes it after at least SURNAME_MIN different given names (words that
 * begin at least two source names: "Smith", "Wallace", "Young"; not "Mandela" or "Thatcher"). A two-word name ending in one, whose first word is a common given
 * name, names others as often as this person ("George Wallace": a Liberian minister, and the
 * governor of Alabama); such forms are dropped.
 */
const SURNAME_MIN = 6
const commonSurname = (w: string): boolean => (before.get(norm(w))?.size ?? 0) >= SURNAME_MIN
const ORDINARY_MIN = 5
/** short words that are English; other one- and two-letter words ("Ne Win", "U Thant", "Ho") are names */
const SHORT = new Set(['a', 'i', 'an', 'as', 'at', 'be', 'by', 'do', 'go', 'he', 'if', 'in', 'is', 'it', 'me', 'my', 'no', 'of', 'on', 'or', 'so', 'to', 'up', 'us', 'we'])
const ordinary = (ws: readonly string[]): boolean =>
  (firstWords.get(norm(ws[0]!)) ?? 0) < GIVEN_MIN &&
  ws.every((w) => w.toLowerCase().split(/[-']/).every((p) => p === '' || (p.length <= 2 ? SHORT.has(p) : (lower.get(p) ?? 0) >= ORDINARY_MIN)))

// ---------------------------------------------------------------- building the entries

interface Office {
  office: 'official'
  title: string
  sector: string
  level: null
  from: string
  to: string
  country?: string
}
interface Entry {
  name: string
  aliases: string[]
  family: string
  country: string
  bareFamily: false
  offices: Office[]
}

const drops = new Map<string, number>()
const drop = (why: string): void => {
  drops.set(why, (drops.get(why) ?? 0) + 1)
}
const examples = new Map<string, string[]>()
const example = (why: string, what: string): void => {
  const list = examples.get(why) ?? []
  if (list.length < 12) list.push(what)
  examples.set(why, list)
}

const countriesRaw = parseActors(join(REFERENCE, 'Phoenix.Countries.actors.txt'), 'countries', null, FIXES).filter((r) => /CountryInfo\.txt/.test(r.comment))
const intlRaw = parseActors(join(REFERENCE, 'Phoenix.International.actors.txt'), 'international', /^#+\s+NGOs\b/, FIXES).filter((r) => {
  // IGO officials: a dated IGO code; the rotating presidents of the EC Council are national ministers (filed under their countries)
  if (!r.codes.some((c) => c.code.startsWith('IGO') && term(c.dates))) return false
  if (/president of the CoEU/i.test(r.comment)) return false
  return true
})

/** how many source names start, and how many end, with a word */
const firstWords = new Map<string, number>()
const lastWords = new Map<string, number>()
for (const r of countriesRaw) {
  const ws = words(r.forms[0]!)
  if (!ws || ws.length < 2) continue
  firstWords.set(norm(ws[0]!), (firstWords.get(norm(ws[0]!)) ?? 0) + 1)
  lastWords.set(norm(ws.at(-1)!), (lastWords.get(norm(ws.at(-1)!)) ?? 0) + 1)
}
const GIVEN_MIN = 5
/** a given name: begins at least GIVEN_MIN source names, and more than twice as many as it ends ("Ali", "Abdul"; not "Yang") */
const given = (w: string): boolean => {
  const first = firstWords.get(norm(w)) ?? 0
  return first >= GIVEN_MIN && first > 2 * (lastWords.get(norm(w)) ?? 0)
}
const { lower, before } = readCorpus((w) => (firstWords.get(norm(w)) ?? 0) >= 2)

interface Candidate {
  readonly raw: Raw
  forms: string[][]
  readonly country: string
  readonly offices: Office[]
}

const candidates: Candidate[] = []
for (const raw of [...countriesRaw, ...intlRaw]) {
  const label = `${raw.forms[0]} (${raw.file}:${raw.line})`
  // the person's country: the most frequent country among its codes (IGO for IGO codes)
  const tally = new Map<string, number>()
  const offices: Office[] = []
  const portfolios: (string | null)[] = []
  for (const c of raw.codes) {
    const p = readCode(c.code, countryCodes)
    if (!p.country) continue
    tally.set(p.country, (tally.get(p.country) ?? 0) + 1)
    if (!p.sector) continue
    const t = term(c.dates)
    if (!t) continue
    if (t.to < t.from) {
      drop('office ends before it starts')
      continue
    }
    // the same code again over an overlapping or adjoining term: one office
    const title = `office holder (CAMEO ${c.code})`
    const near = offices.find((o) => o.title === title && o.from <= next(t.to) && t.from <= next(o.to))
    if (near) {
      if (t.from < near.from) near.from = t.from
      if (t.to > near.to) near.to = t.to
      continue
    }
    offices.push({ office: 'official', title, sector: p.sector, level: null, from: t.from, to: t.to, country: p.country })
    portfolios.push(p.portfolio)
  }
  let country: string | null = null
  for (const [k, n] of tally) if (country === null || n > tally.get(country)!) country = k
  if (!country) {
    drop('no country of ours (territory, East Germany, fictional)')
    example('no country of ours (territory, East Germany, fictional)', label)
    continue
  }
  if (offices.length === 0) {
    drop('no dated office (only ELI, OPP or undated codes)')
    example('no dated office (only ELI, OPP or undated codes)', label)
    continue
  }
  if (portfolios.every((p) => p !== null && DOMESTIC.has(p))) {
    drop('only domestic or economic portfolio ministries (size)')
    continue
  }
  for (const o of offices) if (o.country === country) delete o.country
  const forms: string[][] = []
  for (const f of raw.forms) {
    const ws = words(f)
    const clean = ws && cleanForm(ws)
    if (!clean) continue
    if (!forms.some((x) => norm(x.join(' ')) === norm(clean.join(' ')))) forms.push(clean)
  }
  if (forms.length === 0) {
    drop('no usable name (one word, a title, punctuation)')
    example('no usable name (one word, a title, punctuation)', label)
    continue
  }
  candidates.push({ raw, forms, country, offices })
}

/** Countries whose two-syllable given names news writes hyphenated */
const HYPHENATED_GIVEN = new Set(['KOR', 'PRK', 'TWN'])

const entries = new Map<string, Entry>()
const byForm = new Map<string, Entry>()
for (const c of candidates) {
  const label = `${c.forms[0]!.join(' ')} (${c.raw.file}:${c.raw.line})`
  // hand-made entries win
  if (c.forms.some((f) => ours.has(norm(f.join(' '))))) {
    drop('already in our persons files')
    continue
  }
  const kept = c.forms.filter((f) => {
    const k = norm(f.join(' '))
    const why =
      reserved.get(k) ??
      (ordinary(f) ? 'ordinary words' : f.length === 2 && f.every(given) ? 'two given names' : f.length === 2 && given(f[0]!) && commonSurname(f[1]!) ? 'common given name and surname' : null)
    if (why) {
      drop(`name or alias dropped: ${why}`)
      example(`name or alias dropped: ${why}`, `${f.join(' ')} [${c.country}]`)
    }
    return !why
  })
  if (kept.length === 0) {
    drop('no name left after the collision checks')
    example('no name left after the collision checks', label)
    continue
  }
  // the same person again (a second entry in one country; an IGO official also in the Countries file): merge the offices
  const same = kept.map((f) => byForm.get(norm(f.join(' ')))).find((e) => e !== undefined)
  // (one name in two countries is one person who served in both: "Salva Kiir", Sudan then South Sudan;
  // the person's country becomes that of the latest office, below)
  if (same) {
    for (const o of c.offices) {
      const country = o.country ?? c.country
      const office: Office = { ...o }
      if (country === same.country) delete office.country
      else office.country = country
      if (!same.offices.some((x) => x.title === office.title && x.from === office.from && x.to === office.to)) same.offices.push(office)
    }
    for (const f of kept) {
      const name = f.join(' ')
      if (norm(name) !== norm(same.name) && !same.aliases.some((a) => norm(a) === norm(name))) same.aliases.push(name)
      byForm.set(norm(name), same)
    }
    drop('merged into an entry of the same name')
    continue
  }
  const [first, ...rest] = kept
  const name = first!.join(' ')
  const aliases = rest.map((f) => f.join(' '))
  // "Jean Bertrand Aristide" is written "Jean-Bertrand Aristide"
  if (first!.length >= 3 && /^(jean|marie|pierre|anne)$/i.test(first![0]!) && !/-/.test(first![0]!)) {
    const hyphen = `${first![0]}-${first![1]} ${first!.slice(2).join(' ')}`
    if (!reserved.has(norm(hyphen))) aliases.push(hyphen)
  }
  // "Kim Il Sung" is written "Kim Il-sung" (else "Kim Il", another person, would match first)
  if (first!.length === 3 && HYPHENATED_GIVEN.has(c.country) && first!.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) {
    aliases.push(`${first![0]} ${first![1]}-${first![2]!.toLowerCase()}`)
  }
  const entry: Entry = { name, aliases, family: familyOf(first!), country: c.country, bareFamily: false, offices: c.offices }
  entries.set(label, entry)
  for (const f of kept) byForm.set(norm(f.join(' ')), entry)
}

const list = [...entries.values()]
// "Carlos Saul Menem" is written "Carlos Menem": a three-word name of plain words also goes by its
// first and last word, where that short form is no other person's, no reserved word and passes
// the name checks above (Korean and Taiwanese names keep their given names whole)
const shortOf = (e: Entry): string | null => {
  const w = e.name.split(' ')
  if (w.length !== 3 || HYPHENATED_GIVEN.has(e.country) || !w.every((x) => /^\p{Lu}\p{Ll}+$/u.test(x))) return null
  return `${w[0]} ${w[2]}`
}
const shortCount = new Map<string, number>()
for (const e of list) {
  const k = shortOf(e)
  if (k) shortCount.set(norm(k), (shortCount.get(norm(k)) ?? 0) + 1)
}
let shortForms = 0
for (const e of list) {
  const k = shortOf(e)
  if (!k) continue
  const w = k.split(' ')
  const unique = shortCount.get(norm(k)) === 1 && !byForm.has(norm(k)) && !ours.has(norm(k)) && !reserved.has(norm(k))
  if (!unique || ordinary(w) || w.every(given) || (given(w[0]!) && commonSurname(w[1]!))) continue
  e.aliases.push(k)
  shortForms++
}
for (const e of list) {
  e.offices.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
  // merged from entries of several countries: the person's country is that of the latest office
  if (e.offices.some((o) => o.country)) {
    const latest = e.offices.reduce((a, b) => (b.to > a.to || (b.to === a.to && b.from > a.from) ? b : a))
    const country = latest.country ?? e.country
    if (country !== e.country) {
      for (const o of e.offices) o.country ??= e.country
      e.country = country
      for (const o of e.offices) if (o.country === country) delete o.country
    }
  }
  if (e.aliases.length === 0) delete (e as { aliases?: string[] }).aliases
}
list.sort((a, b) => (a.country < b.country ? -1 : a.country > b.country ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0))

const n = (why: string): number => drops.get(why) ?? 0
const about =
  `Historical office holders from the Phoenix/PETRARCH2 actor dictionaries, for the leaders, ministers and officials ` +
  `that the hand-made persons files (2000-2026, some countries) do not cover: older and smaller-country leaders ` +
  `("Abdelaziz Bouteflika", "Askar Akayev", "Jean-Bertrand Aristide", "Paul Kagame", "Nelson Mandela"), earlier US and ` +
  `European officials ("Henry Kissinger", "Margaret Thatcher") and IGO officials, so that a mention of the full name ` +
  `resolves to the person's country. ${list.length} persons with ${list.reduce((k, e) => k + e.offices.length, 0)} dated offices. ` +
  `GENERATED by scripts/actors/import-phoenix-persons.ts (do not edit by hand; change the script and run it again) from ` +
  `Phoenix.Countries.actors.txt (person entries marked "# CountryInfo.txt", made from CountryInfo.140130.txt) and the IGO ` +
  `section of Phoenix.International.actors.txt (before its NGOs), openeventdata/petrarch2 @ 676801cd, kept in ` +
  `../shared/reference/petrarch2. Source licence: MIT, "Copyright (c) 2014 Open Event Data Alliance" (the licence text is ` +
  `in the source files' headers); the data were made by the Computational Event Data System Project with National Science ` +
  `Foundation funding (SES-1004414, SES-1259190). ` +
  `HOW: name and aliases are the entry's NAME_ and + synonym lines (plus, for a three-word name of plain words, its first and last word where no other person has that short form: "Carlos Saul Menem" → "Carlos Menem"), title-cased (particles al, bin, de, da, dos, del, van, ` +
  `von, le, la, du ... lower-case inside a name; hyphenated parts each capitalised; "Jean X Y" also as "Jean-X Y", and a ` +
  `Korean or Taiwanese "Kim Il Sung" also as "Kim Il-sung"); leading titles (President, Sheikh, Sir, General ...) are ` +
  `stripped and a form with a title or role word elsewhere is dropped. family is the last word, less an "al-" prefix, with ` +
  `a capitalised Ben, Abu or Ould kept ("Ben Bella"). country is the most frequent country among the entry's CAMEO codes ` +
  `(IGO for IGO codes; TMP read as TLS); entries of one name in several countries are one person (Salva Kiir: Sudan, then ` +
  `South Sudan), filed under the country of the latest office, the other offices carrying their own country. One office ` +
  `per dated code with an agent: GOV, MIL, LEG, JUD, PTY, MED, BUS, CVL as such (a GOV code with the MIL portfolio, a ` +
  `defence minister, as MIL), SPY/COP as GOV, REB/INS/UAF as MIL, IGO codes as GOV (an international body's officials are its executive and diplomatic service; its judges JUD); ELI (elite, out of office), OPP and ` +
  `the other codes give the country but no office; overlapping terms of one code are one office. Every office is keyed ` +
  `"official" with the title "office holder (CAMEO <code>)" and level null, so role look-ups ("the president") never pick ` +
  `these persons (a title written before the name gives the mention its level). Every entry has bareFamily false: the ` +
  `family name alone names the person only after the full name in the same article. ` +
  `DROPPED (counts from this run): for the file's size (it would be about 4.5 MB), the ${n('only domestic or economic portfolio ministries (size)')} ` +
  `persons whose every office is a portfolio ministry other than defence, interior and justice (CAMEO GOVAGR, GOVMED, ` +
  `GOVEDU, GOVHLH, GOVDEV, GOVLAB, GOVENV, GOVHRI, GOVREL, GOVREF, GOVMUS, GOVKID and GOVBUS: agriculture, information, ` +
  `education, health, development, labour, environment, human rights, religion, refugees, culture, children, and the ` +
  `economy, finance, trade and industry ministers), the least often in diplomatic news; ${n('already in our persons files')} ` +
  `persons already in our other persons files (same normalised name or alias: the hand-made entry wins); ` +
  `${n('no usable name (one word, a title, punctuation)')} entries with no usable name (one word only, a title only, ` +
  `punctuation or spaces in the name, more than seven words); ${n('no name left after the collision checks')} entries ` +
  `whose every name was dropped, and single names or aliases that are a country, capital, demonym, place, institution or ` +
  `role phrase of our data, that are made only of words news writes in lower case (counted over ` +
  `../shared/corpus/allsides-intl.jsonl.gz: an ordinary phrase), that are two given names ("Abdul Ali": both words begin ` +
  `at least ${GIVEN_MIN} source names and more than twice as many as they end), or a common given name and a surname ` +
  `news writes after at least ${SURNAME_MIN} given names ("George Wallace", "Michael Smith": others of that name are in the ` +
  `news); ${n('no country of ours (territory, East Germany, fictional)')} entries whose codes name no country of ours (British ` +
  `and Dutch territories, East Germany, the fictional Kinakuta); ${n('no dated office (only ELI, OPP or undated codes)')} ` +
  `with no dated office; the rotating presidents of the EC Council (national ministers). ` +
  `KNOWN GAPS AND ERRORS: the source ends in January 2014 (CountryInfo.140130): an open-ended term (">YYMMDD") is cut at ` +
  `${SOURCE_DATE} (a leader who died or left office before then without an end date in the source, such as Levy ` +
  `Mwanawasa, d. 2008, is shown in office until then), later offices are missing, and a person mentioned after the end of ` +
  `the last term resolves to the country with no office; level is unknown (null) and the office is not named; gender and ` +
  `birth year are unknown; two-digit years are read as 20YY when YY <= 14 and 19YY otherwise (so "000101" is 2000-01-01), ` +
  `eight-digit dates as written, a "19YYYYMMDD" as YYYYMMDD, a lone date as the start of a term; unreadable dates and ` +
  `terms that end before they start are dropped; some family names are not the one news uses alone ("Mayardit" for Salva ` +
  `Kiir Mayardit); the source has spelling errors ("Cecila Malmstrom") and duplicate or mis-filed entries, and was not ` +
  `reviewed entry by entry. Some well-known names are not in the source at all (Vojislav Kostunica).`

const json = `{\n  "about": ${JSON.stringify(about)},\n  "entries": [\n${list.map((e) => `    ${JSON.stringify(e)}`).join(',\n')}\n  ]\n}\n`
writeFileSync(OUT, json)
console.log(`${OUT}: ${list.length} persons (${list.reduce((k, e) => k + e.offices.length, 0)} offices, ${shortForms} short forms), ${(json.length / 1e6).toFixed(2)} MB`)
if (stats) {
  for (const [why, n] of [...drops].sort((a, b) => b[1] - a[1])) console.log(`  ${n}\t${why}${examples.has(why) ? `: ${examples.get(why)!.join('; ')}` : ''}`)
}
