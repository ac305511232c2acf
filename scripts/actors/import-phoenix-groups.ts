// `tsx scripts/actors/import-phoenix-groups.ts [--stats]`: regenerates data/actors/groups.json from
// the Phoenix/PETRARCH2 armed-groups dictionary, Phoenix.MilNonState.actors.txt in
// ../shared/reference/petrarch2 (MIT): rebel, insurgent and militant groups with the country CAMEO
// codes them under, as `kind: "non-state"` institutions. Run once; the JSON is committed and read
// at run time, the reference files never are. `--stats` prints what was dropped and why, with
// examples. Hand-made entries of institutions.json win: a group that has a name or alias there is
// left out.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { ACTORS_DIR, loadDictionary } from '../../src/actors/load.ts'
import { CORPUS, COUNTRY_CODES, norm, parseActors, REFERENCE, type Raw } from './phoenix.ts'

const OUT = join(ACTORS_DIR, 'groups.json')
const OWN_FILE = 'groups.json'
const stats = process.argv.includes('--stats')

// ---------------------------------------------------------------- codes

/** CAMEO country codes of this file that are no ISO 3166-1 alpha-3 code, beside COUNTRY_CODES: "ANG" is the file's slip for Angola (CAMEO AGO; UNITA) */
const GROUP_COUNTRY_CODES: Readonly<Record<string, string>> = { ...COUNTRY_CODES, ANG: 'AGO' }
/** CAMEO region codes: a group coded to a region, not a country */
const REGIONS = new Set(['AFR', 'ASA', 'CAS', 'CFR', 'EAF', 'EEU', 'EIN', 'EUR', 'LAM', 'MEA', 'NAF', 'NMR', 'SAF', 'SAM', 'SAS', 'SEA', 'WAF', 'WEU'])
/**
 * The agent part of a code (after the country) and the sector it gives. The file codes every
 * group REB (rebels: armed groups, insurgents, militants), Hamas REBHMS; none PTY, so no entry is
 * a party. INS (insurgents) and UAF (unaligned armed forces) would be MIL too, PTY (a party) PTY,
 * OPP (opposition) PTY; any other agent is dropped.
 */
const SECTOR_OF: Readonly<Record<string, 'MIL' | 'PTY'>> = { REB: 'MIL', INS: 'MIL', UAF: 'MIL', PTY: 'PTY', OPP: 'PTY' }

/**
 * Groups the file codes to a region or to no country (KKL, the coders' "not yet coded", INT)
 * whose country is not in doubt, given one by hand: the source name, the country, the sector, and
 * a pattern of synonyms to leave out (the Islamic Salvation Army is the FIS's armed wing).
 */
const OVERRIDES: Readonly<Record<string, { country: string; sector: 'MIL' | 'PTY'; without?: RegExp }>> = {
  REVOLUTIONARY_UNITED_FRONT: { country: 'SLE', sector: 'MIL' }, // WAFREB
  ISLAMIC_SALVATION_FRONT_: { country: 'DZA', sector: 'PTY', without: /ARMY|ARMEE/ }, // INTREB; a party, banned in 1992
  "LORD'S_RESISTANCE_ARMY": { country: 'UGA', sector: 'MIL' }, // CFRREB
  MOZAMBIQUE_NATIONAL_RESISTANCE_MOVEMENT_: { country: 'MOZ', sector: 'MIL' }, // SAFREB (RENAMO)
  NATIONAL_FRONT_FOR_THE_LIBERATION_OF_ANGOLA_: { country: 'AGO', sector: 'MIL' }, // CFRREB (FNLA)
  FREE_PAPUA_MOVEMENT_: { country: 'IDN', sector: 'MIL' }, // EINREB
  MOROCCAN_ISLAMIC_COMBATANT_GROUP_: { country: 'MAR', sector: 'MIL' }, // INTREB
  ARMY_FOR_THE_LIBERATION_OF_RWANDA: { country: 'RWA', sector: 'MIL' }, // KKLREB
  ISLAMIC_MOVEMENT_OF_UZBEKISTAN_: { country: 'UZB', sector: 'MIL' }, // KKLREB
  // coded REB, but parties: the Sandinistas governed Nicaragua 1979-1990 and are its ruling party again since 2007; the MQM is a party of Karachi
  SANDINISTAS_: { country: 'NIC', sector: 'PTY' },
  'MUTTAHIDA_QAMI_MOVEMENT_(MQM)_': { country: 'PAK', sector: 'PTY' },
}

