import type { ActorMention, Chunk, Doc, Level, Sector, Span, Token } from '../core/index.ts'
import { matchTokens, normToken, type GazEntry, type Gazetteer, type GazMatch } from './gazetteer.ts'
import { officeAt, type OfficeIndex } from './offices.ts'
import type { Dictionary, Office, Person, Role } from './types.ts'

/**
 * Builds actor mentions sentence by sentence. Dictionary matches and unknown proper-noun runs
 * are grouped into noun-phrase clusters by the words between them — "Joe Biden's | Defense
 * Secretary Lloyd Austin", "General Xu Qiliang, vice-chair of the Central Military Commission",
 * "China's top foreign policy official", "Prime Minister Fumio Kishida of Japan" — and each
 * cluster becomes one mention, resolved as of its sentence's date. A bare family name
 * ("Austin", "Klinck") refers back to the person named earlier in the article, or else to the
 * one person of that name in office on the date ("Xi" in 2023).
 */

export interface Resources {
  readonly dict: Dictionary
  readonly gaz: Gazetteer
  readonly offices: OfficeIndex
  readonly personById: ReadonlyMap<string, Person>
}

type Part =
  | { readonly kind: 'gaz'; readonly tokens: readonly [number, number]; readonly entry: GazEntry; readonly how: string }
  | { readonly kind: 'propn'; readonly tokens: readonly [number, number] }
  | { readonly kind: 'ref'; readonly tokens: readonly [number, number]; readonly antecedent: ActorMention }

interface Cluster {
  parts: Part[]
  /** country given by a possessor ("Joe Biden's …", "Beijing's …") */
  possessorCountry: string | null
  /** index of the first part of an apposition or "of X" complement: the span ends before it */
  tailFrom: number
  former: boolean
}

/** Words that may stand between a modifier and the role it modifies ("China's top foreign policy official"). */
const GAP_POS = new Set(['ADJ', 'NOUN', 'ADV', 'CCONJ', 'DET', 'NUM', 'PROPN'])
const MAX_GAP = 3
/** Nouns after a role that do not make it a modifier ("the official weeks later") */
const TIME_NOUNS = new Set(['weeks', 'days', 'months', 'years', 'week', 'day', 'month', 'year', 'time', 'times', 'night', 'morning', 'evening', 'today', 'yesterday'])
const POSSESSIVE = new Set(["'s", "'"])
/** Day and month names, capitalised but no part of a name they follow ("sanctions on North Korea Tuesday") */
const CALENDAR = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)$/i
/**
 * CALENDAR.test(key), with its length checked first: every name is 4 to 9 letters, and many keys
 * are not, so many capitalised tokens skip the regular expression call (the same answer: the
 * pattern only matches strings of those lengths).
 */
const isCalendar = (key: string): boolean => key.length >= 4 && key.length <= 9 && CALENDAR.test(key)
/** A compass word before a place is no part of a name: "South Lebanon", "Western Cambodia" name the country ("East China Sea" still is one name) */
const DIRECTION = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern'])
/** Ship prefixes: the name after one is a ship's */
const SHIP = new Set(['uss', 'hms', 'usns', 'hmas', 'hmcs'])
/** Neither a day, a month nor a compass word: may be part of a name */
const nameWord = (key: string): boolean => !isCalendar(key) && !DIRECTION.has(key)

interface Context {
  readonly doc: Doc
  readonly res: Resources
  readonly keys: readonly string[]
  readonly upper: readonly boolean[]
  /** each token's wink id, where tokenize recorded them (nlp/lower.ts): for the gazetteer's look-up */
  readonly ids: Int32Array | null
  /** family name (lower case) → the latest mention of that person in the article */
  readonly known: Map<string, ActorMention>
}

