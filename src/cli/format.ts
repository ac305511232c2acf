import type { ArticleRecord } from './record.ts'

export const FORMATS = ['jsonl', 'table'] as const
export type OutputFormat = (typeof FORMATS)[number]

export const jsonLine = (rec: ArticleRecord): string => `${JSON.stringify(rec)}\n`

const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s)
const pad = (s: string, n: number): string => clip(s, n).padEnd(n)

export const TABLE_HEADER = `${pad('article', 28)} ${pad('date', 10)} ${'sent'.padStart(5)} ${'tokens'.padStart(7)} ${'times'.padStart(5)}  title\n`

/** A human-readable block for one article: a row, then its time expressions resolved. */
export const tableRow = (rec: ArticleRecord, showTimes = 4): string => {
  const row = `${pad(rec.id, 28)} ${pad(rec.date ?? '—', 10)} ${String(rec.sentences.length).padStart(5)} ${String(rec.tokens).padStart(7)} ${String(rec.times.length).padStart(5)}  ${clip(rec.title ?? '', 60)}\n`
  const times = rec.times
    .slice(0, showTimes)
    .map((t) => `    ${pad(JSON.stringify(t.text), 30)} → ${t.start ?? '?'}${t.end && t.end !== t.start ? ` .. ${t.end}` : ''} (${t.grain})\n`)
    .join('')
  const more = rec.times.length > showTimes ? `    … ${rec.times.length - showTimes} more\n` : ''
  return row + times + more
}
