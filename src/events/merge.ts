import type { ActorMention, EventAnnotation } from '../core/index.ts'
import { stronger } from './attribution.ts'

/**
 * One event per happening (spec/EVENTS.md): reports of the same happening in an article —
 * headline, lede, detail — become one event with every sentence as evidence. Same type and
 * modality, compatible actors (the same person, or the same country and sector), compatible
 * dates. The merged event keeps the most specific actors, the largest count, a stated answer
 * and the strongest attribution.
 */
export const mergeEvents = (events: readonly EventAnnotation[]): EventAnnotation[] => {
  const out: EventAnnotation[] = []
  for (const e of events) {
    const i = out.findIndex((o) => sameHappening(o, e))
    if (i < 0) {
      out.push(e)
      continue
    }
    const o = out[i]!
    out[i] = {
      ...o,
      source: specific(o.source, e.source)!,
      target: specific(o.target, e.target),
      count: Math.max(o.count, e.count),
      answer: o.answer ?? e.answer,
      date: o.date?.start ? o.date : (e.date ?? o.date),
      location: o.location ?? e.location,
      attribution: stronger(o.attribution, e.attribution),
      sentences: [...o.sentences, ...e.sentences.filter((s) => !o.sentences.some((x) => x[0] === s[0]))],
    }
  }
  return out
}

const sameHappening = (a: EventAnnotation, b: EventAnnotation): boolean =>
  // one report with a target and one without, of the same kind of act from the same source
  // country, are one happening told twice only when the triggers agree or the source is one person
  a.type === b.type &&
  a.modality === b.modality &&
  (a.mode === b.mode || a.mode === null || b.mode === null) &&
  // a person and a body of the same country ("Biden" shooting down the balloon, "the U.S.'s
  // decision to shoot it down") report one happening only under the same trigger
  (compatible(a.source, b.source) || (a.rule === b.rule && a.source.country !== null && a.source.country === b.source.country)) &&
  (a.target === null || b.target === null || compatibleTarget(a.target, b.target)) &&
  datesMeet(a, b)

/** Source of one happening: the same named person, or (neither named) the same country and sector. */
const compatible = (a: ActorMention, b: ActorMention): boolean => {
  // "Bolton said the U.S. is deploying …": an official speaking for his country's act is the country
  if ((a.how === 'speaker-for-country' || b.how === 'speaker-for-country') && a.country !== null && a.country === b.country) return true
  const named = (m: ActorMention): boolean => m.kind === 'person' && m.name !== null
  if (named(a) && named(b)) return a.person !== null && b.person !== null ? a.person === b.person : a.name === b.name
  if (named(a) !== named(b)) return false
  return a.country !== null && a.country === b.country && (a.sector === null || b.sector === null || a.sector === b.sector)
}

/** Targets are looser: a report may name the person ("General Xu") where another names the body ("China's top military leadership"). */
const compatibleTarget = (a: ActorMention, b: ActorMention): boolean =>
  a.person !== null && b.person !== null ? a.person === b.person : a.country !== null && a.country === b.country

const datesMeet = (a: EventAnnotation, b: EventAnnotation): boolean => {
  const as = a.date?.start
  const bs = b.date?.start
  if (!as || !bs) return true
  return as <= (b.date?.end ?? bs) && bs <= (a.date?.end ?? as)
}

/** The more specific of two reports of an actor: a named person over a group, a higher level over none. */
const specific = (a: ActorMention | null, b: ActorMention | null): ActorMention | null => {
  if (!a) return b
  if (!b) return a
  const score = (m: ActorMention): number => (m.person ? 4 : 0) + (m.name ? 2 : 0) + (m.level ? 1 : 0)
  return score(b) > score(a) ? b : a
}
