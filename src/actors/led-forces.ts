import type { ActorMention, Doc } from '../core/index.ts'
import type { Resources } from './resolve.ts'

/** What a country may lead: a force or a coalition of forces (their sector is the military's). */
const LED = new Set(['coalition', 'coalitions', 'force', 'forces', 'troops', 'alliance', 'military', 'army', 'operation', 'mission', 'campaign', 'blockade', 'intervention', 'offensive', 'war'])

let byWord: Map<string, string> | null = null
/**
 * A country's name, short name or demonym as written ("Saudi", "U.S.", "Vietnamese") → its ISO code;
 * also the words that are ambiguous alone ("US", "Washington"): joined to "-led" they name the country.
 */
const countryOfWord = (res: Resources, word: string): string | null => {
  if (!byWord) {
    byWord = new Map()
    for (const c of res.dict.countries) for (const w of [c.name, ...c.names, ...c.demonyms]) byWord.set(w, c.iso3)
  }
  return byWord.get(word) ?? null
}

/**
 * "The Saudi-led coalition bombed …", "Vietnamese-led forces have retaken …": a force a country
 * leads acts for that country. The matcher leaves a name joined by a hyphen to a lower-case word
 * alone ("Moscow-backed rebels" are no Russians), so "-led" forces are read here: the country's
 * word, "-led" and the force's noun (an adjective may stand before it) make one group mention.
 */
export const withLedForces = (doc: Doc, mentions: readonly ActorMention[], res: Resources, keys: readonly string[]): ActorMention[] => {
  const extra: ActorMention[] = []
  const text = doc.article.text
  for (let i = 1; i + 2 < doc.tokens.length; i++) {
    if (keys[i] !== '-' || keys[i + 1] !== 'led') continue
    // no space around the hyphen: one compound word
    const before = doc.tokens[i - 1]!
    if (before.span[1] !== doc.tokens[i]!.span[0] || doc.tokens[i]!.span[1] !== doc.tokens[i + 1]!.span[0]) continue
    let k = i + 2
    if (doc.tokens[k]!.pos === 'ADJ' && k + 1 < doc.tokens.length) k++
    if (!LED.has(keys[k]!)) continue
    // the country's word may be one token ("U.S.", "Saudi") or two ("Saudi Arabian", "United States")
    const one = countryOfWord(res, text.slice(before.span[0], before.span[1]))
    const start = one || i < 2 ? before.span[0] : doc.tokens[i - 2]!.span[0]
    const country = one ?? (start < before.span[0] ? countryOfWord(res, text.slice(start, before.span[1])) : null)
    if (!country) continue
    extra.push({ span: [start, doc.tokens[k]!.span[1]], kind: 'group', name: null, country, sector: 'MIL', level: null, role: `${keys[k]}`, person: null, gender: null, how: 'led-by', antecedent: null })
  }
  if (extra.length === 0) return [...mentions]
  // the led force replaces any mention inside it ("forces" alone)
  const inside = (m: ActorMention): boolean => extra.some((x) => m.span[0] >= x.span[0] && m.span[1] <= x.span[1])
  return [...mentions.filter((m) => !inside(m)), ...extra].sort((a, b) => a.span[0] - b.span[0])
}
