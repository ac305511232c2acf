import type { Doc } from '../core/index.ts'
import { corefer } from './coref.ts'
import { buildGazetteer, normToken } from './gazetteer.ts'
import { dictionary } from './load.ts'
import { indexOffices } from './offices.ts'
import { resolveSentences, type Resources } from './resolve.ts'

export { loadDictionary, dictionary, ACTORS_DIR } from './load.ts'
export type { Dictionary, Person, Role, Institution, Country, Office } from './types.ts'

let shared: Resources | null = null
/** Dictionary, token trie and office index, built once per process. */
export const resources = (): Resources => {
  if (!shared) {
    const dict = dictionary()
    shared = { dict, gaz: buildGazetteer(dict), offices: indexOffices(dict, (s) => normToken(s)), personById: new Map(dict.persons.map((p) => [p.id, p])) }
  }
  return shared
}

/** Stage: actor mentions, resolved against the dictionary as of each sentence's date, with coreference. */
export const resolveActors = (doc: Doc): Doc => {
  const res = resources()
  const text = doc.article.text
  const keys = doc.tokens.map((t) => normToken(text.slice(t.span[0], t.span[1])))
  const upper = doc.tokens.map((t) => {
    const c = text.charCodeAt(t.span[0])
    return c >= 65 && c <= 90 ? true : c < 128 ? false : /^\p{Lu}/u.test(text.slice(t.span[0], t.span[0] + 2))
  })
  const mentions = corefer(doc, resolveSentences(doc, res, keys, upper), res, keys)
  return { ...doc, mentions }
}

/** The country a demonym names ("Indian" → IND), for words that modify an event's object ("an Indian proposal"). */
export const demonymCountry = (word: string): { iso3: string; name: string } | null => {
  const res = resources()
  demonyms ??= new Map(res.dict.countries.flatMap((c) => c.demonyms.filter((d) => !c.ambiguous.includes(d)).map((d) => [d, { iso3: c.iso3, name: c.name }] as const)))
  return demonyms.get(word) ?? null
}
let demonyms: Map<string, { iso3: string; name: string }> | null = null
