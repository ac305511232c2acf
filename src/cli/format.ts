import type { Doc } from '../core/index.ts'
import { toEventRecord, type EventRecord } from '../events/index.ts'
import { toRecord, type ArticleRecord } from './record.ts'

/** jsonl: events as spec/event.schema.json defines them; table: events for reading; articles: the annotations of each article. */
export const FORMATS = ['jsonl', 'table', 'articles'] as const
export type OutputFormat = (typeof FORMATS)[number]


export const jsonLine = (rec: ArticleRecord | EventRecord): string => `${JSON.stringify(rec)}\n`

/** What one article becomes in each output format. */
export const render = (doc: Doc, format: OutputFormat): string => {
  if (format === 'articles') return jsonLine(toRecord(doc))
  const events = doc.events.map((e) => toEventRecord(doc, e))
  if (format === 'jsonl') return events.map(jsonLine).join('')
  return eventTable(doc, events)
}

const actorCell = (a: EventRecord['source'] | null): string =>
  a ? `${a.name ?? a.text}${a.country ? ` [${[a.country, a.sector, a.level].filter(Boolean).join(' ')}]` : ''}` : '—'

/** A readable block per article: its events with actors, modality, count, answer, date and source. */
export const eventTable = (doc: Doc, events: readonly EventRecord[]): string => {
  const a = doc.article
  const head = `${a.id}${a.date ? `  ${a.date}` : ''}${a.title ? `  ${clip(a.title, 70)}` : ''}\n`
  if (events.length === 0) return `${head}  (no events)\n\n`
  const rows = events.map((e) => {
    const extra = [
      e.modality !== 'asserted' ? e.modality.toUpperCase() : '',
      e.count > 1 ? `×${e.count}` : '',
      e.answer ? `answer: ${e.answer}` : '',
      e.date ? `${e.date.text} → ${e.date.start ?? '?'}${e.date.end && e.date.end !== e.date.start ? `..${e.date.end}` : ''}` : '',
      e.attribution.kind !== 'author' ? `per ${e.attribution.kind}${e.attribution.who ? ` "${clip(e.attribution.who, 30)}"` : ''}${e.attribution.via ? ` via ${e.attribution.via}` : ''}` : '',
      e.attribution.hedge ? `(${e.attribution.hedge})` : '',
    ].filter(Boolean)
    const trig = a.text.slice(e.evidence.trigger[0], e.evidence.trigger[1])
    return `  ${pad(`${e.type}${e.mode ? `/${e.mode}` : ''}`, 18)} ${clip(actorCell(e.source), 40)} → ${clip(actorCell(e.target), 40)}  "${clip(trig, 30)}"${extra.length ? `  ${extra.join(', ')}` : ''}\n`
  })
  return `${head}${rows.join('')}\n`
}

const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s)
const pad = (s: string, n: number): string => clip(s, n).padEnd(n)
