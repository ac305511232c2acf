import type { ActorMention, Doc, EventAnnotation } from '../core/index.ts'
import { demonymCountry } from '../actors/index.ts'
import { tokenStarting } from './arguments.ts'
import { impliedCountry } from './implied.ts'

/** Acts done to a thing, whose owner is the one acted against ("shot down the balloon", "seized the tanker") */
const ACTS_ON_THINGS = new Set(['ASSAULT', 'COERCE'])
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'NOUN'])

/**
 * "after shooting down the surveillance balloon" … "a Chinese spy balloon": a deed done to a
 * thing of a state (cues.json owned_things) with no party named is aimed at the country the article names as the thing's owner
 * elsewhere — the same noun after a demonym or a country ("an Iranian drone", "China's balloon").
 * The target points at those words and is marked implied.
 */
export const withOwners = (doc: Doc, events: readonly EventAnnotation[], things: ReadonlySet<string>): EventAnnotation[] => {
  if (!events.some((e) => e.target === null && ACTS_ON_THINGS.has(e.type))) return [...events]
  const { tokens } = doc
  const text = doc.article.text
  const lemmaAt = (i: number): string => tokens[i]!.lemma.toLowerCase()
  const ownerOf = (noun: string, source: string | null): ActorMention | null => {
    for (let j = 1; j < tokens.length; j++) {
      if (tokens[j]!.pos !== 'NOUN' || lemmaAt(j) !== noun) continue
      for (let k = j - 1; k >= Math.max(0, j - 3); k--) {
        const word = text.slice(tokens[k]!.span[0], tokens[k]!.span[1])
        const byName = doc.mentions.find((m) => m.kind === 'country' && m.span[1] === tokens[k]!.span[1] && m.country !== null)
        const possessed = byName ?? (/^['’]s?$/.test(word) ? doc.mentions.find((m) => m.kind === 'country' && m.span[1] === tokens[k]!.span[0] && m.country !== null) : undefined)
        const demonym = possessed ? null : demonymCountry(word)
        const country = possessed?.country ?? demonym?.iso3 ?? null
        if (country && country !== source) {
          const span = possessed?.span ?? tokens[k]!.span
          return impliedCountry(span, country, 'implied:owner', span, possessed?.name ?? demonym?.name ?? null)
        }
        if (!NOUN_PHRASE.has(tokens[k]!.pos) && !/^['’]s?$/.test(word)) break
      }
    }
    return null
  }
  return events.map((e) => {
    if (e.target !== null || !ACTS_ON_THINGS.has(e.type)) return e
    // the object's head: the last noun of the phrase right after the trigger
    let i = tokenStarting(tokens, e.trigger[1])
    let head = -1
    for (; i < tokens.length && NOUN_PHRASE.has(tokens[i]!.pos); i++) if (tokens[i]!.pos === 'NOUN') head = i
    if (head < 0 || !things.has(lemmaAt(head))) return e
    const owner = ownerOf(lemmaAt(head), e.source.country)
    return owner ? { ...e, target: owner } : e
  })
}
