import type { ActorMention, Doc, Span, TimeExpr } from '../core/index.ts'
import type { AnswerKind, Lexicon } from './lexicon.ts'
import { findPhrases, type TokenForms } from './phrase.ts'

/** "three requests", "two calls", "twice", "repeated attempts": how many times it happened (default 1). */
export const countOf = (lx: Lexicon, f: TokenForms, trigger: readonly [number, number], clause: readonly [number, number]): number => {
  // a number word inside or just before the trigger ("made three requests", "repeated attempts")
  for (let i = Math.max(clause[0], trigger[0] - 2); i < trigger[1]; i++) {
    const n = lx.numbers.get(f.lower[i]!) ?? (/^\d+$/.test(f.lower[i]!) && Number(f.lower[i]) < 100 ? Number(f.lower[i]) : undefined)
    if (n && n > 1) return n
  }
  // an adverb in the clause ("called twice", "repeatedly asked")
  for (let i = clause[0]; i < clause[1]; i++) {
    const w = f.lower[i]!
    if (w === 'twice' || w === 'repeatedly' || w === 'thrice') return lx.numbers.get(w) ?? 2
  }
  return 1
}

/** How a request was answered, from the words of its sentence ("with no response" → none). */
export const answerOf = (lx: Lexicon, f: TokenForms, sentence: readonly [number, number]): AnswerKind | null =>
  findPhrases(lx.answers, f, sentence[0], sentence[1])[0]?.value ?? null

/** The time expression of the trigger's clause, else of its sentence. */
export const dateOf = (doc: Doc, clause: Span, sentence: Span, planned = false): TimeExpr | null => {
  const inside = (t: TimeExpr, s: Span): boolean => t.span[0] >= s[0] && t.span[1] <= s[1]
  const found = doc.times.find((t) => inside(t, clause)) ?? doc.times.find((t) => inside(t, sentence)) ?? null
  // a planned act cannot have happened before the article: "floating on Monday the possibility of
  // holding his expected summit" dates the floating, not the summit
  const day = doc.article.date?.slice(0, 10)
  if (planned && found?.end && day && found.end < day) return null
  return found
}

/** "in Beijing", "in Alaska", "at the White House": a place after in/at/to in the clause that is not an argument. */
export const locationOf = (
  doc: Doc,
  f: TokenForms,
  clause: readonly [number, number],
  mentions: readonly ActorMention[],
  args: readonly (ActorMention | null)[],
): { span: Span; country: string | null } | null => {
  const tokens = doc.tokens
  for (let i = clause[0]; i < clause[1] - 1; i++) {
    if (f.lower[i] !== 'in' && f.lower[i] !== 'at') continue
    const m = mentions.find((x) => x.span[0] === tokens[i + 1]!.span[0] || (f.lower[i + 1] === 'the' && x.span[0] === tokens[i + 2]?.span[0]))
    if (m && (m.kind === 'country' || m.kind === 'institution') && !args.includes(m)) return { span: m.span, country: m.country }
  }
  return null
}
