import type { Modality, Span, Token } from '../core/index.ts'
import type { Lexicon } from './lexicon.ts'
import { findPhrases, type TokenForms } from './phrase.ts'

export interface ModalityResult {
  readonly modality: Modality
  /** token range of the cue that decided it */
  readonly cue: readonly [number, number] | null
}

/** How far before the trigger a governing cue may stand ("has not yet been able to meet"). */
const REACH = 4
/** What may stand between a noun trigger and a modifier of it: "his expected bilateral summit" */
const MODIFIER_POS = new Set(['ADJ', 'VERB', 'NOUN', 'PROPN', 'PART', 'DET', 'PRON'])
const GOVERNED_POS = new Set(['AUX', 'ADV', 'PART', 'VERB', 'DET', 'ADJ', 'NUM', 'PRON'])

/**
 * Modality by scope (spec/EXTRACTION-NOTES.md 7): a cue counts only when it governs the
 * trigger — it stands between the clause's start and the trigger with only auxiliaries,
 * adverbs and the like between, or it takes the trigger as its complement ("talked Biden out
 * of making a call", "told him to reach out"). Negation wins over the others: "will not meet"
 * is a meeting that will not happen.
 */
export const modalityOf = (
  lx: Lexicon,
  f: TokenForms,
  tokens: readonly Token[],
  trigger: readonly [number, number],
  clause: readonly [number, number],
  sentence: readonly [number, number],
  nounTrigger: boolean,
  /** the pattern's gap holds what the act is done to ("cancelled a planned visit"), not the act */
  gapIsObject = false,
): ModalityResult => {
  const [t] = trigger
  // an infinitive of purpose shares its verb's modality: "Beijing could take several steps to pressure Pyongyang"
  const infinitive = t > 0 && f.lower[t - 1] === 'to'
  const governs = (end: number): boolean => {
    if (end > t || t - end > (infinitive ? 2 * REACH : REACH)) return false
    for (let i = end; i < t; i++) if (!GOVERNED_POS.has(tokens[i]!.pos) && !(infinitive && tokens[i]!.pos === 'NOUN')) return false
    return true
  }
  // complement cues may stand in an earlier clause of the sentence ("talked Biden out of | making a call")
  const wide = (set: Parameters<typeof findPhrases>[0]) => findPhrases(set, f, sentence[0], t).filter((h) => h.end <= t && t - h.end <= 5)
  const near = (set: Parameters<typeof findPhrases>[0]) => findPhrases(set, f, clause[0], t).filter((h) => governs(h.end))

  const neg = [...wide(lx.negComplement), ...near(lx.negBefore)].at(-1)
  if (neg) return { modality: 'negated', cue: [neg.start, neg.end] }

  // "his expected summit", "any attack": a modifier of the noun itself decides before the clause does
  // (also inside a pattern's gap: "holding his expected summit")
  // (not a modifier of the thing acted on: "cancelled a planned visit" is a cancellation done)
  for (let i = trigger[1] - 2; i > t && !gapIsObject; i--) {
    if (lx.futureModifiers.has(f.lower[i]!)) return { modality: 'future', cue: [i, i + 1] }
    if (lx.hypoModifiers.has(f.lower[i]!)) return { modality: 'hypothetical', cue: [i, i + 1] }
  }
  if (nounTrigger) {
    for (let i = t - 1; i >= Math.max(clause[0], t - 3); i--) {
      const w = f.lower[i]!
      if (lx.futureModifiers.has(w)) return { modality: 'future', cue: [i, i + 1] }
      if (lx.hypoModifiers.has(w)) return { modality: 'hypothetical', cue: [i, i + 1] }
      if (!MODIFIER_POS.has(tokens[i]!.pos)) break
    }
  }
  // "an amendment offered by Senator Paul to strip Egypt of its aid": what a proposal is for is not done
  if (infinitive) {
    for (let i = t - 2; i >= Math.max(clause[0], t - 8); i--) {
      // (a noun phrase's head: "an amendment", "his plan", not the verb wink may tag a noun in "Biden plans to")
      const phrase = i > 0 && ['DET', 'PRON', 'ADJ', 'NUM', 'PART'].includes(tokens[i - 1]!.pos)
      if (phrase && lx.proposalNouns.has(f.lemma[i]!) && tokens[i]!.pos === 'NOUN') return { modality: 'hypothetical', cue: [i, i + 1] }
      if (tokens[i]!.pos === 'VERB' && !/ed$/.test(f.lower[i]!)) break
    }
  }
  const cond = findPhrases(lx.conditional, f, clause[0], Math.min(clause[0] + 1, t))[0]
  if (cond) return { modality: 'hypothetical', cue: [cond.start, cond.end] }

  // a noun trigger is governed from further away: "prepares to depart on his Beijing trip"
  const fut = (nounTrigger ? findPhrases(lx.futureBefore, f, clause[0], t).filter((h) => t - h.end <= 6) : near(lx.futureBefore)).at(-1)
  const hypo = [...wide(lx.advice), ...near(lx.hypoBefore)].at(-1)
  // "would" after a past reporting verb is the future in the past ("said he would travel"),
  // except where the announcing is the act ("announced it would cancel the trip")
  // ("would have killed" is a past that did not happen, reported or not)
  if (hypo && lx.reportedWould && f.lower[hypo.start] === 'would' && hypo.end - hypo.start === 1 && f.lower[hypo.end] !== 'have') {
    const reporting = findReportingBefore(lx, f, tokens, sentence[0], hypo.start)
    if (reporting === 'announce') return { modality: 'asserted', cue: null }
    if (reporting) return { modality: 'future', cue: [hypo.start, hypo.end] }
  }
  // advice covers what it advises, plans included: "told Biden the best thing to do was to begin reaching out"
  const advised = wide(lx.advice).at(-1)
  if (advised) return { modality: 'hypothetical', cue: [advised.start, advised.end] }
  if (fut && (!hypo || fut.start >= hypo.start)) return { modality: 'future', cue: [fut.start, fut.end] }
  if (hypo) return { modality: 'hypothetical', cue: [hypo.start, hypo.end] }
  // a noun trigger as the subject of a modal: "a call between Biden and Xi would make it look…"
  if (nounTrigger) {
    for (let i = trigger[1]; i < Math.min(clause[1], trigger[1] + 8); i++) {
      if (tokens[i]!.pos === 'VERB') break
      const w = f.lower[i]!
      if (w === 'would' || w === 'could' || w === 'might') return { modality: 'hypothetical', cue: [i, i + 1] }
      if (w === 'will') return { modality: 'future', cue: [i, i + 1] }
    }
  }
  // a time to come in the clause makes its act future, unless the verb says it is done:
  // "has banned candidates from the upcoming elections" is a ban already made
  const done = !nounTrigger && tokens[t]!.pos === 'VERB' && f.lower[t] !== f.lemma[t] && !/(ing|s)$/.test(f.lower[t]!)
  // ("decided to allow Ouattara to participate in the upcoming elections": a time inside a later
  // infinitive is that act's, not the trigger's)
  const laterAct = (at: number): boolean => {
    for (let k = trigger[1]; k < at; k++) if (f.lower[k] === 'to' && tokens[k + 1]?.pos === 'VERB') return true
    return false
  }
  const when = done ? undefined : findPhrases(lx.futureTimes, f, clause[0], clause[1]).find((w) => !laterAct(w.start))
  if (when) return { modality: 'future', cue: [when.start, when.end] }
  return { modality: 'asserted', cue: null }
}

/** Verbs of promising and signalling, past, whose "would" is a future too (the reporting verbs are the lexicon's) */
const PROMISED = new Set(['signaled', 'signalled', 'promised', 'pledged', 'vowed'])

/**
 * The lemma of a past-tense reporting verb shortly before position `end`, if any: one of the
 * lexicon's reporting verbs ("said", "confirmed", "reiterated") in a past form, or a promise.
 */
const findReportingBefore = (lx: Lexicon, f: TokenForms, tokens: readonly Token[], from: number, end: number): string | null => {
  for (let i = end - 1; i >= Math.max(from, end - 6); i--) {
    if (tokens[i]!.pos !== 'VERB') continue
    const w = f.lower[i]!
    // ("was quoted as saying he would": a participle of saying reports as the past tense does)
    if (PROMISED.has(w) || (lx.reporting.has(f.lemma[i]!) && w !== f.lemma[i] && (!/(ing|s)$/.test(w) || w === 'saying'))) return f.lemma[i]!
  }
  return null
}

export const cueSpan = (tokens: readonly Token[], cue: readonly [number, number] | null): Span | null =>
  cue ? [tokens[cue[0]]!.span[0], tokens[cue[1] - 1]!.span[1]] : null
