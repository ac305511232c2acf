import type { ActorMention, Doc, EventAnnotation } from '../core/index.ts'
import { impliedCountry } from './implied.ts'

/**
 * The two countries an article is about, when two stand clearly above the rest: each named at
 * least MIN times and the second at least RATIO times as often as the third. News about one
 * relationship leaves its other party implied ("Trump agreed to postpone a planned tariff hike"
 * in a story on U.S.-China trade talks); a report from one side of that pair with no target of
 * its own is aimed at the other side.
 */
const MIN = 3
const DATELINE = /^[A-Z .-]{4,}$/
/** acts whose other party news often leaves to the context: calls, refusals, cancellations, deployments, threats */
const IMPLIED_TYPES = new Set(['REQUEST', 'REJECT', 'MOBILIZE', 'THREATEN'])
const RATIO = 1.5

export const articleDyad = (doc: Doc): readonly [ActorMention, ActorMention] | null => {
  const counts = new Map<string, { n: number; first: ActorMention }>()
  for (const m of doc.mentions) {
    if (m.country === null || m.country === 'IGO' || m.how.startsWith('implied')) continue
    const c = counts.get(m.country)
    if (!c) counts.set(m.country, { n: 1, first: m })
    else {
      c.n++
      if (rank(doc, m) > rank(doc, c.first)) c.first = m
    }
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n)
  const [a, b, c] = ranked
  if (!a || !b || b.n < MIN || (c && b.n < RATIO * c.n)) return null
  return [a.first, b.first]
}

/**
 * What stands for the country: its own name better than the first official of it, and anything
 * better than a dateline's capitals ("WARSAW —" says where the story was filed).
 */
const rank = (doc: Doc, m: ActorMention): number =>
  (DATELINE.test(doc.article.text.slice(m.span[0], m.span[1])) ? 0 : 2) + (m.kind === 'country' ? 1 : 0)

/**
 * Only a state's own voice acts toward the other state: a country, a government or military
 * body, or an official of rank ("defense attorneys asked the court", "the FBI director" are
 * domestic business, not the relationship).
 */
const speaksForState = (m: ActorMention): boolean =>
  m.kind === 'country' ||
  ((m.sector === 'GOV' || m.sector === 'MIL') && (m.level === 'head' || m.level === 'minister' || m.level === 'senior' || m.kind === 'institution')) ||
  // (an official named with a title the dictionary has no dated office for: "Deputy Foreign Minister Abbas Araqchi" in 2015)
  (m.kind === 'person' && m.sector === null && m.role !== null && STATE_TITLE.test(m.role))
const STATE_TITLE = /\b(president|prime minister|premier|chancellor|foreign minister|defen[cs]e minister|secretary of state|ambassador|envoy)\b/i

/**
 * "Trump's push to readmit Russia to the G-7": an act whose sentence goes on to name a third
 * country or an international body is about that one, not the article's other side.
 */
const thirdParty = (doc: Doc, e: EventAnnotation, other: string | null): boolean => {
  const sentence = e.sentences[0]!
  return doc.mentions.some((m) => m.span[0] >= e.trigger[1] && m.span[1] <= sentence[1] && m.country !== null && m.country !== e.source.country && m.country !== other)
}

/** A report from one side of the article's pair with no target: the other side, marked implied. */
export const withCounterparts = (doc: Doc, events: readonly EventAnnotation[]): EventAnnotation[] => {
  const dyad = events.some((e) => e.target === null) ? articleDyad(doc) : null
  if (!dyad) return [...events]
  return events.map((e) => {
    if (e.target !== null || !IMPLIED_TYPES.has(e.type) || e.modality === 'hypothetical' || !speaksForState(e.source)) return e
    const other = e.source.country === dyad[0].country ? dyad[1] : e.source.country === dyad[1].country ? dyad[0] : null
    if (!other || thirdParty(doc, e, other.country)) return e
    return { ...e, target: impliedCountry(other.span, other.country, 'implied:counterpart', other.span) }
  })
}
