import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ConfigError } from '../core/index.ts'

const PATH = fileURLToPath(new URL('../../data/lexicon/plover-scores.json', import.meta.url))

let cached: ReadonlyMap<string, number> | null = null

/** PLOVER's cooperation–conflict scores (-10 … +10) by `TYPE` and `TYPE:mode` (data/lexicon/plover-scores.json). */
export const ploverScores = (): ReadonlyMap<string, number> => {
  if (cached) return cached
  try {
    const raw = JSON.parse(readFileSync(PATH, 'utf8')) as { scores: Record<string, number> }
    cached = new Map(Object.entries(raw.scores))
  } catch (e) {
    throw new ConfigError('scores', `${PATH}: cannot read PLOVER scores: ${(e as Error).message}`)
  }
  return cached
}

/** The score of one event: its mode's when the table has one, else its type's. */
export const scoreOf = (type: string, mode: string | null): number => {
  const s = ploverScores()
  return (mode !== null ? s.get(`${type}:${mode}`) : undefined) ?? s.get(type) ?? 0
}
