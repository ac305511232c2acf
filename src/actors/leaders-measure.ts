import type { ActorMention, Doc } from '../core/index.ts'
import type { Dictionary } from './types.ts'

/**
 * The White House readouts measurement (issue "Actors"): a readout whose title names a foreign
 * leader and their country ("… Call with Prime Minister Fumio Kishida of Japan") should have
 * that leader found in its text and resolved to that country.
 */

export interface TitledLeader {
  readonly title: string
  readonly family: string
  readonly country: string
}

const LEADER_TITLES =
  'President|Prime Minister|Chancellor|King|Queen|Crown Prince|Emir|Amir|Sultan|Premier|Taoiseach|Secretary[- ]General|Supreme Leader|Vice President|Foreign Minister|General Secretary|Chairman|Chair'

const WITH_OF = new RegExp(`\\bwith (?:the )?(?:${LEADER_TITLES})\\s+(.+?)\\s+of\\s+(?:the\\s+)?(.+?)$`)
const WITH_DEMONYM = new RegExp(`\\bwith (\\p{Lu}[\\p{L}-]+) (?:${LEADER_TITLES})\\s+(.+?)$`, 'u')

/** Titles of the corpus carry scrape artefacts: `\\_` for spaces, `\\xE9` escapes, trailing backslashes. */
export const cleanTitle = (t: string): string =>
  t
    .replace(/\\x([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\\u([0-9A-Fa-f]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\\_/g, ' ')
    .replace(/\\/g, '')
    .replace(/\s+/g, ' ')
    .trim()

export const normal = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()

/** The foreign leader a title names, with a country the dictionary knows; null otherwise. */
export const leaderOfTitle = (rawTitle: string, dict: Dictionary): TitledLeader | null => {
  const title = cleanTitle(rawTitle)
  const byName = (s: string): string | null => {
    const n = normal(s.replace(/[.,;:]+$/, ''))
    for (const c of dict.countries) if ([c.name, ...c.names].some((x) => normal(x) === n)) return c.iso3
    return null
  }
  const byDemonym = (s: string): string | null => {
    for (const c of dict.countries) if (c.demonyms.some((d) => normal(d) === normal(s))) return c.iso3
    return null
  }
  let name: string | undefined
  let country: string | null = null
  const of = WITH_OF.exec(title)
  if (of) {
    name = of[1]
    country = byName(of[2]!) ?? byDemonym(of[2]!.split(' ')[0]!)
  } else {
    const dem = WITH_DEMONYM.exec(title)
    if (dem) {
      name = dem[2]
      country = byDemonym(dem[1]!)
    }
  }
  const family = name?.replace(/[.,;:]+$/, '').split(/\s+/).at(-1)
  if (!family || !country || country === 'USA' || family.length < 2) return null
  return { title, family, country }
}

/** Whether the leader is among the article's mentions with the right country. */
export const leaderFound = (leader: TitledLeader, doc: Doc): boolean =>
  doc.mentions.some((m: ActorMention) => {
    const words = normal(`${m.name ?? ''} ${doc.article.text.slice(m.span[0], m.span[1])}`)
    return m.country === leader.country && words.includes(normal(leader.family))
  })
