import type { ActorMention, Doc, Span } from '../core/index.ts'
import type { Resources } from './resolve.ts'

/**
 * In-article coreference that needs the whole article's mentions (bare family names are
 * resolved as sentences are read, in resolve.ts):
 * - "the secretary", "the president", "the official" → the most mentioned earlier actor with that role;
 * - "the Chinese dictator", "the Russian leader" (a role with a country and a level but no office
 *   to look up) → the most mentioned earlier person of that country at that level;
 * - he / she / him / his / her → the nearest person of that gender in this or the two previous sentences;
 * - "the 80-year-old" → the person in the article of that age on the article's date;
 * - "the administration", "the government" (a body with no country) → the country of the last
 *   body named with that word ("the Trump administration", "the Chinese government"), else the
 *   first named after it (a lede's "the administration" before the story names whose).
 */
export const corefer = (doc: Doc, mentions: readonly ActorMention[], res: Resources, keys: readonly string[]): ActorMention[] => {
  const text = doc.article.text
  const out: ActorMention[] = []
  for (const m of mentions) {
    if (isBareTitle(m, text)) out.push(titleAntecedent(m, out) ?? m)
    else if (isDescription(m)) out.push(descriptionAntecedent(m, out) ?? m)
    else if (m.kind === 'institution' && m.country === null) out.push(bodyAntecedent(m, out, mentions, text) ?? m)
    else out.push(m)
  }

  const people = out.filter((m) => m.kind === 'person' && m.name)
  const extra: ActorMention[] = []
  // a pronoun looks back over this and the two previous sentences
  doc.sentences.forEach((s, si) => {
    const window = doc.sentences[Math.max(0, si - 2)]!.span[0]
    for (let i = s.tokens[0]; i < s.tokens[1]; i++) {
      // the part of speech first: a cheaper test than the look-up, and most tokens fail it
      const t = doc.tokens[i]!
      if (t.pos !== 'PRON' && t.pos !== 'DET') continue
      const gender = PRONOUNS.get(keys[i]!)
      if (!gender) continue
      // "Vice Premier Liu He": a capitalised "He" right after a name inside a sentence is part of the name
      if (i > s.tokens[0] && isUpper(text, t.span[0]) && doc.tokens[i - 1]!.pos === 'PROPN' && isUpper(text, doc.tokens[i - 1]!.span[0])) continue
      let ante: ActorMention | undefined
      for (const m of people) {
        if (m.span[1] > t.span[0]) break
        if (m.span[0] >= window && (m.gender === gender || m.gender === null)) ante = m
      }
      // a pronoun opening its sentence is usually its subject, and continues the previous
      // sentence's subject: its first person of that gender
      const opening = i === s.tokens[0] || (i === s.tokens[0] + 1 && /^[“"]$/.test(keys[s.tokens[0]]!))
      // "In his meeting with Duda, Pence said …": in an opening phrase, the pronoun points
      // forward to the subject after the comma
      const comma = keys.indexOf(',', s.tokens[0])
      const fronted = (doc.tokens[s.tokens[0]]!.pos === 'ADP' || FRONTING.has(keys[s.tokens[0]]!)) && comma > i && comma < s.tokens[1] && i - s.tokens[0] <= 3
      const after = fronted ? people.find((m) => m.span[0] > doc.tokens[comma]!.span[0] && m.span[1] <= s.span[1] && (m.gender === gender || m.gender === null)) : undefined
      if (after && doc.tokens.findIndex((t) => t.span[0] === after.span[0]) <= comma + 4) ante = after
      else if (opening && si > 0) {
        // the previous sentence's first person, a pronoun already resolved included ("He also said …")
        const prev = doc.sentences[si - 1]!.span
        const inPrev = (m: ActorMention): boolean => m.span[0] >= prev[0] && m.span[1] <= prev[1] && (m.gender === gender || m.gender === null)
        const first = [people.find(inPrev), extra.find(inPrev)].filter((m): m is ActorMention => m !== undefined).sort((a, b) => a.span[0] - b.span[0])[0]
        if (first) ante = first
      }
      if (ante) extra.push({ ...ante, span: t.span, how: 'coref:pronoun', antecedent: ante.span })
    }
  })
  // "the paper said", "The editorial … urged Washington": the news outlet named last, within six sentences
  const media = out.filter((m) => m.sector === 'MED' && m.name !== null)
  if (media.length > 0) {
    doc.sentences.forEach((s, si) => {
      const window = doc.sentences[Math.max(0, si - 6)]!.span[0]
      for (let i = s.tokens[0] + 1; i < s.tokens[1]; i++) {
        if (!OUTLET_WORDS.has(keys[i]!) || doc.tokens[i]!.pos !== 'NOUN') continue
        const t = doc.tokens[i]!
        if (keys[i - 1] === 'the') {
          const ante = media.filter((m) => m.span[1] <= t.span[0] && m.span[0] >= window).at(-1)
          if (ante && !out.some((m) => m.span[0] <= t.span[0] && m.span[1] >= t.span[1])) extra.push({ ...ante, span: [doc.tokens[i - 1]!.span[0], t.span[1]], how: 'coref:outlet', antecedent: ante.span })
          continue
        }
        // "North Korea's state-controlled newspaper on Sunday accused …" before the story names
        // it: the first outlet of that country named in the next six sentences
        let k = i - 1
        // (adjectives and hyphenated modifiers between: "state-controlled", "ruling party")
        while (k > s.tokens[0] && (doc.tokens[k]!.pos === 'ADJ' || keys[k] === '-' || keys[k - 1] === '-' || keys[k + 1] === '-')) k--
        if (!POSSESSIVE_MARK.test(keys[k]!)) continue
        const owner = out.find((m) => m.span[1] === doc.tokens[k]!.span[0] && m.kind === 'country')
        const horizon = doc.sentences[Math.min(doc.sentences.length - 1, si + 6)]!.span[1]
        const later = owner && media.find((m) => m.span[0] > t.span[1] && m.span[1] <= horizon && m.country === owner.country)
        if (later) extra.push({ ...later, span: [doc.tokens[k + 1]!.span[0], t.span[1]], how: 'coref:outlet', antecedent: later.span })
      }
    })
  }
  const year = Number((doc.article.date ?? '').slice(0, 4))
  if (year) {
    for (const m of text.matchAll(/\bthe (\d{2,3})-year-old\b/gi)) {
      const age = Number(m[1])
      const span: Span = [m.index, m.index + m[0].length]
      const ante = people.filter((p) => {
        const born = p.person ? res.personById.get(p.person)?.born : null
        return born != null && p.span[0] < span[0] && (year - born === age || year - born - 1 === age)
      }).at(-1)
      if (ante) extra.push({ ...ante, span, how: 'coref:age', antecedent: ante.span })
    }
  }
  return [...out, ...extra].sort((a, b) => a.span[0] - b.span[0])
}

const isUpper = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at)
  return c >= 65 && c <= 90
}

