import type { ActorMention, Doc, EventAnnotation, Span } from '../core/index.ts'
import type { Frame } from './attribution.ts'
import type { Lexicon } from './lexicon.ts'
import { tokenStarting } from './arguments.ts'
import { findPhrases, type TokenForms } from './phrase.ts'

/**
 * A demand put as an obligation in reported speech (cues.json `obligation`): "Russia said on
 * Tuesday that Sudan must return a helicopter" is a REQUEST from the speaker to Sudan. PLOVER
 * codes it so, and no trigger word carries it: it is composed of a reporting frame, an actor of
 * another country and "must". The actor has to end right before the obligation word (at most a
 * determiner-free word between: "the US and other nations must" is too loose and is skipped).
 */
export const obligations = (doc: Doc, lx: Lexicon, f: TokenForms, sentence: readonly [number, number], span: Span, frame: Frame, mentions: readonly ActorMention[]): EventAnnotation[] => {
  const verb = frame.verb
  const who = frame.attribution.who
  if (verb === null || who === null) return []
  const speaker = mentions.find((m) => m.span[0] === who[0])
  if (!speaker || speaker.country === null) return []
  const { tokens } = doc
  const out: EventAnnotation[] = []
  for (const hit of findPhrases(lx.obligation, f, verb + 1, sentence[1])) {
    const at = tokens[hit.start]!.span[0]
    const subject = mentions.filter((m) => m.span[1] <= at && m.span[0] > tokens[verb]!.span[1])
    let target = subject.at(-1)
    if (!target || target.country === null) continue
    // only white space (or a single word such as "also") between the actor and "must"
    if (!/^\s*(\w+\s+)?$/.test(doc.article.text.slice(target.span[1], at))) continue
    // "that the Sudanese government and the rebels in Darfur must reach": a coordinated subject
    // is named by its first actor
    const first = subject.find((m) => m.country !== null)!
    if (first !== target && /\band\b/.test(doc.article.text.slice(first.span[1], target.span[0]))) {
      const a = tokenStarting(tokens, first.span[1])
      if (!tokens.slice(a, hit.start).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) target = first
    }
    // a speaker's own side is resolve, not a demand, unless two different branches of one country
    // face each other ("Rwandan rebels announced that … the Rwandan Patriotic Front must agree")
    if (target.country === speaker.country && (speaker.sector === null || target.sector === null || speaker.sector === target.sector)) continue
    // the actor is the subject of the reported clause: close after the reporting verb, with no verb between
    const t0 = tokens.findIndex((t) => t.span[0] === target.span[0])
    if (t0 - verb > 6 || tokens.slice(verb + 1, t0).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) continue
    // "France must not give in" is a resolve refused, not a demand
    if (f.lower[hit.end] === 'not' || f.lower[hit.end] === 'never') continue
    out.push({
      type: 'REQUEST',
      mode: null,
      context: [],
      source: speaker,
      target,
      modality: 'asserted',
      cue: null,
      count: 1,
      answer: null,
      date: null,
      location: null,
      attribution: { kind: 'author', who: null, via: null, hedge: frame.attribution.hedge },
      trigger: [at, tokens[hit.end - 1]!.span[1]],
      rule: `obligation: ${hit.end - hit.start > 1 ? f.lower.slice(hit.start, hit.end).join(' ') : f.lower[hit.start]}`,
      sentences: [span],
    })
  }
  return out
}
