import type { ActorMention } from '../core/index.ts'

/** Levels of an office that belongs to a state: a president, a premier, a minister. */
const STATE_LEVELS = new Set(['head', 'minister'])
/** Officials of a state may be the other party ("met Chinese officials"); its people, places and bodies are its own. */
const STATE_SECTORS = new Set(['GOV', 'MIL'])

/** Does this mention say which country the article is about? Known persons and state officials do not. */
const places = (x: ActorMention): boolean =>
  x.country !== null && x.country !== 'IGO' && x.person === null && !((x.kind === 'person' || x.kind === 'group') && (x.sector === null || STATE_SECTORS.has(x.sector)))

/**
 * "President Yoweri Museveni has banned Ugandan opposition candidates": an office holder whose
 * name the dictionary does not know and whose title names no country ("President", "Vice-
 * President") holds that office in the one country the article names. Without it the act has no
 * source at all (spec: no event without a source placed in a country).
 *
 * Only where the article is unambiguous: every mention that places itself in a country (a place,
 * a people, a body, a demonym group; the IGOs aside) places itself in the same one. A second
 * country anywhere ("President Mugabe arrived in Beijing") leaves the official unplaced, since
 * a visit abroad names the host, not the visitor's country. Known persons and state officials do
 * not count: "President Mugabe met Chinese officials" names a counterpart. Later reports of the
 * name ("Museveni", coref:name) follow their first.
 */
export const placeUnknownOfficials = (mentions: readonly ActorMention[]): ActorMention[] => {
  const unknown = (x: ActorMention): boolean => x.kind === 'person' && x.how === 'title' && x.country === null && x.level !== null && STATE_LEVELS.has(x.level)
  if (!mentions.some(unknown)) return [...mentions]
  let country: string | null = null
  for (const x of mentions) {
    if (!places(x)) continue
    if (country !== null && country !== x.country) return [...mentions]
    country = x.country
  }
  if (country === null) return [...mentions]
  const placed = new Set<number>()
  const out = mentions.map((x) => {
    if (!unknown(x)) return x
    placed.add(x.span[0])
    return { ...x, country, how: 'title:article-country' }
  })
  // "Museveni" after "President Yoweri Museveni": a name's later report carries its first's country
  return out.map((x) => (x.how === 'coref:name' && x.antecedent && x.country === null && placed.has(x.antecedent[0]) ? { ...x, country } : x))
}
