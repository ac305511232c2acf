import type { ActorMention, Attribution, AttributionKind, Doc, Span } from '../core/index.ts'
import type { Lexicon } from './lexicon.ts'
import { findPhrases, type TokenForms } from './phrase.ts'
import { POSSESSIVE_PRONOUN, tokenStarting } from './arguments.ts'

/** A sentence's reporting frame: who vouches for what it reports, and the reporting verb's token. */
export interface Frame {
  readonly attribution: Attribution
  /** the reporting verb (its own event, e.g. ACCUSE, is not attributed to itself) */
  readonly verb: number | null
  /** the token where the sentence's first hedge word stands, or -1 (a trigger is not its own hedge: "accused") */
  readonly hedgeToken: number
}

const AUTHOR: Attribution = { kind: 'author', who: null, via: null, hedge: null }
const STRENGTH: Record<AttributionKind, number> = { author: 5, named: 4, anonymous: 3, 'unnamed-sources': 2, document: 1 }

/** The stronger of two attributions of one happening: the article's own voice, then named, anonymous, unnamed, document. */
export const stronger = (a: Attribution, b: Attribution): Attribution => (STRENGTH[b.kind] > STRENGTH[a.kind] ? b : a)

/**
 * Reported speech first (spec/EXTRACTION-NOTES.md 3): for each sentence, the speaker of
 * "X said (that) …", "…, X said.", "X told Y …", "according to X", with the outlet after
 * "told" as `via` and hedges. A sentence inside a quotation that closes later takes the
 * speaker named where it closes.
 */
