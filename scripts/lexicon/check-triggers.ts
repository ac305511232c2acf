/**
 * Checks data/lexicon/triggers.json: shape, lemmas, and coverage of gold event sentences.
 *
 *   npx tsx scripts/lexicon/check-triggers.ts [--file FILE] [--set plover-gsr|dev|all]
 *        [--misses] [--wrong] [--conflicts] [--no-pos] [--strict-lemma] [--min-coverage PCT] [--quiet]
 *        [--scan CORPUS.jsonl[.gz] [--limit N] [--top N]]
 *
 * 1. Shape. `about` (non-empty string) and `entries`; each entry has exactly the fields pattern,
 *    pos (verb | noun), type (one of the 16 PLOVER types), mode (null or a mode of that type in
 *    spec/EVENTS.md), target (unique values from TARGETS below), optional passive (only `false`),
 *    optional future (the PLOVER type the act becomes when announced) and optional context (PLOVER contexts as used in CAMEO2PLOVER). A pattern is lower-case
 *    words separated by single spaces; a word is `*` (up to STAR_MAX other tokens, never across
 *    ; : . ! ? ( ) dashes or quotes; commas may be crossed: "was, however, critical of") or `a|b|c` alternatives for one token; `*` neither starts nor
 *    ends a pattern; a pattern takes the longest match it can from a given token. The same
 *    pattern twice with the same pos is an error. Two entries that can match the same words with
 *    as many literal words each (so that neither is the more specific) are reported: an error
 *    when their types differ (one span, two readings), a warning when they agree (redundant).
 * 2. Lemmas. Every pattern word must be one token that wink-nlp's English lite model can give
 *    as a lemma: the word is lemmatised alone and after "the", "they", "to" and "it was"; a word
 *    none of these give back (an inflected form such as "talks" or "held") is an error, with the
 *    lemma wink gives instead.
 * 3. Coverage. Each gold event sentence (plover-gsr: the one-sentence article; dev: the wink
 *    sentences covering the gold `quote`) is tokenised with wink and every pattern is matched
 *    against its lemma sequence (lemmas lower-cased; a capitalised token is also tried with the
 *    lemma of its lower-cased form, since wink leaves "Talks" or "Troops" at the start of a
 *    sentence as they are, unless --strict-lemma). Unless --no-pos, a match counts only when its
 *    head has the entry's part of speech: a verb entry's first token is VERB or AUX, a noun
 *    entry's last token is NOUN, or PROPN when no capitalised proper noun stands next to the
 *    match ("Talks" opening a sentence counts, the "Ban" of "Ban Ki-moon" does not). A match
 *    inside a longer match is dropped ("call" inside "call off"), and of matches over the same
 *    span those with more literal words win ("violate * ceasefire agreement" over "violate *
 *    agreement"). Reported: the share of required
 *    gold events for which some kept match has an acceptable type, and the share of sentences in
 *    which a match of a type that no gold event of that article has ALSO fires. A second line
 *    applies PLOVER's composition of intent, obligation and refusal (composedTypes) and says what an
 *    extractor that implements it would cover; the first line is the lexicon's own figure.
 *
 * 4. With --scan, matches every pattern over real articles (JSON Lines of {id, text}, plain or
 *    gzip; the first --limit articles, default 500) and lists the --top (default 60) entries by
 *    number of matches with an example each, then the entries that never matched: a way to spot
 *    triggers that over-fire in news.
 *
 * Exits 1 on any shape or lemma error, or when coverage is under --min-coverage.
 */
