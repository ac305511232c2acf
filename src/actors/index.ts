import type { ActorMention, Doc } from '../core/index.ts'
import { placeUnknownOfficials } from './context-country.ts'
import { withLedForces } from './led-forces.ts'
import { corefer } from './coref.ts'
import { buildGazetteer, normToken, tokenKeys } from './gazetteer.ts'
import { tokensLower, tokenWinkIds } from '../nlp/lower.ts'
import { dictionary } from './load.ts'
import { indexOffices } from './offices.ts'
import { resolveSentences, type Resources } from './resolve.ts'

export { loadDictionary, dictionary, ACTORS_DIR } from './load.ts'
export type { Dictionary, Person, Role, Institution, Country, Office } from './types.ts'

let shared: Resources | null = null
/** Dictionary, token trie and office index, built once per process. */
export const resources = (): Resources => {
  if (!shared) {
    const dict = dictionary()
    shared = { dict, gaz: buildGazetteer(dict), offices: indexOffices(dict, (s) => normToken(s)), personById: new Map(dict.persons.map((p) => [p.id, p])) }
  }
  return shared
}

/** Stage: actor mentions, resolved against the dictionary as of each sentence's date, with coreference. */
export const resolveActors = (doc: Doc): Doc => {
  const res = resources()
  const text = doc.article.text
  const ids = tokenWinkIds(text, doc.tokens)
  const keys = tokenKeys(tokensLower(text, doc.tokens), ids)
  const upper = doc.tokens.map((t) => {
    const c = text.charCodeAt(t.span[0])
    return c >= 65 && c <= 90 ? true : c < 128 ? false : /^\p{Lu}/u.test(text.slice(t.span[0], t.span[0] + 2))
  })
  const mentions = corefer(doc, servingBodies(text, placeUnknownOfficials(withLedForces(doc, withPeoples(doc, resolveSentences(doc, res, keys, upper, ids), upper), res, keys))), res, keys)
  return { ...doc, mentions }
}

/**
 * "Kenzo Oshima, the United Nations Emergency Relief Coordinator, demanded …": a national of some
 * country with no office on file at the date, described in apposition as an officer of an
 * international body, acts for that body (as "U.N. mediator Diego Cordovez" does with the title
 * before the name). Only a role of the body right after ", the" and closed by a comma or the
 * sentence's end; a person whose office at the date is known keeps it.
 */
const servingBodies = (text: string, mentions: readonly ActorMention[]): ActorMention[] => {
  let out: ActorMention[] | null = null
  mentions.forEach((m, i) => {
    const n = mentions[i + 1]
    if (m.kind !== 'person' || m.person === null || m.level !== null || m.country === 'IGO' || !n) return
    if (n.kind !== 'person' || n.person !== null || n.country !== 'IGO' || n.role === null) return
    if (!/^\s*,\s*the\s+$/i.test(text.slice(m.span[1], n.span[0])) || !/^\s*[,.;]/.test(text.slice(n.span[1], n.span[1] + 3))) return
    out ??= [...mentions]
    out[i] = { ...m, country: 'IGO', sector: n.sector, level: n.level, role: n.role }
  })
  return out ?? [...mentions]
}

/**
 * "The Palestinians reject …", "Israelis and Palestinians met": a people named by its plural
 * demonym alone is a group of its country (sector unknown), where no other mention covers it.
 */
const withPeoples = (doc: Doc, mentions: readonly ActorMention[], upper: readonly boolean[]): ActorMention[] => {
  const text = doc.article.text
  const extra: ActorMention[] = []
  let m = 0
  doc.tokens.forEach((t, i) => {
    if (!upper[i] || t.pos === 'VERB' || t.span[1] - t.span[0] < 6 || text.charCodeAt(t.span[1] - 1) !== 115) return
    while (m < mentions.length && mentions[m]!.span[1] <= t.span[0]) m++
    if (m < mentions.length && mentions[m]!.span[0] <= t.span[0]) return
    const word = text.slice(t.span[0], t.span[1] - 1)
    const c = demonymCountry(word)
    if (c) extra.push({ span: t.span, kind: 'group', name: null, country: c.iso3, sector: null, level: null, role: null, person: null, gender: null, how: 'demonym-plural', antecedent: null })
  })
  return extra.length === 0 ? [...mentions] : [...mentions, ...extra].sort((a, b) => a.span[0] - b.span[0])
}

/**
 * The country a demonym names ("Afghan" → AFG), for words that modify an event's object ("an
 * Afghan proposal"). Demonyms the country file marks ambiguous ("Indian", "Greek", "American")
 * only with `ambiguousToo`, for callers that have ruled the other readings out.
 */
export const demonymCountry = (word: string, ambiguousToo = false): { iso3: string; name: string } | null => {
  const res = resources()
  demonyms ??= new Map(res.dict.countries.flatMap((c) => c.demonyms.filter((d) => !c.ambiguous.includes(d)).map((d) => [d, { iso3: c.iso3, name: c.name }] as const)))
  ambiguousDemonyms ??= new Map(res.dict.countries.flatMap((c) => c.demonyms.filter((d) => c.ambiguous.includes(d)).map((d) => [d, { iso3: c.iso3, name: c.name }] as const)))
  return demonyms.get(word) ?? (ambiguousToo ? (ambiguousDemonyms.get(word) ?? null) : null)
}
let demonyms: Map<string, { iso3: string; name: string }> | null = null
let ambiguousDemonyms: Map<string, { iso3: string; name: string }> | null = null