/**
 * Forms news uses that the source lacks, added by hand to a source entry: the acronyms of the
 * SPLA/SPLM and the FIS (the source has only the full names).
 */
const EXTRA: Readonly<Record<string, readonly Form[]>> = {
  ISLAMIC_SALVATION_FRONT_: [{ text: 'FIS', acronym: true }],
  "SUDAN_PEOPLE'S_LIBERATION_ARMY_": [
    { text: 'SPLA', acronym: true },
    { text: 'SPLM', acronym: true },
    { text: 'SPLM/A', acronym: true },
    { text: "Sudan People's Liberation Movement", acronym: false },
  ],
}

type Why = string
interface Coded {
  readonly country: string
  readonly sector: 'MIL' | 'PTY'
}
/** Source forms left out by hand: "Yahweh" (Nation of Yahweh: the word is God's name); "FREPASO" (an Argentine party coalition, filed under a Panamanian group) */
const STOP_FORMS = new Set(['YAHWEH_', 'FREPASO_'])
/** Acronyms left out by hand: other bodies' in news (Israel Airports/Antiquities Authority, cricket clubs, frames per second, India's National Testing Agency) */
const STOP_ACRONYMS = new Set(['IAA', 'MCC', 'MCCI', 'FPS', 'MLF', 'NAA', 'FPC', 'BCF', 'NTA'])

const readCode = (raw: Raw, countries: ReadonlySet<string>): Coded | Why => {
  const over = OVERRIDES[raw.forms[0]!]
  if (over) return over
  const code = raw.codes[0]?.code
  if (!code) return 'no code'
  if (code.startsWith('IMG')) return 'international group (IMG: KEDS militarised groups and their members, by religion or region)'
  const prefix = code.slice(0, 3)
  const country = GROUP_COUNTRY_CODES[prefix] ?? prefix
  if (prefix === 'KKL') return 'not coded to a country (KKL, the coders\' placeholder)'
  if (prefix === 'INT') return 'international (INT)'
  if (REGIONS.has(prefix)) return 'region code (WAF, SAS, MEA, SEA, CFR, ...)'
  if (prefix === 'BUD') return 'religion code (BUD: Aum Shinrikyo)'
  if (!countries.has(country)) return 'no country of ours (territory: Puerto Rico, Guadeloupe)'
  const sector = SECTOR_OF[code.slice(3, 6)]
  if (!sector) return `agent not mapped (${code.slice(3, 6) || 'none'})`
  return { country, sector }
}

// ---------------------------------------------------------------- what our data already names

const dict = loadDictionary()
const countryCodes = new Set(dict.countries.map((c) => c.iso3))
const reserved = new Map<string, string>()
const reserve = (s: string | null, why: string): void => {
  if (s && !reserved.has(norm(s))) reserved.set(norm(s), why)
}
for (const c of dict.countries) {
  for (const n of [c.name, ...c.names]) reserve(n, 'a country name')
  for (const n of c.demonyms) reserve(n, 'a demonym')
  reserve(c.capital, 'a capital')
  for (const n of [...c.metonyms, ...c.places, ...c.ambiguous]) reserve(n, 'a place or metonym')
}
for (const r of dict.roles) for (const n of r.phrases) reserve(n, 'a role phrase')
for (const p of dict.persons) for (const n of [p.name, ...p.aliases]) reserve(n, 'a person of our data')
/** names of hand-made institutions: a group with one of them is already there */
const handMade = new Set<string>()
for (const i of dict.institutions) if (i.file !== OWN_FILE) for (const n of [i.name, ...i.aliases]) handMade.add(norm(n))
/** first words of person names (given names) and family names: a one-word form that is one names people as often */
const given = new Set(dict.persons.map((p) => norm(p.name.split(' ')[0]!)))
const families = new Set(dict.persons.map((p) => norm(p.family)))
/** titles before a person's name in the source's synonyms ("SHEIKH_AHMED_YASSIN") */
const PERSON_TITLES = /^(sheikh|sheik|commander|emir|brother|imam|mullah|maulana|general|colonel|dr)$/i
// ---------------------------------------------------------------- names

