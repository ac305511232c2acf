// The Phoenix/PETRARCH2 actor dictionaries in ../shared/reference/petrarch2 (MIT), as the import
// scripts read them: TABARI .actors entries (a NAME_ line, `+` synonym lines, `[CODE dates]` code
// lines or codes on the name line) and CAMEO's country codes. Used by import-phoenix-persons.ts and
// import-phoenix-groups.ts; never at run time.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

export const REFERENCE = resolve('..', 'shared', 'reference', 'petrarch2')
export const CORPUS = resolve('..', 'shared', 'corpus', 'allsides-intl.jsonl.gz')

export interface Code {
  readonly code: string
  /** the raw date part: "550101-000101", ">011222", "<900823", "" */
  readonly dates: string
}
export interface Raw {
  /** which source file: for messages */
  readonly file: string
  readonly line: number
  readonly forms: string[]
  readonly codes: Code[]
  readonly comment: string
}

export const codesIn = (s: string): Code[] =>
  [...s.matchAll(/\[([A-Z]*)\s*([^\]]*)\]/g)].map((m) => ({ code: m[1]!, dates: m[2]!.replace(/\s+/g, '') }))

/**
 * Entries of a TABARI .actors file: a NAME_ line, `+` synonym lines, code lines (or codes on the
 * name line). Reading stops at a line matching `stopAt`; `fixes` replaces names the source wrote
 * wrongly. A comment line ends the entry (synonyms after it are not read).
 */
export const parseActors = (path: string, file: string, stopAt: RegExp | null, fixes: Readonly<Record<string, string>> = {}): Raw[] => {
  const out: Raw[] = []
  let cur: Raw | null = null
  const lines = readFileSync(path, 'utf8').split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (stopAt?.test(line)) break
    if (/^\s*$/.test(line)) continue
    if (/^#/.test(line)) {
      cur = null
      continue
    }
    const hash = line.indexOf('#')
    const body = hash >= 0 ? line.slice(0, hash) : line
    const comment = hash >= 0 ? line.slice(hash + 1).trim() : ''
    if (/^\s/.test(line)) {
      // a code line; a comment on it belongs to the entry (International: "[ELI]# IGOrulers.txt")
      if (!cur) continue
      if (/^\s*\[/.test(body)) {
        cur.codes.push(...codesIn(body))
        if (comment) (cur as { comment: string }).comment ||= comment
      } else cur = null // "\tJOHN_MCCLOY_ [...]": a stray indented name; its entry is not read
      continue
    }
    if (line.startsWith('+')) {
      if (cur) cur.forms.push(body.slice(1).trim())
      continue
    }
    const bracket = body.indexOf('[')
    const written = (bracket >= 0 ? body.slice(0, bracket) : body).trim()
    const name = fixes[written] ?? written
    cur = { file, line: i + 1, forms: [name], codes: bracket >= 0 ? codesIn(body.slice(bracket)) : [], comment }
    out.push(cur)
  }
  return out
}

/** A name as the dictionary matches it: accents, case, curly apostrophes, hyphens and spaces aside. */
export const norm = (s: string): string =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’‘`]/g, "'").replace(/[-\s]+/g, ' ').trim()

/** CAMEO country codes that are not ISO 3166-1 alpha-3 */
export const COUNTRY_CODES: Readonly<Record<string, string>> = { TMP: 'TLS', ROM: 'ROU', ZAR: 'COD' }