import { existsSync, readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

const here = path.dirname(fileURLToPath(import.meta.url))
const ROOT = path.resolve(here, '../..')
const SHARED = path.resolve(ROOT, '../shared')

const TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const
type PloverType = (typeof TYPES)[number]

/** Modes per type, from the table in spec/EVENTS.md. */
const MODES: Record<PloverType, readonly string[]> = {
  AGREE: [],
  CONSULT: ['visit', 'third-party', 'multilateral', 'phone'],
  SUPPORT: [],
  CONCEDE: [],
  COOPERATE: [],
  AID: [],
  RETREAT: ['withdraw', 'release', 'disarm', 'ceasefire', 'access', 'resign'],
  REQUEST: ['assist', 'change', 'yield', 'meet'],
  ACCUSE: ['disapprove', 'investigate', 'allege'],
  REJECT: ['assist', 'change', 'yield', 'meet'],
  THREATEN: ['restrict', 'arrest', 'relations', 'expel', 'territory', 'violence'],
  PROTEST: ['demo', 'riot', 'strike', 'hunger', 'boycott', 'obstruct', 'vandalize'],
  SANCTION: ['convict', 'expel', 'withdraw', 'discontinue'],
  MOBILIZE: ['troops', 'weapons', 'police', 'militia'],
  COERCE: ['seize', 'restrict', 'censor', 'curfew', 'martial-law', 'arrest', 'deport', 'withhold', 'misinformation', 'cyber'],
  ASSAULT: [
    'abduct', 'beat', 'torture', 'sexual', 'targeted', 'destroy', 'primitive', 'firearms', 'explosives',
    'suicide-attack', 'aerial', 'drone', 'heavy-weapons', 'crowd-control', 'unconventional',
  ],
}

/** How a target is introduced after the trigger: the direct object, or a preposition. */
const TARGETS = new Set(['DIRECT', 'GAP', 'ONLY', 'with', 'to', 'against', 'on', 'from', 'for', 'in', 'at', 'into', 'of', 'between', 'over', 'about', 'among', 'targeting'])
const ENTRY_FIELDS = new Set(['pattern', 'pos', 'type', 'mode', 'target', 'passive', 'mutual', 'context', 'future', 'alone'])
const STAR_MAX = 4
/** tokens a `*` never skips */
const BARRIERS = new Set([';', ':', '.', '!', '?', '(', ')', '"', '“', '”', '«', '»', '—', '–'])
/** a word, or an opening quotation mark a pattern reads literally ("called “irresponsible”") */
const WORD = /^[\p{Ll}\p{N}][\p{Ll}\p{N}'’.\-]*$|^[-']$|^'s$|^[“"‘]$/u

/** Contexts: those CAMEO2PLOVER uses, when the reference is present, plus PLOVER's own list. */
const contexts = (): Set<string> => {
  const found = new Set([
    'agriculture', 'asylum', 'business', 'cbrn', 'crime', 'cyber', 'disaster', 'displacement', 'diplomatic',
    'economic', 'environment', 'executive', 'health', 'human_rights', 'humanitarian', 'intelligence', 'legal',
    'military', 'migration', 'peacekeeping', 'political_institutions', 'pro_autocracy', 'pro_democracy',
    'refugees', 'resource', 'rights_freedoms', 'terrorism', 'territory', 'human_security', 'religion_ethnicity',
    'corruption', 'democracy',
  ])
  const file = path.join(SHARED, 'reference/plover/CAMEO2PLOVER-2021.txt')
  if (existsSync(file)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const m = /^\d{3,4}:\s*[A-Z]+\s*,[^,]*,([^#]*)/.exec(line)
      for (const c of (m?.[1] ?? '').split(';')) if (c.trim()) found.add(c.trim())
    }
  }
  return found
}

// ------------------------------------------------------------------ arguments
const argv = process.argv.slice(2)
const flag = (name: string): boolean => argv.includes(name)
const option = (name: string): string | undefined => {
  const i = argv.indexOf(name)
  return i >= 0 ? argv[i + 1] : undefined
}
const FILE = path.resolve(option('--file') ?? path.join(ROOT, 'data/lexicon/triggers.json'))
const SET = option('--set') ?? 'plover-gsr'
const USE_POS = !flag('--no-pos')
const STRICT_LEMMA = flag('--strict-lemma')
const QUIET = flag('--quiet')
const MIN_COVERAGE = option('--min-coverage') === undefined ? null : Number(option('--min-coverage'))

// ------------------------------------------------------------------ wink
const nlp = winkNLP(model, ['sbd', 'pos', 'negation'])
const its = nlp.its
interface Tok { value: string; lemma: string; alt: string | null; pos: string; start: number; end: number }

const lemmaCache = new Map<string, string>()
/** lemma of a lower-cased word read alone (for capitalised tokens wink leaves unlemmatised) */
const lemmaAlone = (word: string): string => {
  let l = lemmaCache.get(word)
  if (l === undefined) {
    const d = nlp.readDoc(word)
    const lemmas = d.tokens().out(its.lemma as unknown as typeof its.value) as string[]
    l = lemmas.length === 1 ? lemmas[0]!.toLowerCase() : word
    lemmaCache.set(word, l)
  }
  return l
}

const tokenize = (text: string): { toks: Tok[]; sentences: [number, number][] } => {
  const d = nlp.readDoc(text)
  const values = d.tokens().out(its.value) as string[]
  const lemmas = d.tokens().out(its.lemma as unknown as typeof its.value) as string[]
  const pos = d.tokens().out(its.pos) as string[]
  const toks: Tok[] = []
  const index: number[] = []
  let cursor = 0
  for (let i = 0; i < values.length; i++) {
    index.push(toks.length)
    const value = values[i]!
    const found = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor)
    if (pos[i] === 'SPACE' || found < 0) continue
    cursor = found + value.length
    const lemma = (lemmas[i] ?? value).toLowerCase()
    const lower = value.toLowerCase()
    const alt = !STRICT_LEMMA && value !== lower && lemma === lower ? lemmaAlone(lower) : null
    toks.push({ value, lemma, alt: alt !== lemma ? alt : null, pos: pos[i]!, start: found, end: found + value.length })
  }
  index.push(toks.length)
  const sentences: [number, number][] = []
  for (const [a, b] of d.sentences().out(its.span) as unknown as [number, number][]) {
    const s = index[a]!
    const e = index[b + 1]!
    if (e > s) sentences.push([s, e])
  }
  return { toks, sentences }
}

// ------------------------------------------------------------------ 1. shape
interface Entry {
  pattern: string
  pos: 'verb' | 'noun'
  type: PloverType
  mode: string | null
  target: string[]
  passive?: boolean
  mutual?: boolean
  alone?: boolean
  context?: string[]
}
type Element = { star: true } | { star: false; words: Set<string> }

const errors: string[] = []
const warnings: string[] = []
const raw = JSON.parse(readFileSync(FILE, 'utf8')) as unknown
const rel = path.relative(process.cwd(), FILE)
if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error(`${rel}: not a JSON object`)
const top = raw as Record<string, unknown>
for (const k of Object.keys(top)) if (k !== 'about' && k !== 'entries') errors.push(`${rel}: unknown top-level field "${k}"`)
if (typeof top.about !== 'string' || top.about.trim() === '') errors.push(`${rel}: "about" must be a non-empty string`)
if (!Array.isArray(top.entries)) throw new Error(`${rel}: "entries" must be an array`)

const CONTEXTS = contexts()
const entries: Entry[] = []
const compiled: Element[][] = []
;(top.entries as unknown[]).forEach((value, i) => {
  const where = `entry ${i}`
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return void errors.push(`${where}: not an object`)
  const e = value as Record<string, unknown>
  const label = `${where} (${typeof e.pattern === 'string' ? JSON.stringify(e.pattern) : '?'})`
  const before = errors.length
  for (const k of Object.keys(e)) if (!ENTRY_FIELDS.has(k)) errors.push(`${label}: unknown field "${k}"`)
  const pattern = e.pattern
  let elements: Element[] = []
  if (typeof pattern !== 'string' || pattern === '') errors.push(`${label}: pattern must be a non-empty string`)
  else {
    if (pattern !== pattern.trim() || /\s{2,}|\t/.test(pattern)) errors.push(`${label}: pattern has stray white space`)
    if (pattern !== pattern.toLowerCase()) errors.push(`${label}: pattern must be lower case`)
    const parts = pattern.trim().split(/\s+/)
    if (parts[0] === '*' || parts[parts.length - 1] === '*') errors.push(`${label}: "*" may not start or end a pattern`)
    parts.forEach((p, j) => {
      if (p === '*') {
        if (parts[j - 1] === '*') errors.push(`${label}: two "*" in a row`)
        elements.push({ star: true })
        return
      }
      const alts = p.split('|')
      for (const a of alts) if (!WORD.test(a)) errors.push(`${label}: bad word "${a}"`)
      if (new Set(alts).size !== alts.length) errors.push(`${label}: repeated alternative in "${p}"`)
      elements.push({ star: false, words: new Set(alts) })
    })
    if (elements.every(el => el.star)) elements = []
  }
  if (e.pos !== 'verb' && e.pos !== 'noun') errors.push(`${label}: pos must be "verb" or "noun"`)
  const type = e.type as PloverType
  if (!TYPES.includes(type)) errors.push(`${label}: type ${JSON.stringify(e.type)} is not a PLOVER type`)
  else if (e.mode !== null && (typeof e.mode !== 'string' || !MODES[type].includes(e.mode)))
    errors.push(`${label}: mode ${JSON.stringify(e.mode)} is not a mode of ${type} (${MODES[type].join(', ') || 'none'})`)
  if (!Array.isArray(e.target)) errors.push(`${label}: target must be an array`)
  else {
    for (const t of e.target) if (typeof t !== 'string' || !TARGETS.has(t)) errors.push(`${label}: bad target ${JSON.stringify(t)}`)
    if (new Set(e.target).size !== e.target.length) errors.push(`${label}: repeated target`)
  }
  if ('passive' in e && e.passive !== false) errors.push(`${label}: passive, when given, must be false`)
  if ('mutual' in e && e.mutual !== true) errors.push(`${label}: mutual, when given, must be true`)
  if ('alone' in e && e.alone !== true) errors.push(`${label}: alone, when given, must be true`)
  if ('future' in e && !TYPES.includes(e.future as PloverType)) errors.push(`${label}: future ${JSON.stringify(e.future)} is not a PLOVER type`)
  if ('context' in e) {
    if (!Array.isArray(e.context) || e.context.length === 0) errors.push(`${label}: context must be a non-empty array`)
    else for (const c of e.context) if (typeof c !== 'string' || !CONTEXTS.has(c)) errors.push(`${label}: unknown context ${JSON.stringify(c)}`)
  }
  if (errors.length === before) {
    entries.push(e as unknown as Entry)
    compiled.push(elements)
  }
})

// duplicates and overlapping expansions
{
  const seen = new Map<string, number>()
  entries.forEach((e, i) => {
    const key = `${e.pattern}\u0000${e.pos}`
    const j = seen.get(key)
    if (j !== undefined) errors.push(`duplicate: "${e.pattern}" (${e.pos}) is entries ${j} and ${i}`)
    else seen.set(key, i)
  })
}

// ------------------------------------------------------------------ matching
interface Match { entry: number; start: number; end: number }
const VERB_POS = new Set(['VERB', 'AUX'])
const NOUN_POS = new Set(['NOUN', 'PROPN'])
const literalCount = (i: number): number => compiled[i]!.filter(el => !el.star).length
const firstIndex = new Map<string, number[]>()
compiled.forEach((els, i) => {
  const first = els[0]
  if (!first || first.star) return
  for (const w of first.words) firstIndex.set(w, [...(firstIndex.get(w) ?? []), i])
})
const tokMatches = (t: Tok, words: Set<string>): boolean => words.has(t.lemma) || (t.alt !== null && words.has(t.alt))

/**
 * end (exclusive) of the longest match of `els` starting at token i, or -1: "suspended aid
 * deliveries" rather than "suspended aid", so that a compound noun is taken whole
 */
const matchAt = (els: Element[], toks: Tok[], i: number, lim: number): number => {
  const go = (k: number, j: number): number => {
    if (k === els.length) return j
    const el = els[k]!
    if (el.star) {
      let best = -1
      for (let skip = 0; skip <= STAR_MAX && j + skip <= lim; skip++) {
        if (skip > 0 && BARRIERS.has(toks[j + skip - 1]!.value)) break
        best = Math.max(best, go(k + 1, j + skip))
      }
      return best
    }
    if (j >= lim || !tokMatches(toks[j]!, el.words)) return -1
    return go(k + 1, j + 1)
  }
  return go(0, i)
}

// Two entries that can match the same words with the same number of literal words give one span
// two readings (an error when their types differ) or one event two triggers (a warning). Each
// entry's literal word sequences (its `*` taken as empty) are run through every other entry.
{
  const pseudo = (words: string[]): Tok[] => words.map(w => ({ value: w, lemma: w, alt: null, pos: 'X', start: 0, end: 0 }))
  const reported = new Set<string>()
  compiled.forEach((els, b) => {
    let seqs: string[][] = [[]]
    for (const el of els) {
      if (el.star) continue
      if (seqs.length * el.words.size > 5000) return
      seqs = seqs.flatMap(sq => [...el.words].map(w => [...sq, w]))
    }
    for (const sq of seqs) {
      const toks = pseudo(sq)
      for (const a of firstIndex.get(sq[0]!) ?? []) {
        if (a === b || entries[a]!.pos !== entries[b]!.pos || literalCount(a) !== literalCount(b)) continue
        if (matchAt(compiled[a]!, toks, 0, toks.length) !== toks.length) continue
        const key = a < b ? `${a}-${b}` : `${b}-${a}`
        if (reported.has(key)) continue
        reported.add(key)
        const x = entries[a]!
        const y = entries[b]!
        const what = `"${sq.join(' ')}" is matched by "${x.pattern}" (${x.type}) and "${y.pattern}" (${y.type}) alike`
        if (x.type !== y.type) errors.push(`two readings: ${what}`)
        else warnings.push(`redundant: ${what}`)
      }
    }
  })
}

// ------------------------------------------------------------------ 2. lemmas
{
  const words = new Map<string, string[]>()
  entries.forEach(e => {
    for (const p of e.pattern.split(' '))
      if (p !== '*') for (const w of p.split('|')) words.set(w, [...(words.get(w) ?? []), e.pattern])
  })
  const probe = (text: string, word: string): { lemma: string | null; split: boolean } => {
    const { toks } = tokenize(text)
    const wt = tokenize(word).toks
    if (wt.length !== 1) return { lemma: null, split: true }
    const last = toks[toks.length - 1]
    return { lemma: last ? last.lemma : null, split: false }
  }
  for (const [w, pats] of words) {
    const where = `word "${w}" (in ${[...new Set(pats)].slice(0, 2).map(p => JSON.stringify(p)).join(', ')}${pats.length > 2 ? ', …' : ''})`
    if (!/\p{L}/u.test(w)) {
      // punctuation and clitics: must come out of wink as that token
      const t = tokenize(w === "'s" ? "Biden's" : `a ${w} b`).toks.map(t => t.value)
      if (!t.includes(w)) errors.push(`${where}: wink never gives this token`)
      continue
    }
    const alone = probe(w, w)
    if (alone.split) {
      errors.push(`${where}: wink splits it into ${tokenize(w).toks.map(t => JSON.stringify(t.value)).join(' ')}; write the tokens apart`)
      continue
    }
    const got = new Set<string>()
    for (const ctx of [w, `the ${w}`, `they ${w}`, `to ${w}`, `it was ${w}`]) {
      const r = probe(ctx, w)
      if (r.lemma !== null) got.add(r.lemma)
    }
    if (!got.has(w)) errors.push(`${where}: not a lemma wink gives (it gives ${[...got].map(g => JSON.stringify(g)).join(' or ')})`)
  }
}

const findMatches = (toks: Tok[], from: number, to: number): Match[] => {
  const all: Match[] = []
  for (let i = from; i < to; i++) {
    const t = toks[i]!
    const cands = new Set([...(firstIndex.get(t.lemma) ?? []), ...(t.alt ? firstIndex.get(t.alt) ?? [] : [])])
    for (const c of cands) {
      const els = compiled[c]!
      const end = matchAt(els, toks, i, to)
      if (end < 0) continue
      if (USE_POS) {
        // the head: a verb trigger's first token, a noun trigger's last (as src/events reads them)
        const verb = entries[c]!.pos === 'verb'
        const head = toks[verb ? i : end - 1]!
        if (!(verb ? VERB_POS : NOUN_POS).has(head.pos)) continue
        // a capitalised word inside a name is not a trigger: "Ban Ki-moon", "Moms Demand Action"
        const inName = (k: number): boolean => k >= from && k < to && toks[k]!.pos === 'PROPN' && /^\p{Lu}/u.test(toks[k]!.value)
        if (!verb && head.pos === 'PROPN' && (inName(i - 1) || inName(end))) continue
      }
      all.push({ entry: c, start: i, end })
    }
  }
  // a match strictly inside a longer one is dropped; of matches over the same span, those with
  // the most literal words are kept ("violate * ceasefire agreement" over "violate * agreement")
  const literal = (m: Match): number => literalCount(m.entry)
  return all.filter(m => !all.some(o => o !== m && o.start <= m.start && o.end >= m.end &&
    (o.end - o.start > m.end - m.start || (o.start === m.start && o.end === m.end && literal(o) > literal(m)))))
}

// ------------------------------------------------------------------ composition (second figure)
/**
 * PLOVER codes intent and refusal by composition: an intent or future cue before a cooperative
 * trigger is AGREE ("will provide aid", "is ready to host"), before a conflictual one THREATEN
 * ("will withdraw … unless", "said they would blockade"); a negation or refusal cue before a
 * cooperative trigger is REJECT ("would not meet the demands", "failed to reach agreement"); an
 * obligation cue before any trigger is REQUEST ("said Iraq must cooperate", "must reach an agreement").
 */
const COOPERATIVE = new Set<string>(['CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'RETREAT', 'CONCEDE', 'AGREE'])
const CONFLICTUAL = new Set<string>(['SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT', 'PROTEST', 'RETREAT'])
const compileCue = (p: string): Element[] =>
  p.split(' ').map(w => (w === '*' ? { star: true as const } : { star: false as const, words: new Set(w.split('|')) }))
const INTENT_CUES = [
  'will', 'shall', 'would', 'be go to', 'be set to', 'be due to', 'be expect to', 'plan to', 'prepare to',
  'intend to', 'be to', 'be poised to', 'agree to', 'offer to', 'promise to', 'pledge to', 'vow to', 'swear to',
  'be ready to', 'be willing to', 'be prepare to', 'be commit to', 'decide to', 'threaten to', 'may', 'could',
].map(compileCue)
const OBLIGATION_CUES = ['must', 'have to', 'should'].map(compileCue)
const NEGATION_CUES = ['not', "n't", 'never', 'refuse to', 'fail to', 'decline to', 'no longer', 'out of the question'].map(compileCue)
/** a cue ending at most 3 tokens before the trigger, in the same stretch between barriers */
const cueBefore = (cues: Element[][], toks: Tok[], m: Match, from: number): boolean => {
  for (let s = Math.max(from, m.start - 8); s < m.start; s++)
    for (const cue of cues) {
      const end = matchAt(cue, toks, s, m.start)
      if (end < 0 || m.start - end > 3) continue
      let blocked = false
      for (let k = end; k < m.start; k++) if (BARRIERS.has(toks[k]!.value)) blocked = true
      if (!blocked) return true
    }
  return false
}
const composedTypes = (toks: Tok[], ms: Match[], from: number): Set<string> => {
  const out = new Set<string>()
  for (const m of ms) {
    const t = entries[m.entry]!.type
    out.add(t)
    if (cueBefore(NEGATION_CUES, toks, m, from)) {
      if (COOPERATIVE.has(t)) out.add('REJECT')
    } else if (cueBefore(OBLIGATION_CUES, toks, m, from)) {
      out.add('REQUEST')
    } else if (cueBefore(INTENT_CUES, toks, m, from)) {
      if (COOPERATIVE.has(t)) out.add('AGREE')
      if (CONFLICTUAL.has(t)) out.add('THREATEN')
    }
  }
  return out
}

// ------------------------------------------------------------------ 3. coverage
interface Gold { article: string; id: string; required: boolean; type: string[]; quote?: string }
interface Unit { id: string; article: string; text: string; toks: Tok[]; from: number; to: number; gold: Gold }
const readJsonl = <T>(file: string): T[] =>
  readFileSync(file, 'utf8').split('\n').filter(l => l.trim()).map(l => JSON.parse(l) as T)

const units: Unit[] = []
const articleTypes = new Map<string, Set<string>>()
const sets = SET === 'all' ? ['plover-gsr', 'dev'] : [SET]
for (const set of sets) {
  const dir = path.join(SHARED, 'eval', set)
  if (!existsSync(path.join(dir, 'gold.jsonl'))) {
    warnings.push(`no gold set at ${dir}; coverage not measured`)
    continue
  }
  const texts = new Map(readJsonl<{ id: string; text: string }>(path.join(dir, 'articles.jsonl')).map(a => [a.id, a.text]))
  const docs = new Map<string, ReturnType<typeof tokenize>>()
  for (const g of readJsonl<Gold>(path.join(dir, 'gold.jsonl'))) {
    const key = `${set}:${g.article}`
    const types = articleTypes.get(key) ?? new Set<string>()
    g.type.forEach(t => types.add(t))
    articleTypes.set(key, types)
    if (!g.required) continue
    const text = texts.get(g.article)
    if (text === undefined) {
      warnings.push(`${set}: gold ${g.id} has no article`)
      continue
    }
    let doc = docs.get(g.article)
    if (!doc) docs.set(g.article, (doc = tokenize(text)))
    let from = 0
    let to = doc.toks.length
    if (g.quote) {
      const at = text.indexOf(g.quote)
      if (at < 0) {
        warnings.push(`${set}: quote of ${g.id} not in its article`)
        continue
      }
      const qEnd = at + g.quote.length
      const cover = doc.sentences.filter(([s, e]) => doc!.toks[s]!.start < qEnd && doc!.toks[e - 1]!.end > at)
      if (cover.length) [from, to] = [cover[0]![0], cover[cover.length - 1]![1]]
    }
    const sentence = text.slice(doc.toks[from]?.start ?? 0, doc.toks[to - 1]?.end ?? text.length)
    units.push({ id: g.id, article: key, text: sentence, toks: doc.toks, from, to, gold: g })
  }
}

const say = (s: string): void => void process.stdout.write(s + '\n')
let covered = 0
let composedCovered = 0
let coveredAlsoWrong = 0
let coveredConflicting = 0
const wrongUnits = new Set<string>()
const sentencesSeen = new Set<string>()
const perType = new Map<string, { n: number; hit: number; composed: number }>()
const misses: string[] = []
const wrongLines: string[] = []
const conflictLines: string[] = []
const fmt = (u: Unit, ms: Match[]): string =>
  ms.map(m => `${entries[m.entry]!.type}:"${u.toks.slice(m.start, m.end).map(t => t.value).join(' ')}"`).join(', ') || '(no trigger)'

for (const u of units) {
  const ms = findMatches(u.toks, u.from, u.to)
  const types = new Set(ms.map(m => entries[m.entry]!.type as string))
  const ok = u.gold.type.some(t => types.has(t))
  const composed = composedTypes(u.toks, ms, u.from)
  const okComposed = ok || u.gold.type.some(t => composed.has(t))
  const allowed = articleTypes.get(u.article) ?? new Set(u.gold.type)
  const wrong = ms.filter(m => !allowed.has(entries[m.entry]!.type))
  const sentenceKey = `${u.article}:${u.from}-${u.to}`
  if (wrong.length && !sentencesSeen.has(sentenceKey)) {
    wrongUnits.add(sentenceKey)
    wrongLines.push(`${u.id}  gold ${[...allowed].join('/')}  wrong ${fmt(u, wrong)}\n    ${u.text}`)
  }
  sentencesSeen.add(sentenceKey)
  const pt = perType.get(u.gold.type[0]!) ?? { n: 0, hit: 0, composed: 0 }
  perType.set(u.gold.type[0]!, pt)
  pt.n++
  if (ok) {
    covered++
    pt.hit++
    if (wrong.length) coveredAlsoWrong++
    const good = ms.filter(m => u.gold.type.includes(entries[m.entry]!.type))
    const clash = wrong.filter(w => good.some(g => w.start < g.end && g.start < w.end))
    if (clash.length) {
      coveredConflicting++
      conflictLines.push(`${u.id}  gold ${u.gold.type.join('/')}  right ${fmt(u, good)}  also ${fmt(u, clash)}\n    ${u.text}`)
    }
  }
  if (okComposed) {
    composedCovered++
    pt.composed++
  }
  if (!ok) misses.push(`${u.id}  gold ${u.gold.type.join('/')}${okComposed ? ' (composed)' : ''}  found ${fmt(u, ms)}\n    ${u.text}`)
}

// ------------------------------------------------------------------ report
const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) : '0.0') + '%'
for (const e of errors) process.stderr.write(`error: ${e}\n`)
if (!QUIET) for (const w of warnings) process.stderr.write(`warning: ${w}\n`)
const byType = new Map<string, number>()
entries.forEach(e => byType.set(e.type, (byType.get(e.type) ?? 0) + 1))
say(`${rel}: ${entries.length} entries (${TYPES.map(t => `${t} ${byType.get(t) ?? 0}`).join(', ')})`)
say(`shape and lemmas: ${errors.length} errors, ${warnings.length} warnings`)
if (units.length) {
  say(`coverage on ${sets.join('+')} (${units.length} required gold events, ${sentencesSeen.size} sentences; pos ${USE_POS ? 'on' : 'off'}, lemma ${STRICT_LEMMA ? 'strict' : 'with re-lemmatised capitals'}):`)
  say(`  covered by a trigger of an acceptable type: ${covered}/${units.length} = ${pct(covered, units.length)}`)
  say(`  sentences where a trigger of a wrong type also fires: ${wrongUnits.size}/${sentencesSeen.size} = ${pct(wrongUnits.size, sentencesSeen.size)}` +
    ` (of the covered events: ${coveredAlsoWrong}/${covered} = ${pct(coveredAlsoWrong, covered)})`)
  say(`  covered events where a wrong-type trigger overlaps the right one (one span, two readings): ${coveredConflicting}/${covered} = ${pct(coveredConflicting, covered)}`)
  say(`  with PLOVER composition (intent → AGREE/THREATEN, refusal → REJECT, obligation → REQUEST): ${composedCovered}/${units.length} = ${pct(composedCovered, units.length)}`)
  say('  per gold type: ' + [...perType].sort().map(([t, v]) => `${t} ${v.hit}/${v.n}`).join(', '))
  if (flag('--misses')) {
    say(`\nuncovered (${misses.length}):`)
    misses.forEach(m => say('  ' + m))
  }
  if (flag('--conflicts')) {
    say(`\ntwo readings of one span (${conflictLines.length}):`)
    conflictLines.forEach(m => say('  ' + m))
  }
  if (flag('--wrong')) {
    say(`\nwrong-type triggers (${wrongLines.length}):`)
    wrongLines.forEach(m => say('  ' + m))
  }
}
// ------------------------------------------------------------------ 4. scan
const SCAN = option('--scan')
if (SCAN) {
  const limit = Number(option('--limit') ?? 500)
  const top = Number(option('--top') ?? 60)
  const buf = readFileSync(SCAN)
  const body = (SCAN.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8')
  const counts = new Map<number, { n: number; example: string }>()
  let read = 0
  let tokens = 0
  for (const line of body.split('\n')) {
    if (!line.trim() || read >= limit) continue
    const a = JSON.parse(line) as { id?: string; text?: string }
    if (typeof a.text !== 'string') continue
    read++
    const { toks, sentences } = tokenize(a.text)
    tokens += toks.length
    for (const [from, to] of sentences)
      for (const m of findMatches(toks, from, to)) {
        const c = counts.get(m.entry) ?? { n: 0, example: '' }
        c.n++
        if (!c.example) {
          const lo = Math.max(from, m.start - 6)
          const hi = Math.min(to, m.end + 6)
          c.example = toks.slice(lo, hi).map((t, k) => (lo + k === m.start ? '[' : '') + t.value + (lo + k === m.end - 1 ? ']' : '')).join(' ')
        }
        counts.set(m.entry, c)
      }
  }
  const total = [...counts.values()].reduce((s, c) => s + c.n, 0)
  say(`\nscan of ${read} articles (${tokens} tokens) in ${path.basename(SCAN)}: ${total} matches, ${(total / read).toFixed(1)} an article`)
  for (const [i, c] of [...counts].sort((x, y) => y[1].n - x[1].n).slice(0, top))
    say(`  ${String(c.n).padStart(5)}  ${entries[i]!.type.padEnd(9)} ${JSON.stringify(entries[i]!.pattern)} (${entries[i]!.pos})  … ${c.example} …`)
  const never = entries.map((e, i) => (counts.has(i) ? null : `${e.type}:${JSON.stringify(e.pattern)}`)).filter(Boolean)
  say(`  never matched (${never.length}): ${never.join(', ')}`)
}

const coverage = units.length ? (100 * covered) / units.length : 0
if (errors.length) process.exitCode = 1
if (MIN_COVERAGE !== null && coverage < MIN_COVERAGE) {
  process.stderr.write(`coverage ${coverage.toFixed(1)}% is under --min-coverage ${MIN_COVERAGE}\n`)
  process.exitCode = 1
}