export const resolveSentences = (doc: Doc, res: Resources, keys: readonly string[], upper: readonly boolean[], ids: Int32Array | null = null): ActorMention[] => {
  const ctx: Context = { doc, res, keys, upper, ids, known: new Map() }
  const out: ActorMention[] = []
  let c0 = 0
  for (const s of doc.sentences) {
    const date = sentenceDate(doc, s.span)
    // chunks and sentences are both in text order: walk them together
    while (c0 < doc.chunks.length && doc.chunks[c0]!.tokens[0] < s.tokens[0]) c0++
    let c1 = c0
    while (c1 < doc.chunks.length && doc.chunks[c1]!.tokens[1] <= s.tokens[1]) c1++
    const parts = partsOf(ctx, s.tokens, doc.chunks.slice(c0, c1), date)
    c0 = c1
    for (const m of clusterMentions(ctx, parts, s.tokens, date)) {
      out.push(m)
      remember(ctx, m)
    }
  }
  return out
}

const remember = (ctx: Context, m: ActorMention): void => {
  if (m.kind !== 'person' || !m.name) return
  const p = m.person ? ctx.res.personById.get(m.person) : null
  const family = (p?.family ?? m.name.split(/\s+/).at(-1) ?? '').toLowerCase()
  if (family) ctx.known.set(family, m)
}

/**
 * Which tokens of the sentence being read a dictionary match covers: one buffer reused sentence
 * after sentence (a Set or a fresh typed array per sentence was a good part of this stage's
 * time). Sound because partsOf reads one sentence at a time and does not re-enter itself.
 */
let coveredBuf = new Uint8Array(256)
const coveredScratch = (from: number, to: number): { has(i: number): boolean; add(i: number): void } => {
  if (coveredBuf.length < to - from) coveredBuf = new Uint8Array(2 * (to - from))
  const buf = coveredBuf
  buf.fill(0, 0, to - from)
  return {
    // only tokens of [from, to) are ever added
    has: (i) => i >= from && i < to && buf[i - from] === 1,
    add: (i) => {
      buf[i - from] = 1
    },
  }
}