/** lower case inside a name */
const SMALL = new Set(['of', 'the', 'for', 'and', 'in', 'on', 'to', 'a', 'an', 'at', 'by', 'with', 'from', 'against', 'de', 'del', 'la', 'las', 'los', 'el', 'da', 'do', 'dos', 'des', 'du', 'le', 'les', 'y', 'e', 'i', 'ul', 'al', 'ad', 'ar', 'as', 'ash', 'ut', 'wa'])

interface Corpus {
  /** mid-sentence lower-case words: how often news writes each */
  readonly lower: Map<string, number>
  /** capitalised and upper-case words as written */
  readonly cased: Map<string, number>
}
const readCorpus = (): Corpus => {
  const lower = new Map<string, number>()
  const cased = new Map<string, number>()
  const text = gunzipSync(readFileSync(CORPUS)).toString('utf8')
  for (const line of text.split('\n')) {
    if (!line) continue
    const body = (JSON.parse(line) as { text?: string }).text ?? ''
    for (const m of body.matchAll(/(?<=[a-z,;] )[a-z]+/g)) lower.set(m[0], (lower.get(m[0]) ?? 0) + 1)
    for (const m of body.matchAll(/(?<=[a-z,;] )\p{Lu}[\p{L}]*/gu)) cased.set(m[0], (cased.get(m[0]) ?? 0) + 1)
  }
  return { lower, cased }
}
const corpus = readCorpus()
const ORDINARY_MIN = 5

/** "HEZBOLLAH" → "Hezbollah", "AL-GAMA'A" → "al-Gama'a": each hyphenated part capitalised, function words and Arabic particles lower-case except first */
const titleWord = (w: string, first: boolean): string =>
  w
    .split('-')
    .map((p, j) => {
      const lower = p.toLowerCase()
      if (SMALL.has(lower) && (!first || j > 0 || lower === 'al' || lower === 'el')) return lower
      // "FPMR-D", "FMLN-FDR": a part with no vowel is an acronym
      if (/^[A-Z]{2,}$/.test(p) && !/[AEIOUY]/.test(p)) return p
      return lower.charAt(0).toUpperCase() + lower.slice(1)
    })
    .join('-')

/** A word news writes in upper case ("UNITA", "MASSOB") or with no vowel ("JKLF"): kept as an acronym */
const isAcronymWord = (w: string): boolean => {
  if (!/^[A-Z]{2,}$/.test(w)) return false
  const title = w.charAt(0) + w.slice(1).toLowerCase()
  const caps = corpus.cased.get(w) ?? 0
  const tc = corpus.cased.get(title) ?? 0
  return (caps > 0 && caps >= tc) || (!/[AEIOU]/.test(w) && w.length <= 6)
}

interface Form {
  readonly text: string
  readonly acronym: boolean
}
/**
 * A source form as names: "LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_" → "Liberation Tigers of Tamil
 * Eelam" and the acronym "LTTE"; a parenthesis that names a country or place
 * ("PEOPLE'S_REVOLUTIONARY_ARMY_(COLOMBIA)_") marks a name others bear too: the form is dropped.
 */
