import type { Chunk, Doc, Token } from '../core/index.ts'

/** Lower-case particles inside names: "Secretary of State", "Bashar al-Assad", "Mohammed bin Salman". */
const NAME_PARTICLES = new Set(['of', 'al', 'el', 'bin', 'ibn', 'de', 'da', 'del', 'van', 'von', 'der', 'la', 'le', 'du'])

/**
 * Stage: proper-noun chunks — runs of PROPN tokens inside a sentence, joined across name
 * particles and unspaced hyphens ("Al-Qaeda"), never across a possessive or comma.
 */
export const chunk = (doc: Doc): Doc => {
  const { tokens, sentences } = doc
  const text = doc.article.text
  const chunks: Chunk[] = []
  for (const s of sentences) {
    let i = s.tokens[0]
    const end = s.tokens[1]
    while (i < end) {
      if (tokens[i]!.pos !== 'PROPN') {
        i++
        continue
      }
      let j = i + 1
      while (j < end) {
        const t = tokens[j]!
        if (t.pos === 'PROPN') j++
        else if (joins(text, tokens, j, end)) j += 2
        else break
      }
      chunks.push({ kind: 'propn', span: [tokens[i]!.span[0], tokens[j - 1]!.span[1]], tokens: [i, j] })
      i = j
    }
  }
  return { ...doc, chunks }
}

/** Token j is a particle or an unspaced hyphen between proper nouns. */
const joins = (text: string, tokens: readonly Token[], j: number, end: number): boolean => {
  const t = tokens[j]!
  const next = tokens[j + 1]
  if (j + 1 >= end || !next || next.pos !== 'PROPN') return false
  const prev = tokens[j - 1]!
  if (text.slice(t.span[0], t.span[1]) === '-') return prev.span[1] === t.span[0] && t.span[1] === next.span[0]
  return NAME_PARTICLES.has(t.lemma) && text.charCodeAt(t.span[0]) >= 97 // lower case: "of", not "Of"
}