/** Dictionary matches, family names and the other proper-noun runs of a sentence, in text order. */
const partsOf = (ctx: Context, [from, to]: readonly [number, number], chunks: readonly Chunk[], date: string | null): Part[] => {
  const { doc, res, keys, upper } = ctx
  const tokens = doc.tokens
  const text = doc.article.text
  // the sentence's chunks do not overlap, so "in chunk ci" is a range test: no per-token table to build
  const chunkOf = (i: number): number => chunks.findIndex((c) => c.tokens[0] <= i && i < c.tokens[1])
  const inChunk = (i: number, ci: number): boolean => chunks[ci]!.tokens[0] <= i && i < chunks[ci]!.tokens[1]
  const parts: Part[] = []
  const covered = coveredScratch(from, to)
  const matches: GazMatch[] = matchTokens(res.gaz, keys, upper, from, to, ctx.ids)
  matches.forEach((m, mi) => {
    const entry = pickEntry(m.entries)
    if (!entry) return
    const [a, b] = m.tokens
    // "East China Sea", "Georgia Avenue": a name inside a longer proper name is not that actor
    // (a generic body is the head of such a name: "the Biden Administration")
    // (a demonym modifies a name rather than being part of it: "Iraqi Kurds", "Chinese President Xi")
    if ((entry.kind === 'country' && entry.form !== 'demonym') || (entry.kind === 'institution' && !res.dict.institutions[entry.index]!.generic)) {
      const ci = chunkOf(a)
      // a lower-case particle ("Zelenskyy of Ukraine") joins names in a chunk but does not make them one name
      // (a compass word extends only a name that is also part of longer names: "Northern Ireland",
      // "South Georgia", "South Sudan" are no Ireland, Georgia or Sudan; "South Lebanon" is Lebanon)
      const compass = entry.kind === 'country' && !entry.ambiguous
      const extends_ = (i: number): boolean =>
        i >= from && i < to && inChunk(i, ci) && upper[i]! && (compass ? nameWord(keys[i]!) : !isCalendar(keys[i]!)) && !matches.some((o, oi) => oi !== mi && o.tokens[0] <= i && i < o.tokens[1])
      if (ci >= 0 && (extends_(a - 1) || extends_(b))) {
        // (unless a place opens the name of a site in it: "Baghdad University Medical School")
        let end = b
        while (extends_(end) && !res.dict.sites.has(keys[end]!)) end++
        if (!(entry.kind === 'country' && !extends_(a - 1) && extends_(end) && res.dict.sites.has(keys[end]!))) return
        parts.push({ kind: 'gaz', tokens: m.tokens, entry: { ...entry, form: 'place' }, how: 'site-place' })
        // (the rest of the site's name is no name of its own)
        for (let i = a; i <= end; i++) covered.add(i)
        return
      }
      if (/^-/.test(text.slice(tokens[b]?.span[0] ?? 0, (tokens[b]?.span[0] ?? 0) + 1)) && tokens[b]?.span[0] === tokens[b - 1]!.span[1]) return // "U.S.-China"
    }
    // "USS Dwight D. Eisenhower", "HMS Queen Elizabeth": a ship named after the person
    if (entry.kind === 'person' && a > from && SHIP.has(keys[a - 1]!)) return
    // "spy balloon", "civilian aircraft", "the military relationship": a modifier, not an actor
    const next = tokens[b]
    const modifier = (entry.kind === 'role' && entry.cased === false) || (entry.kind === 'institution' && res.dict.institutions[entry.index]!.generic)
    if (modifier && b - a === 1 && b < to && next && next.pos === 'NOUN' && !TIME_NOUNS.has(keys[b]!) && !matches.some((o) => o.tokens[0] === b)) return
    parts.push({ kind: 'gaz', tokens: m.tokens, entry, how: 'dictionary' })
    for (let i = a; i < b; i++) covered.add(i)
  })
  // the stretches of proper-noun runs that no match covers, split at lower-case particles
  const free = (i: number): boolean => !covered.has(i) && upper[i]! && nameWord(keys[i]!)
  for (const c of chunks) {
    let i = c.tokens[0]
    const b = c.tokens[1]
    while (i < b) {
      while (i < b && !free(i)) i++
      let j = i
      while (j < b && (free(j) || (j + 1 < b && free(j + 1) && !covered.has(j) && /^[-'’]$/.test(keys[j]!)))) j++
      if (j > i) {
        const words = text.slice(tokens[i]!.span[0], tokens[j - 1]!.span[1])
        if (/\p{L}/u.test(words)) parts.push(nameOrFamily(ctx, [i, j], words, date))
      }
      i = j
    }
  }
  // a person named earlier, mentioned again by a family name the tagger took for a common noun ("Moon met …")
  for (let i = from; i < to; i++) {
    if (covered.has(i) || !upper[i] || tokens[i]!.pos === 'PROPN') continue
    const antecedent = ctx.known.get(keys[i]!)
    if (antecedent && !parts.some((p) => p.tokens[0] <= i && i < p.tokens[1])) parts.push({ kind: 'ref', tokens: [i, i + 1], antecedent })
  }
  return parts.sort((x, y) => x.tokens[0] - y.tokens[0])
}

/** A proper-noun run: a family name named before, a family name of one office holder, or an unknown name. */
const nameOrFamily = (ctx: Context, tokens: readonly [number, number], words: string, date: string | null): Part => {
  const key = words.toLowerCase().replace(/[’']s$/, '')
  const antecedent = ctx.known.get(key)
  if (antecedent) return { kind: 'ref', tokens, antecedent }
  if (/^\p{Lu}/u.test(words)) {
    const persons = ctx.res.dict.persons
    const all = ctx.res.offices.byFamily(key)
    const holders = all.filter((i) => (date ? officeAt(persons[i]!, date) !== null : persons[i]!.offices.some((o) => o.to === null)))
    // the one holder of that name in office on the date; else the only person of that name on file,
    // out of office by then ("the Obama administration" in 2018)
    const index = holders.length === 1 ? holders[0]! : holders.length === 0 && all.length === 1 ? all[0]! : null
    if (index !== null) return { kind: 'gaz', tokens, entry: { kind: 'person', index, cased: true }, how: holders.length ? 'family-at-date' : 'family' }
  }
  return { kind: 'propn', tokens }
}

/** One reading per match: a person over an institution over a country over a role. */
const pickEntry = (entries: readonly GazEntry[]): GazEntry | null => {
  for (const k of ['person', 'institution', 'country', 'role'] as const) {
    const e = entries.find((x) => x.kind === k)
    if (e) return e
  }
  return null
}

/**
 * "Israel and Hezbollah", "the Sudanese government and the rebels": a conjunction before a body
 * or role joins two actors, not a modifier to its head, when the body is named (it takes no
 * modifier) or the cluster already has its own head. ("the Chinese foreign and defense
 * ministries" still joins: its cluster has no head yet.)
 */
const joinsTwo = (ctx: Context, c: Cluster, part: Part, gap: readonly number[]): boolean => {
  if (!gap.some((i) => ctx.doc.tokens[i]!.pos === 'CCONJ')) return false
  const named = part.kind === 'gaz' && part.entry.kind === 'institution' && !ctx.res.dict.institutions[part.entry.index]!.generic
  return named || c.parts.some((p) => isRole(p) || isInstitution(p))
}

/**
 * Verbs of saying that follow their subject at the end of a report ("…, a senior official said").
 * A closed list of forms, not the events lexicon's reporting verbs: actors come before events and
 * may not reach into them, and these are the forms that close a sentence after a speaker.
 */
const SAID = new Set(['said', 'says', 'told', 'added', 'stated', 'noted', 'explained', 'wrote', 'confirmed', 'warned'])

/**
 * "… talks with the Palestinians, a senior Israeli official said": a role after a comma that a
 * verb of saying follows is that verb's subject, a new actor, not an apposition to the name
 * before it. ("Otto Warmbier — the US citizen released by North Korea" stays one.)
 */
const subjectOfVerb = (ctx: Context, parts: readonly Part[], idx: number): boolean => {
  const role = isRole(parts[idx]!) ? parts[idx]! : parts[idx + 1]
  const next = role ? ctx.keys[role.tokens[1]] : undefined
  return next !== undefined && SAID.has(next)
}

const isRole = (p: Part): boolean => p.kind === 'gaz' && p.entry.kind === 'role'
const isPerson = (p: Part): boolean => (p.kind === 'gaz' && p.entry.kind === 'person') || p.kind === 'ref'
const isCountry = (p: Part): boolean => p.kind === 'gaz' && p.entry.kind === 'country'
const isInstitution = (p: Part): boolean => p.kind === 'gaz' && p.entry.kind === 'institution'
const isName = (p: Part): boolean => isPerson(p) || p.kind === 'propn'
const hasName = (c: Cluster): boolean => c.parts.some((p, i) => i < c.tailFrom && isName(p))

/**
 * The words between two parts, as the tests below compare them: a possessive, a comma, "of" or
 * "of the". A gap of three or more tokens joins with at least two spaces and equals none of
 * those, so it is not built (long gaps are common, and joining them was a good part of this stage).
 */
const gapWords = (keys: readonly string[], gap: readonly number[]): string =>
  gap.length > 2 ? '' : gap.map((i) => keys[i]!).join(' ').replace(/’/g, "'")

/** Groups a sentence's parts into clusters by the words between them, and turns each into a mention. */
const clusterMentions = (ctx: Context, parts: readonly Part[], [from]: readonly [number, number], date: string | null): ActorMention[] => {
  const { keys, doc } = ctx
  const out: ActorMention[] = []
  let cur: Cluster | null = null
  let prevEnd = from
  const close = (): void => {
    if (cur) {
      const m = mentionOf(ctx, cur, date)
      if (m) out.push(m)
    }
    cur = null
  }
  const start = (first: Part[], possessorCountry: string | null = null): Cluster => {
    const before = keys[first[0]!.tokens[0] - 1]
    return { parts: first, possessorCountry, tailFrom: Infinity, former: before === 'former' || before === 'ex' }
  }
  for (const [idx, part] of parts.entries()) {
    if (cur) {
      const c: Cluster = cur
      const gap: number[] = []
      for (let i = prevEnd; i < part.tokens[0]; i++) gap.push(i)
      const words = gapWords(keys, gap)
      const last = c.parts[c.parts.length - 1]!
      if (gap.length === 0) {
        if (c.tailFrom !== Infinity && isName(part) && isRole(last) && c.parts.length - 1 >= c.tailFrom) {
          // "Biden, Sen. Bill Hagerty": the title after the comma starts a new name, not an apposition
          c.parts.pop()
          close()
          cur = start([last, part])
        } else c.parts.push(part)
      } else if (POSSESSIVE.has(words)) {
        // "Joe Biden's Defense Secretary …": the possessor is its own mention and lends its country;
        // "China's top …": a place possessor stays a modifier
        const country = countryOfCluster(ctx, c, date)
        if (hasName(c)) {
          close()
          cur = start([part], country)
        } else {
          c.parts.push(part)
          c.possessorCountry = country
        }
      } else if ((isRole(part) || isInstitution(part)) && gap.length <= MAX_GAP && !hasName(c) && !(isRole(part) && c.parts.some(isRole)) && !joinsTwo(ctx, c, part, gap) && gap.every((i) => GAP_POS.has(doc.tokens[i]!.pos) || POSSESSIVE.has(keys[i]!))) {
        c.parts.push(part)
      } else if ((isRole(part) || (isCountry(part) && nextIsRole(parts, idx))) && (words === ',' || appositionGap(ctx, gap)) && hasName(c) && !isRole(last) && !subjectOfVerb(ctx, parts, idx)) {
        // ("Otto Warmbier, a US citizen": a country right before the role belongs to the apposition)
        c.tailFrom = Math.min(c.tailFrom, c.parts.length)
        c.parts.push(part)
      } else if ((isCountry(part) || isInstitution(part)) && (words === 'of' || words === 'of the') && c.parts.some((p) => isRole(p) || isName(p))) {
        c.tailFrom = Math.min(c.tailFrom, c.parts.length)
        c.parts.push(part)
      } else close()
    }
    cur ??= start([part])
    prevEnd = part.tokens[1]
  }
  close()
  return out
}

/**
 * "Otto Warmbier — the 23-year-old US citizen": a comma or dash, then only a determiner and
 * modifiers before the role, is an apposition too (up to 8 tokens: "23-year-old" is five).
 */
const appositionGap = ({ keys, doc }: Context, gap: readonly number[]): boolean =>
  gap.length >= 2 && gap.length <= 8 && /^[,—–]$/.test(keys[gap[0]!]!) &&
  gap.slice(1).every((i) => APPOSITION_POS.has(doc.tokens[i]!.pos) || keys[i] === '-' || keys[i - 1] === '-')
const nextIsRole = (parts: readonly Part[], idx: number): boolean => {
  const next = parts[idx + 1]
  return next !== undefined && isRole(next) && next.tokens[0] === parts[idx]!.tokens[1]
}
const APPOSITION_POS = new Set(['DET', 'ADJ', 'NUM'])

const countryOfCluster = (ctx: Context, c: Cluster, date: string | null): string | null => {
  for (let i = c.parts.length - 1; i >= 0; i--) {
    const p = c.parts[i]!
    if (p.kind === 'ref') return p.antecedent.country
    if (p.kind !== 'gaz') continue
    const e = p.entry
    if (e.kind === 'person') {
      const person = ctx.res.dict.persons[e.index]!
      return officeAt(person, date)?.country ?? person.country
    }
    if (e.kind === 'country') return ctx.res.dict.countries[e.index]!.iso3
    if (e.kind === 'institution' && ctx.res.dict.institutions[e.index]!.country) return ctx.res.dict.institutions[e.index]!.country
  }
  return c.possessorCountry
}

/** The date roles are resolved at: the sentence's own resolved time if earlier, else the article's date. */
const sentenceDate = (doc: Doc, span: Span): string | null => {
  const own = doc.times.find((t) => t.span[0] >= span[0] && t.span[1] <= span[1] && t.end)
  const article = doc.article.date
  if (!own?.end) return article
  return article && own.end > article ? article : own.end
}

/** The one person, among those a bare family name does not name, whose family name the name is. */
const titledFamilyHolder = (ctx: Context, name: string): Person | null => {
  // ("New Leaders Council": an organisation's head noun is no family name)
  if (ctx.res.dict.heads.has(name)) return null
  const ids = ctx.res.offices.byTitledFamily(normToken(name.replace(/[’']s$/, '')))
  return ids.length === 1 ? ctx.res.dict.persons[ids[0]!]! : null
}

const entryOf = (p: Part): GazEntry => (p as { entry: GazEntry }).entry

const mentionOf = (ctx: Context, c: Cluster, date: string | null): ActorMention | null => {
  const { res, doc } = ctx
  const tokens: readonly Token[] = doc.tokens
  const text = doc.article.text
  const head = c.parts.slice(0, c.tailFrom === Infinity ? c.parts.length : c.tailFrom)
  const all = c.parts
  const roles: Role[] = all.filter(isRole).map((p) => res.dict.roles[entryOf(p).index]!)
  const institutions = all.filter(isInstitution).map((p) => res.dict.institutions[entryOf(p).index]!)
  const countryParts = all.filter(isCountry)
  const lastCountry = countryParts.at(-1)
  const country = lastCountry ? res.dict.countries[entryOf(lastCountry).index]!.iso3 : null
  const span: Span = [tokens[(head[0] ?? all[0]!).tokens[0]]!.span[0], tokens[(head.at(-1) ?? all.at(-1)!).tokens[1] - 1]!.span[1]]
  const roleWords = all.filter(isRole).map((p) => text.slice(tokens[p.tokens[0]]!.span[0], tokens[p.tokens[1] - 1]!.span[1]))
  const officeKey = roles.find((r) => r.office)?.office ?? null
  // ("Human rights organization Amnesty International": the named body, not the generic one before it)
  const inst = institutions.find((i) => !i.generic) ?? institutions[0] ?? null
  const textCountry = country ?? inst?.country ?? c.possessorCountry ?? roles.find((r) => r.country)?.country ?? null

  const named = head.filter(isName).at(-1)
  if (named?.kind === 'ref') return { ...named.antecedent, span, how: 'coref:name', antecedent: named.antecedent.span }
  // "King Hassan of Morocco": a bare family name that the "of X" after it places in another
  // country is someone else of that name, known only by the title
  const ofCountry = all.slice(c.tailFrom === Infinity ? all.length : c.tailFrom).filter(isCountry).at(-1)
  const elsewhere = named?.kind === 'gaz' && named.how.startsWith('family') && ofCountry !== undefined && res.dict.countries[entryOf(ofCountry).index]!.iso3 !== res.dict.persons[named.entry.index]!.country
  const role = pickRole(roles)
  if (named?.kind === 'gaz' && !elsewhere) {
    const person = res.dict.persons[named.entry.index]!
    const office = officeAt(person, date, officeKey)
    const m = personMention(span, person, office, c.former, roleWords[0] ?? null, named.how)
    // "U.N. mediator Diego Cordovez", "Kenzo Oshima, the United Nations Emergency Relief
    // Coordinator": a national of some country serving an international body the text names,
    // at a date when no office of his is on file, acts for that body ("UN Ambassador Nikki Haley",
    // in office for her country then, does not)
    const body = inst?.country ?? roles.find((r) => r.country)?.country ?? null
    // (or only a generated office of unknown post, whose dates are the source's, not checked)
    if ((office === null || office.office === 'official') && !c.former && body === 'IGO' && person.country !== 'IGO') {
      // (its officers are its executive and diplomatic service, GOV, unless the role says otherwise)
      const sector = role ? sectorOf(role, inst) : null
      return { ...m, country: 'IGO', sector: sector === null || sector === 'IGO' ? 'GOV' : sector, level: role?.level ?? null, role: roleWords.join(', ') || null }
    }
    // offices that name no post (key "official", level unknown: the generated historical.json):
    // the title in the text says what the person is ("President Abdelaziz Bouteflika")
    if (role && !c.former && person.offices.every((o) => o.office === 'official')) {
      // (its sector too: "President Levy Mwanawasa", coded MIL at some time, is GOV as president)
      return { ...m, sector: sectorOf(role, inst) ?? office?.sector ?? null, level: role.level, role: roleWords.join(', ') }
    }
    return m
  }
  const group = role || inst ? null : demonymGroup(res, lastCountry, all, tokens, text)
  if (group) return group
  // ("Nicaragua's Sandinista government": an unknown name before an institution's noun, with no
  // role, modifies the institution, which stands for the mention)
  const modifiesInstitution = named !== undefined && !role && all.some((p) => isInstitution(p) && p.tokens[0] >= named.tokens[1])
  if (named && !modifiesInstitution) {
    // "Nigerian Union of Teachers", "Rwandan Patriotic Front": an unknown name after a demonym or
    // country name, with an organisation's head noun in it, is a body of that country
    if (!role && lastCountry && lastCountry.tokens[1] <= named.tokens[0]) {
      const words = text.slice(tokens[named.tokens[0]]!.span[0], tokens[named.tokens[1] - 1]!.span[1]).split(/\s+/)
      const head = words.find((w) => res.dict.heads.has(w))
      if (head !== undefined && country) {
        return { span, kind: 'institution', name: text.slice(span[0], span[1]), country, sector: res.dict.heads.get(head) ?? null, level: null, role: null, person: null, gender: null, how: 'organisation-name', antecedent: null }
      }
    }
    // an unknown capitalised name is a person only when a title or apposition says what office it holds
    if (!role) return null
    // "President Reagan": a title before the family name of the one historical office holder of
    // that name (historical.json: found by the full name, or by a title and the family name; a
    // bare family name would catch too many namesakes)
    // (a head of state or government's title right before a one-word name that no capitalised word continues)
    const next = tokens[named.tokens[1]]
    const lone = named.tokens[1] - named.tokens[0] === 1 && !(next && /^\p{Lu}/u.test(text.slice(next.span[0], next.span[1])))
    const afterTitle = all.some((p) => isRole(p) && p.tokens[1] === named.tokens[0])
    const titled = role.kind === 'title' && role.level === 'head' && !c.former && lone && afterTitle ? titledFamilyHolder(ctx, text.slice(tokens[named.tokens[0]]!.span[0], tokens[named.tokens[1] - 1]!.span[1])) : null
    if (titled && (textCountry === null || textCountry === titled.country)) {
      const m = personMention(span, titled, officeAt(titled, date, officeKey), false, roleWords[0] ?? null, 'title-family')
      return { ...m, sector: sectorOf(role, inst), level: role.level, role: roleWords.join(', ') }
    }
    return {
      span,
      kind: 'person',
      name: text.slice(tokens[named.tokens[0]]!.span[0], tokens[named.tokens[1] - 1]!.span[1]),
      country: textCountry,
      sector: sectorOf(role, inst),
      level: c.former ? null : role.level,
      role: c.former ? `former ${roleWords.join(', ')}` : roleWords.join(', '),
      person: null,
      gender: null,
      how: 'title',
      antecedent: null,
    }
  }
  if (role) {
    if (role.office && textCountry && date && !c.former && role.kind !== 'group') {
      const holder = res.offices.holder(textCountry, role.office, date, roleHead(roleWords[0]))
      if (holder) return personMention(span, holder, officeAt(holder, date, role.office), false, roleWords[0] ?? null, 'office-at-date')
    }
    return {
      span,
      kind: role.kind === 'group' ? 'group' : 'person',
      name: null,
      country: textCountry,
      sector: sectorOf(role, inst),
      level: c.former ? null : role.level,
      role: roleWords.join(', '),
      person: null,
      gender: null,
      how: 'role',
      antecedent: null,
    }
  }
  if (inst) {
    // "the Ivory Coast's Supreme Court": a state organ coded with the country unqualified news
    // means (Supreme Court, Congress: USA) is another country's when the text says so
    const own = country ?? c.possessorCountry
    const organ = inst.kind === 'institution' && inst.country !== 'IGO' && (inst.sector === 'GOV' || inst.sector === 'LEG' || inst.sector === 'JUD' || inst.sector === 'PTY')
    return { span, kind: 'institution', name: inst.name, country: organ && own ? own : (inst.country ?? textCountry), sector: inst.sector, level: inst.level, role: null, person: null, gender: null, how: 'institution', antecedent: null }
  }
  if (lastCountry) {
    const e = entryOf(lastCountry)
    if (e.kind !== 'country') return null
    if (e.form === 'demonym') return null // "Chinese" alone is an adjective, not an actor
    const ctry = res.dict.countries[e.index]!
    return { span, kind: 'country', name: ctry.name, country: ctry.iso3, sector: e.form === 'metonym' ? 'GOV' : null, level: null, role: null, person: null, gender: null, how: e.form, antecedent: null }
  }
  return null
}

/** The head word of a role as written ("Chinese President" → "president", "foreign minister" → "foreign minister"). */
const roleHead = (words: string | undefined): string | undefined => words?.replace(/^(former|the|top)\s+/i, '')

/**
 * "Iraqi Kurds", "Egyptian demonstrators": a demonym right before a plural noun, ending the
 * cluster, names people of that country (a civilian group).
 */
const demonymGroup = (res: Resources, lastCountry: Part | undefined, all: readonly Part[], tokens: readonly Token[], text: string): ActorMention | null => {
  if (!lastCountry || lastCountry.kind !== 'gaz' || lastCountry.entry.kind !== 'country' || lastCountry.entry.form !== 'demonym') return null
  const next = tokens[lastCountry.tokens[1]]
  const last = all.at(-1)!
  if (!next || (next.pos !== 'NOUN' && next.pos !== 'PROPN') || (last !== lastCountry && last.tokens[0] !== lastCountry.tokens[1])) return null
  const word = text.slice(next.span[0], next.span[1])
  // (a plural: "Iraqi Kurds"; or "people", "the Zambian people")
  if (!/\p{Ll}s$/u.test(word) && word !== 'people') return null
  const ctry = res.dict.countries[lastCountry.entry.index]!
  const start = tokens[lastCountry.tokens[0]]!.span[0]
  return { span: [start, next.span[1]], kind: 'group', name: null, country: ctry.iso3, sector: 'CVL', level: null, role: word.toLowerCase(), person: null, gender: null, how: 'demonym-group', antecedent: null }
}

/** The most specific role of a cluster: one tied to an office, else the highest level. */
const pickRole = (roles: readonly Role[]): Role | null =>
  roles.length === 0 ? null : [...roles].sort((a, b) => Number(Boolean(b.office)) - Number(Boolean(a.office)) || rank(b.level) - rank(a.level))[0]!
const rank = (l: Level | null): number => (l === 'head' ? 4 : l === 'minister' ? 3 : l === 'senior' ? 2 : l === 'working' ? 1 : 0)

/** "Pentagon official": the body's sector is more telling than a generic role's. */
// (an international body's officer is of his role's sector: "Arab League Secretary General
// Chadli Klibi" is GOV, its executive and diplomatic service, not the body's IGO)
const sectorOf = (role: Role | null, inst: { sector: Sector | null } | null): Sector | null =>
  inst?.sector && (!role?.sector || (role.sector === 'GOV' && inst.sector !== 'IGO')) ? inst.sector : (role?.sector ?? inst?.sector ?? null)

export const personMention = (span: Span, p: Person, office: Office | null, former: boolean, roleWords: string | null, how: string): ActorMention => ({
  span,
  kind: 'person',
  name: p.name,
  country: office?.country ?? p.country,
  sector: former ? null : (office?.sector ?? null),
  level: former ? null : (office?.level ?? null),
  role: former ? (roleWords ? `former ${roleWords}` : null) : (office?.title ?? roleWords),
  person: p.id,
  gender: p.gender,
  how,
  antecedent: null,
})