const POSSESSIVE_MARK = /^['’]s?$/
/** Nouns by which an article refers back to a news outlet it has named: "the paper said" */
const OUTLET_WORDS = new Set(['paper', 'newspaper', 'editorial', 'daily', 'agency', 'broadcaster', 'outlet', 'tabloid', 'network', 'channel', 'commentary'])

/** Words that open a fronted phrase as a preposition would ("Ahead of his trip, Kerry said …"), which wink tags otherwise */
const FRONTING = new Set(['ahead', 'after', 'before', 'during', 'following', 'upon', 'despite', 'since', 'while', 'when', 'as'])

const PRONOUNS = new Map<string, 'm' | 'f'>([
  ['he', 'm'], ['him', 'm'], ['his', 'm'], ['himself', 'm'],
  ['she', 'f'], ['her', 'f'], ['hers', 'f'], ['herself', 'f'],
])

/** "the Chinese dictator": a described person of a known country and level, with no name. */
const isDescription = (m: ActorMention): boolean => m.how === 'role' && m.kind === 'person' && m.name === null && m.country !== null && m.level !== null

const descriptionAntecedent = (m: ActorMention, before: readonly ActorMention[]): ActorMention | null =>
  mostSalient(m, before.filter((x) => x.kind === 'person' && x.name && x.span[1] <= m.span[0] && x.country === m.country && x.level === m.level), before, 'coref:description')

/** "the secretary": a role alone after "the", with no country or name of its own. */
const isBareTitle = (m: ActorMention, text: string): boolean =>
  m.how === 'role' && m.kind === 'person' && m.country === null && /\bthe\s+$/i.test(text.slice(Math.max(0, m.span[0] - 4), m.span[0]))

/** The earlier actor whose role contains the title's words; the most mentioned one when several. */
const titleAntecedent = (m: ActorMention, before: readonly ActorMention[]): ActorMention | null => {
  const words = (m.role ?? '').toLowerCase()
  return mostSalient(m, before.filter((x) => x.kind === 'person' && x.span[1] <= m.span[0] && (x.role ?? '').toLowerCase().includes(words)), before, 'coref:title')
}

/** Among candidates, the actor mentioned most often so far (the latest on a tie), as a coreferent of m. */
const mostSalient = (m: ActorMention, candidates: readonly ActorMention[], before: readonly ActorMention[], how: string): ActorMention | null => {
  const key = (x: ActorMention): string => x.person ?? x.name ?? `${x.span[0]}`
  const salience = new Map<string, number>()
  for (const x of before) if (x.kind === 'person') salience.set(key(x), (salience.get(key(x)) ?? 0) + 1)
  let best: ActorMention | null = null
  for (const x of candidates) if (!best || (salience.get(key(x)) ?? 0) >= (salience.get(key(best)) ?? 0)) best = x
  return best ? { ...best, span: m.span, how, antecedent: best.span } : null
}

const GOVERNING = new Set(['administration', 'government', 'regime', 'cabinet'])

/**
 * "The administration will reveal new sanctions": the last actor named with the body's word in it
 * before (`before`: the mentions resolved so far), else the first after it (in `all`), and its country.
 */
const bodyAntecedent = (m: ActorMention, before: readonly ActorMention[], all: readonly ActorMention[], text: string): ActorMention | null => {
  const head = /(\p{L}+)$/u.exec(text.slice(m.span[0], m.span[1]))?.[1]?.toLowerCase()
  // only the bodies that stand for a whole government: "military" or "ministry" alone is too often a modifier
  if (!head || !GOVERNING.has(head)) return null
  // ("Trump administration officials" names the administration too)
  const names = (x: ActorMention): boolean => {
    if (x.country === null || x.country === 'IGO') return false
    const words = text.slice(x.span[0], x.span[1]).toLowerCase()
    return words.includes(' ' + head) && words !== head
  }
  const x = before.findLast(names) ?? all.find((a) => a.span[0] > m.span[1] && names(a))
  return x ? { ...m, country: x.country, sector: m.sector ?? x.sector, how: 'coref:body', antecedent: x.span } : null
}