export const frames = (doc: Doc, lx: Lexicon, f: TokenForms, mentions: readonly (readonly ActorMention[])[]): ((i: number) => Frame) => {
  const text = doc.article.text
  // a sentence's own frame is worked out only when asked for: most sentences report no event
  // and hold no quotation, and the reporting-verb search is the costly part
  const memo: (Frame | undefined)[] = new Array<Frame | undefined>(doc.sentences.length)
  const own = (i: number): Frame => (memo[i] ??= frameOf(doc, lx, f, doc.sentences[i]!.tokens, mentions[i]!))
  // quotations running over several sentences or paragraphs: “A. B.” “C,” the official added.
  const taken = new Map<number, Frame>()
  const frame = (i: number): Frame => taken.get(i) ?? own(i)
  let depth = 0
  let waiting: number[] = []
  doc.sentences.forEach((s, i) => {
    const body = text.slice(s.span[0], s.span[1])
    // a new paragraph closes any quotation left open (a stray or unbalanced quote mark)
    const gap = i > 0 ? text.slice(doc.sentences[i - 1]!.span[1], s.span[0]) : ''
    if (/\n\s*\n/.test(gap)) depth = 0
    const quoted = depth > 0 || /^[“"]/.test(body)
    const marks = QUOTE_MARK.test(body)
    if (marks) {
      for (const ch of body) {
        if (ch === '“') depth++
        else if (ch === '”') depth = Math.max(0, depth - 1)
        else if (ch === '"') depth = depth > 0 ? 0 : 1
      }
    }
    // outside any quotation and closing none, a sentence neither waits for a speaker nor names one for others
    if (!quoted && !marks) {
      waiting = []
      return
    }
    const mine = own(i)
    // “…,” Pompeo said. “If these actions take place, …”: a quotation that opens right after a
    // speaker's, in the same paragraph, goes on in the same voice
    const prev = i > 0 ? frame(i - 1) : null
    if (quoted && /^[“"]/.test(body) && mine.attribution.kind === 'author' && prev && prev.attribution.kind !== 'author' && !/\n/.test(gap)) {
      taken.set(i, { attribution: prev.attribution, verb: null, hedgeToken: mine.hedgeToken })
      return
    }
    if (mine.attribution.kind !== 'author' && /[”"]/.test(body)) {
      for (const w of waiting) taken.set(w, { attribution: mine.attribution, verb: null, hedgeToken: own(w).hedgeToken })
      waiting = []
    } else if (quoted && mine.attribution.kind === 'author') waiting.push(i)
    else if (!quoted) waiting = []
  })
  return frame
}

/** A mention right after a preposition ("in Iraq", "of the ministry"): the object of a phrase, not a clause subject. */
const objectOfPreposition = (doc: Doc, m: ActorMention): boolean => {
  const k = tokenStarting(doc.tokens, m.span[0]) - 1
  return k >= 0 && doc.tokens[k]!.pos === 'ADP'
}

const QUOTE_MARK = /[“”"]/

const frameOf = (doc: Doc, lx: Lexicon, f: TokenForms, [from, to]: readonly [number, number], inSentence: readonly ActorMention[]): Frame => {
  const { tokens } = doc
  const hedges = findPhrases(lx.hedges, f, from, to)
  const hedge = hedges[0]?.value ?? null
  const hedgeToken = hedges[0]?.start ?? -1
  const spanOf = (a: number, b: number): Span => [tokens[a]!.span[0], tokens[b - 1]!.span[1]]

  // according to X
  const acc = hedges.find((h) => h.value === 'according to')
  if (acc) {
    const who = inSentence.find((m) => m.span[0] >= tokens[acc.end - 1]!.span[1] && m.span[0] - tokens[acc.end - 1]!.span[1] < 8)
    const unnamed = findPhrases(lx.unnamed, f, acc.end, Math.min(to, acc.end + 4))[0]
    if (unnamed && !who) return { attribution: { kind: 'unnamed-sources', who: spanOf(unnamed.start, unnamed.end), via: null, hedge: 'according to' }, verb: null, hedgeToken }
    if (who) return { attribution: { ...speaker(who), hedge: 'according to' }, verb: null, hedgeToken }
  }

  // a reporting verb with its speaker
  for (let i = from; i < to; i++) {
    if (tokens[i]!.pos !== 'VERB' || !lx.reporting.has(f.lemma[i]!)) continue
    const at = tokens[i]!.span
    // the speaker: the nearest mention before the verb (X said), else right after it (…, said X)
    const after = inSentence.find((m) => m.span[0] >= at[1] && m.span[0] - at[1] < 3)
    // "Newly confirmed Secretary of State Mike Pompeo traveled …": a participle before a name describes it, it reports nothing
    const prev = i > from ? f.lower[i - 1]! : ''
    if (after && /ed$/.test(f.lower[i]!) && prev !== ',' && !/^[“”"']$/.test(prev) && (i === from || tokens[i - 1]!.pos === 'ADV' || tokens[i - 1]!.pos === 'DET')) continue
    // "Moon applauded Trump, noting …", "Trump blamed China … and suggested …": a verb sharing the
    // clause's subject has that subject as its speaker, not the object named just before it
    const shared = prev === 'and' || (prev === ',' && /ing$/.test(f.lower[i]!))
    const near = inSentence.filter((m) => m.span[1] <= at[0] && at[0] - m.span[1] < 40)
    // ("The Red Cross operating in Iraq said": a place after a preposition is no speaker)
    const before = shared ? inSentence.find((m) => m.span[1] <= at[0] && !POSSESSIVE_PRONOUN.test(doc.article.text.slice(m.span[0], m.span[1]))) : (near.filter((m) => !objectOfPreposition(doc, m)).at(-1) ?? near.at(-1))
    let who = before ?? after
    const words = wordsBefore(f, from, i)
    if (!who) {
      // a proper name the dictionary does not know still names its speaker ("…,” Kirby said.)
      const name = doc.chunks.find((c) => c.tokens[1] === i || c.tokens[0] === i + 1)
      if (name && name.tokens[0] >= from) return { attribution: { kind: 'named', who: name.span, via: null, hedge }, verb: i, hedgeToken }
      const unnamed = findPhrases(lx.unnamed, f, Math.max(from, i - 5), i)[0]
      if (unnamed) return { attribution: { kind: 'unnamed-sources', who: spanOf(unnamed.start, unnamed.end), via: null, hedge }, verb: i, hedgeToken }
      const docWord = words.find((w) => lx.documents.has(w.word))
      if (docWord) return { attribution: { kind: 'document', who: spanOf(docWord.index, docWord.index + 1), via: null, hedge }, verb: i, hedgeToken }
      continue
    }
    if (who.sector === 'MED' && after && after !== who) who = after
    const a = speaker(who)
    // "told the Financial Times": the outlet is the channel, not the source
    const outlet = f.lemma[i] === 'tell' ? inSentence.find((m) => m.span[0] >= at[1] && m.span[0] - at[1] < 6 && m.sector === 'MED') : undefined
    return { attribution: { ...a, via: outlet ? outlet.span : null, hedge: hedge ?? a.hedge }, verb: i, hedgeToken }
  }
  return { attribution: hedge ? { ...AUTHOR, hedge } : AUTHOR, verb: null, hedgeToken }
}

const wordsBefore = (f: TokenForms, from: number, i: number): { word: string; index: number }[] => {
  const out: { word: string; index: number }[] = []
  for (let k = Math.max(from, i - 4); k < i; k++) out.push({ word: f.lemma[k]!, index: k })
  return out
}

/** What kind of source a speaker is: a named person or body, or someone only described. */
const speaker = (m: ActorMention): Attribution => {
  const kind: AttributionKind = m.kind === 'person' || m.kind === 'group' ? (m.name ? 'named' : 'anonymous') : 'named'
  return { kind, who: m.span, via: null, hedge: null }
}
