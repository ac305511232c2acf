import type { TokenForms } from './phrase.ts'

/** Words that open a new clause inside a sentence. */
const OPENERS = new Set([
  'because', 'while', 'although', 'though', 'whereas', 'which', 'who', 'whom', 'whose', 'where', 'when',
  'if', 'unless', 'but', 'since', 'after', 'before', 'until', 'as', 'despite', 'so',
])
/** Words that open a relative clause, which a subject search passes over */
export const RELATIVES = new Set(['which', 'who', 'whom', 'whose'])
/** Relative pronouns whose antecedent may be their clause's subject ("Bolton, who traveled …") */
export const SUBJECT_RELATIVES = new Set(['who', 'which', 'that'])
const BREAKS = new Set([';', ':', '—', '–', '(', ')', '“', '”', '"'])

/**
 * Clause starts of a sentence, as token indices (the first is the sentence start). A clause
 * opens after a semicolon, colon, dash, bracket or quote mark, and at a subordinating word or
 * relative pronoun; a comma opens one when a subordinator or "and"/"but" + a new subject
 * follows. Shallow, but enough to keep a cue or an argument in the clause it belongs to.
 */
export const clauseStarts = (f: TokenForms, pos: readonly string[], from: number, to: number): number[] => {
  const starts = [from]
  for (let i = from + 1; i < to; i++) {
    const w = f.lower[i]!
    const prev = f.lower[i - 1]!
    const opener = f.lower[starts[starts.length - 1]!]!
    if (BREAKS.has(prev)) starts.push(i)
    else if (OPENERS.has(w)) starts.push(i)
    else if (prev === ',' && (w === 'and' || w === 'but') && (pos[i + 1] === 'PRON' || pos[i + 1] === 'PROPN' || pos[i + 1] === 'DET')) starts.push(i)
    // "The editorial, which did not mention the visit, urged Washington": a verb after the
    // comma that closes a relative clause resumes the main clause
    else if (prev === ',' && RELATIVES.has(opener) && (pos[i] === 'VERB' || pos[i] === 'AUX')) starts.push(i)
  }
  return [...new Set(starts)]
}

/** The `[start, end)` of the clause holding token i. */
export const clauseOf = (starts: readonly number[], to: number, i: number): readonly [number, number] => {
  let s = starts[0]!
  let e = to
  for (let k = 0; k < starts.length; k++) {
    if (starts[k]! <= i) {
      s = starts[k]!
      e = starts[k + 1] ?? to
    }
  }
  return [s, e]
}