const formsOf = (raw: string): Form[] | Why => {
  let s = raw.replace(/\s+/g, '').replace(/^_+|_+$/g, '')
  // "DHKP/C", "TKP/ML": an acronym with a slash
  if (/^[A-Z]{2,}\/[A-Z]{1,3}$/.test(s)) return [{ text: s, acronym: true }]
  const out: Form[] = []
  const paren = /\(([^)]*)\)/.exec(s)
  if (paren) {
    const inner = paren[1]!.replace(/_/g, ' ').trim()
    // "(COLOMBIA)", "(EL_SALVADOR)": the country of a name others bear too; the bare name is kept if no other source group has it
    if (reserved.has(norm(inner))) {
      /* dropped: the bare name stays */
    } else if (/^[A-Z]{2,8}(-[A-Z0-9]{1,3})?$/.test(inner)) out.push({ text: inner, acronym: true })
    else return 'a name with a remark in parentheses'
    s = s.replace(paren[0], '').replace(/_+/g, '_').replace(/^_+|_+$/g, '')
  }
  if (!/^[A-Z0-9'.\-_]+$/.test(s) || !/[A-Z]/.test(s)) return 'unreadable form (a slash between two names, a comma)'
  const ws = s.split('_').filter((w) => w !== '' && w !== '-')
  if (ws.length === 1 && isAcronymWord(ws[0]!)) return [{ text: ws[0]!, acronym: true }, ...out]
  // "UNITA_", "RUF_": a short one-word name news does not write in title case is an acronym (shown so; checked as a name)
  if (ws.length === 1 && /^[A-Z]{3,5}$/.test(ws[0]!) && !corpus.cased.has(titleWord(ws[0]!, true))) return [{ text: ws[0]!, acronym: false }, ...out]
  const text = ws.map((w, i) => (/^[A-Z]{2,}$/.test(w) && isAcronymWord(w) && i > 0 ? w : titleWord(w, i === 0))).join(' ')
  return [{ text, acronym: false }, ...out]
}

/** words that make a form the name of a body, not of a person */
const BODY = /^(army|armies|front|movement|group|groups|brigade|brigades|party|organi[sz]ation|council|committee|committees|union|league|forces?|battalions?|cells?|command|commandos?|nuclei|faction|resistance|liberation|revolutionary|jihad|mujahideen|mujahidin|tigers|militia|network|society|foundation|alliance|fighters|guerrillas?|squads?|units?|patrol|struggle|revolution|association|congress|coalition|federation|people's|popular|youth|students|legion|circle|club|brotherhood|sena|commission|conspiracy|harakat|jamaat|lashkar|jaish|hizb|ansar)$/i
const isPersonLike = (text: string): boolean => {
  const ws = text.split(' ')
  if (ws.some((w) => BODY.test(w))) return false
  if (PERSON_TITLES.test(ws[0]!)) return true
  // "Joseph Kony", "Khaled Meshaal": two to four capitalised words, the first a given name of our persons
  return ws.length >= 2 && ws.length <= 4 && ws.every((w) => /^\p{Lu}/u.test(w)) && ws[0]!.length >= 3 && given.has(norm(ws[0]!))
}
/** all words ordinary English (written in lower case in news) */
const ordinary = (text: string): boolean =>
  text.split(' ').every((w) => w.toLowerCase().split(/[-']/).every((p) => p === '' || p.length <= 2 || (corpus.lower.get(p) ?? 0) >= ORDINARY_MIN))

/**
 * Why an acronym is no alias: too short, an English word ("ALF" is not; "ARMY", "FRONT" are), a
 * country code, or written in news in title case as a word or name ("Ira", "Eta") more often than
 * in upper case (the dictionary matches names case-blind after the first letter).
 */
const badAcronym = (a: string): Why | null => {
  if (STOP_ACRONYMS.has(a)) return 'acronym left out by hand (STOP_ACRONYMS: another body\'s)'
  if (otherUse(a)) return OTHER_USE
  const letters = a.replace(/[^A-Z]/g, '')
  if (letters.length < 3) return 'acronym shorter than three letters'
  if ((corpus.lower.get(a.toLowerCase()) ?? 0) >= 1) return 'acronym that is an English word'
  if (countryCodes.has(a) || GROUP_COUNTRY_CODES[a] || REGIONS.has(a)) return 'acronym that is a country or region code'
  const title = a.charAt(0) + a.slice(1).toLowerCase()
  const tc = corpus.cased.get(title) ?? 0
  if (tc >= 2 && tc > (corpus.cased.get(a) ?? 0)) return 'acronym written as a word or name in news'
  return null
}

/**
 * A one-word name or acronym that the news corpus has (any case, whole word): these groups are
 * mostly historical, so a word of theirs in today's news is nearly always something else ("ARB",
 * "ANA": the Afghan National Army, "Falcon", "NTA").
 */
const OTHER_USE = 'one word or acronym that today\'s news uses (for other things, nearly always)'
const tokenCount = (() => {
  const m = new Map<string, number>()
  const text = gunzipSync(readFileSync(CORPUS)).toString('utf8')
  for (const t of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'\/-]*/gu)) {
    const k = t[0].toLowerCase()
    m.set(k, (m.get(k) ?? 0) + 1)
  }
  return m
})()
const otherUse = (w: string): boolean => (tokenCount.get(w.toLowerCase()) ?? 0) >= 2
/** a one-word group name that is also a person's name ("Amal"): kept only as "Amal militia", "Amal movement" */
const NAME_WORD = 'one word that is a given or family name of our persons (kept as "X militia", "X movement")'
/** demonyms and country names by country, and religions: "Palestinian Resistance" (filed FRA), "Islamic Society" (of Boston) */
const countryWords = new Map<string, string>()
for (const c of dict.countries) for (const w of [c.name, ...c.names, ...c.demonyms]) countryWords.set(norm(w), c.iso3)
const RELIGION = /^(islamic|muslim|christian|catholic|jewish|arab|arabic|sikh|hindu|buddhist)$/i
/** Why a (non-acronym) form is no name: a word of ours, a person, or ordinary words */
const badName = (text: string, country: string): Why | null => {
  const r = reserved.get(norm(text))
  if (r) return `name that is ${r}`
  const ws0 = text.split(' ')
  if (ws0.some((w) => (countryWords.get(norm(w)) ?? country) !== country)) return 'name with another country\'s name or demonym'
  if (ws0.length === 2 && RELIGION.test(ws0[0]!)) return 'a religion and one word ("Islamic Society"): the name of many bodies'
  if (isPersonLike(text)) return 'a person\'s name (a leader listed as a synonym)'
  const ws = text.split(' ')
  if (ws.length <= 2 && ordinary(text)) return 'one or two ordinary English words ("Black Hand", "Angry Brigade")'
  if (ws.length === 1) {
    if (given.has(norm(text)) || families.has(norm(text))) return NAME_WORD
    if (otherUse(text)) return OTHER_USE
    if ((corpus.lower.get(text.toLowerCase()) ?? 0) >= 1) return 'one word that news writes in lower case'
  }
  return null
}

// ---------------------------------------------------------------- building the entries

const drops = new Map<string, number>()
const examples = new Map<string, string[]>()
const drop = (why: string, what: string): void => {
  drops.set(why, (drops.get(why) ?? 0) + 1)
  const list = examples.get(why) ?? []
  if (list.length < 10) list.push(what)
  examples.set(why, list)
}

interface Entry {
  name: string
  aliases: string[]
  country: string
  sector: 'MIL' | 'PTY'
  level: null
  kind: 'non-state'
}
interface Candidate {
  readonly raw: Raw
  readonly coded: Coded
  readonly forms: Form[]
}

const raws = parseActors(join(REFERENCE, 'Phoenix.MilNonState.actors.txt'), 'milnonstate', null)
  .map((r) => ({ ...r, forms: r.forms.flatMap((f) => f.split('+')).map((f) => f.trim()).filter((f) => f !== '') }))
const candidates: Candidate[] = []
for (const raw of raws) {
  const label = `${raw.forms[0]} [${raw.codes[0]?.code ?? ''}]`
  const coded = readCode(raw, countryCodes)
  if (typeof coded === 'string') {
    drop(`group: ${coded}`, label)
    continue
  }
  const over = OVERRIDES[raw.forms[0]!]
  const forms: Form[] = []
  for (const f of raw.forms) {
    if (over?.without?.test(f)) continue
    if (STOP_FORMS.has(f)) {
      drop('form: left out by hand (STOP_FORMS)', f)
      continue
    }
    const got = formsOf(f)
    if (typeof got === 'string') {
      drop(`form: ${got}`, f)
      continue
    }
    for (const g of got) if (!forms.some((x) => norm(x.text) === norm(g.text))) forms.push(g)
  }
  for (const g of EXTRA[raw.forms[0]!] ?? []) if (!forms.some((x) => norm(x.text) === norm(g.text))) forms.push(g)
  if (forms.some((f) => handMade.has(norm(f.text)))) {
    drop('group: already in institutions.json (a name or alias there: the hand-made entry wins)', `${label} = ${forms.find((f) => handMade.has(norm(f.text)))!.text}`)
    continue
  }
  // the first form is the group's; a person's name first ("SHEIKH_AHMED_YASSIN") makes no group
  const first = forms[0]?.acronym === false ? forms[0].text : null
  if (first && isPersonLike(first) && (PERSON_TITLES.test(first.split(' ')[0]!) || families.has(norm(first.split(' ').at(-1)!)))) {
    drop('group: a person, not a group', label)
    continue
  }
  candidates.push({ raw, coded, forms })
}

// a name of two source groups (in two countries, or twice over) names neither
const owners = new Map<string, Set<string>>()
for (const c of candidates) for (const f of c.forms) (owners.get(norm(f.text)) ?? owners.set(norm(f.text), new Set()).get(norm(f.text))!).add(`${c.coded.country}:${c.raw.line}`)

const entries: Entry[] = []
let acronyms = 0
for (const c of candidates) {
  const label = `${c.raw.forms[0]} [${c.coded.country}]`
  const kept: string[] = []
  for (const f of c.forms) {
    const why = (owners.get(norm(f.text))!.size > 1 ? 'name of two source groups' : null) ?? (f.acronym ? badAcronym(f.text) : badName(f.text, c.coded.country))
    if (why) {
      drop(`form: ${why}`, `${f.text} [${c.coded.country}]`)
      if (why === NAME_WORD) for (const x of [`${titleWord(f.text, true)} militia`, `${titleWord(f.text, true)} movement`]) if (!reserved.has(norm(x)) && !owners.has(norm(x))) kept.push(x)
      continue
    }
    kept.push(f.text)
    if (f.acronym) acronyms++
  }
  // the name is the first full form; an acronym alone can name a group ("UNITA", "MASSOB")
  const name = kept.find((k) => !c.forms.find((f) => f.text === k)?.acronym) ?? kept[0]
  if (!name) {
    drop('group: no name left after the checks', label)
    continue
  }
  entries.push({ name, aliases: kept.filter((k) => k !== name), country: c.coded.country, sector: c.coded.sector, level: null, kind: 'non-state' })
}
entries.sort((a, b) => (a.country < b.country ? -1 : a.country > b.country ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0))

const n = (prefix: string): number => [...drops].filter(([k]) => k.startsWith(prefix)).reduce((s, [, v]) => s + v, 0)
const groupDrops = [...drops].filter(([k]) => k.startsWith('group: '))
const about =
  `Non-state armed groups from the Phoenix/PETRARCH2 armed-groups dictionary, for the rebel, insurgent and militant ` +
  `groups that institutions.json's hand-made non-state entries (Hezbollah, Hamas, the Taliban, FARC ...) do not cover: ` +
  `older and smaller movements that news and the PLOVER sentences name ("UNITA", "Liberation Tigers of Tamil Eelam" and ` +
  `"LTTE", "Moro Islamic Liberation Front" and "MILF", "Revolutionary United Front", "Amal", "Sudan People's Liberation ` +
  `Army", "Shining Path", "ETA", "Red Brigades"), so that a mention resolves to the group's country with sector MIL. ` +
  `${entries.length} groups with ${entries.reduce((k, e) => k + e.aliases.length, 0)} aliases (${acronyms} acronyms); every entry is ` +
  `kind "non-state", level null; the loader reads them after institutions.json, as institutions. ` +
  `GENERATED by scripts/actors/import-phoenix-groups.ts (do not edit by hand; change the script and run it again) from ` +
  `Phoenix.MilNonState.actors.txt (TOPS non-state war actors, Kenwick, Kim and Leonard, Pennsylvania State University, 2013, ` +
  `from the START TOPS database; groups added from Wikipedia's list of designated terrorist organisations, 2013; KEDS ` +
  `international militarised groups, ca. 2009), openeventdata/petrarch2 @ 676801cd, kept in ../shared/reference/petrarch2. ` +
  `Source licence: MIT, "Copyright (c) 2014 Open Event Data Alliance" (petrarch2/LICENSE); the data were made with National ` +
  `Science Foundation funding (SES-0096086, SES-0527564, SES-1004414, SES-1259190) and grants from the University of Kansas. ` +
  `HOW: name and aliases are the entry's NAME_ and + synonym lines, "_" read as a space, title-cased (of, the, for, and, ` +
  `de, al ... lower-case inside a name; "al-" lower-case; a word news writes in upper case, or one with no vowel, kept as ` +
  `an acronym); an acronym in parentheses ("LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_") is a separate alias. country is ` +
  `the CAMEO country of the entry's code (ISO 3166-1 alpha-3; CAMEO TMP, ROM, ZAR read as TLS, ROU, COD and the file's ` +
  `ANG as AGO, Angola). Sector from the code's agent: REB (every group but Hamas's REBHMS, itself REB) MIL; INS and UAF ` +
  `would be MIL, PTY and OPP PTY, but the file has none, so every coded group is MIL except two parties set PTY by hand (the Sandinistas, NIC, and the MQM, PAK). Also by hand (OVERRIDES in the script), ` +
  `${Object.keys(OVERRIDES).length - 2} groups the file codes to a region or to no country, whose country is not in doubt: the ` +
  `Revolutionary United Front (SLE), the Islamic Salvation Front (DZA, PTY: a party; its armed wing's synonyms left out), the ` +
  `Lord's Resistance Army (UGA), RENAMO (MOZ), the FNLA (AGO), the Free Papua Movement (IDN), the Moroccan Islamic Combatant ` +
  `Group (MAR), the Army for the Liberation of Rwanda (RWA) and the Islamic Movement of Uzbekistan (UZB); and forms the source lacks: ` +
  `"FIS", and "SPLA", "SPLM", "SPLM/A", "Sudan People's Liberation Movement". A one-word name that is also a person's name ("Amal") ` +
  `is kept only as "Amal militia" and "Amal movement". ` +
  `DROPPED (counts from this run, groups): ${groupDrops.map(([k, v]) => `${v} ${k.slice(7)}`).join('; ')}. ` +
  `Names and aliases dropped (${n('form: ')}): acronyms of fewer than three letters, acronyms that are an English word ` +
  `written in lower case in news (counted over ../shared/corpus/allsides-intl.jsonl.gz), a country or region code, or ` +
  `written in title case as a word or name more often than in upper case ("Ira"); names that are a country, demonym, ` +
  `capital, place, role phrase or person of our data; persons listed as a group's synonym (a leader's name: a form with ` +
  `no body word such as Army, Front, Movement, Brigades, Party whose first word is a given name or whose last is a family ` +
  `name of our persons, or that starts with Sheikh, Commander, Emir); names of one or two words that are all ordinary ` +
  `English words ("Black Hand", "Angry Brigade"); names with another country's name or demonym ("Palestinian Resistance" filed ` +
  `under France); two-word names of a religion and one word ("Islamic Society": many bodies' name); one-word names that are a given or family name of our persons or a word ` +
  `news writes in lower case; one-word names and acronyms that today's news has at least twice (the groups are mostly ` +
  `historical: the word is nearly always something else: "ANA", "ARB", "Contras"); acronyms left out by hand (IAA, MCC, FPS, NTA ...: ` +
  `other bodies'); a name two source groups bear; names with a remark in parentheses (a country in parentheses, ` +
  `"People's Revolutionary Army (Colombia)", is left out and the bare name kept when no other source group bears it). ` +
  `KNOWN GAPS AND ERRORS: the source dates from 2009-2013 and has no dates: groups long dissolved are kept (news about ` +
  `them is history), groups formed since are missing; it codes groups only as rebels, so parties that were also armed ` +
  `movements (Amal, UNITA, the SPLM) are MIL; several major groups are coded to a ` +
  `region and are missing (the Kashmiri and South Asian groups, SAS; the Jemaah Islamiyah network, IMG); the file has ` +
  `spelling variants and duplicate entries, and was not reviewed entry by entry.`

const json = `{\n  "about": ${JSON.stringify(about)},\n  "entries": [\n${entries.map((e) => `    ${JSON.stringify(e)}`).join(',\n')}\n  ]\n}\n`
writeFileSync(OUT, json)
console.log(`${OUT}: ${entries.length} groups (${raws.length} source entries), ${entries.reduce((k, e) => k + e.aliases.length, 0)} aliases, ${(json.length / 1e3).toFixed(0)} kB`)
if (stats) {
  for (const [why, k] of [...drops].sort((a, b) => (a[0].slice(0, 5) === b[0].slice(0, 5) ? b[1] - a[1] : a[0] < b[0] ? 1 : -1))) {
    console.log(`  ${k}\t${why}${examples.has(why) ? `: ${examples.get(why)!.join('; ')}` : ''}`)
  }
}
