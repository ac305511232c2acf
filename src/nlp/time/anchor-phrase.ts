/**
 * The anchor phrase of a relative with no date to measure from: "weeks after |the balloon was
 * shot down|, Blinken …". The span keeps it because "weeks after" alone says nothing about when;
 * with the phrase, a reader (or a later stage that dates events) can tell what it is relative to.
 *
 * The phrase runs to the end of its clause: punctuation that closes the clause, a subordinator
 * that opens the next one ("the spy balloon |that floated …"), or a word limit, whichever comes
 * first. It is a cheap reading of clause structure, not a parse; the limit keeps a missed
 * boundary from running on.
 */

/** Most words an anchor phrase may take; a longer run has usually left the anchor behind. */
export const ANCHOR_PHRASE_MAX_WORDS = 12

/** Punctuation that closes a clause: , ; : ! ? brackets, dashes; not the comma in "8,000". */
const CLAUSE_STOP = /,(?!\d)|[;:!?()[\]{}\u2013\u2014]|--|^-$/

/** A quote opening at the start of a word: “Liberation, "Liberation, ‘Liberation. */
const OPENING_QUOTE = /^[“"‘]/

/**
 * A closing quote: ”, a straight " after a character, or ’ followed by punctuation (not a
 * possessive: "allies’ demands"). It ends the clause ("“a purge weeks after the crackdown” and
 * …") unless it closes a quote the phrase opened itself ("weeks after the “Liberation Day” tariffs").
 */
const CLOSING_QUOTE = /”|(?<=\S)"|['’](?=[,.;:!?)\]])/

/** A period that ends the word or comes before a closing quote or bracket; "..." too. */
const FINAL_PERIOD = /\.+(?=[^\w]*$|["”’)\]])/

/** "U.S.", "a.m.", "Mr.", "George W.": a period that does not end the sentence. */
const ABBREVIATION = /(?:^|[^\w.])(?:(?:[A-Za-z]\.){2,}|[A-Z]\.|(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|No|vs?)\.)$/

/**
 * Words that open the next clause. They end the phrase, but not as its first word, where
 * "that" is a determiner: "weeks after that meeting".
 */
const SUBORDINATOR =
  /^(?:when|whenever|while|whilst|because|as|which|that|who|whom|whose|where|whereas|although|though|if|unless|until|since|but)(?![\w'’-])/i

/** Where in `word` the clause ends, or -1 when it runs on; `quoted`: inside a quote the phrase opened. */
const clauseEndIn = (word: string, quoted: boolean): number => {
  const cuts: number[] = []
  const stop = CLAUSE_STOP.exec(word)
  if (stop) cuts.push(stop.index)
  const quote = CLOSING_QUOTE.exec(word)
  if (quote && !quoted) cuts.push(quote.index)
  const period = FINAL_PERIOD.exec(word)
  if (period && !ABBREVIATION.test(word.slice(0, period.index + 1))) cuts.push(period.index)
  return cuts.length === 0 ? -1 : Math.min(...cuts)
}

/** Words no clause ends on: "… before the (presidential) elections" is not "… before the". */
const NEVER_LAST = /^(?:a|an|the|his|its|their|our|my|your|of|and|or|nor)$/i
/**
 * Prepositions a clause may end on ("after the lights came on"), but that dangle where the
 * phrase was cut short: "an interview with him in | which …".
 */
const DANGLING_WHEN_CUT =
  /^(?:in|on|at|by|for|with|to|from|into|onto|upon|about|against|during|between|among|amid|amidst|toward|towards|within|across|via)$/i

/**
 * The end of the anchor phrase that starts at `from` in `s` (a sentence), with no trailing
 * space or punctuation; `from` itself when there is none (the clause ends at once).
 */
export const anchorPhraseEnd = (s: string, from: number): number => {
  const WORD = /\S+/g
  WORD.lastIndex = from
  const kept: { readonly text: string; readonly end: number }[] = []
  let cutShort = false // by a subordinator or the word limit, before the clause ended
  let quoted = false
  for (let m = WORD.exec(s); m !== null; m = WORD.exec(s)) {
    const word = m[0]
    if (kept.length === ANCHOR_PHRASE_MAX_WORDS || (kept.length > 0 && !quoted && SUBORDINATOR.test(word))) {
      cutShort = true
      break
    }
    if (OPENING_QUOTE.test(word)) quoted = true
    const cut = clauseEndIn(word, quoted)
    if (cut >= 0) {
      if (cut > 0) kept.push({ text: word.slice(0, cut), end: m.index + cut })
      break
    }
    if (CLOSING_QUOTE.test(word)) quoted = false
    kept.push({ text: word, end: m.index + word.length })
  }
  for (let last = kept.at(-1); last !== undefined; last = kept.at(-1)) {
    if (!NEVER_LAST.test(last.text) && !(cutShort && DANGLING_WHEN_CUT.test(last.text))) break
    kept.pop()
  }
  return kept.at(-1)?.end ?? from
}
