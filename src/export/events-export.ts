import { stringify } from 'csv-stringify/sync'
import { scoreOf } from '../channels/scores.ts'
import type { ActorRecord } from '../events/index.ts'
import type { FusedEvent } from '../store/events-repo.ts'

export const EXPORT_FORMATS = ['table', 'jsonl', 'csv', 'plover'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** An actor for a table cell: the name, else the words of the text, with country. */
export const actorCell = (a: ActorRecord | null): string => (a ? `${a.name ?? a.text} (${[a.country ?? '?', a.sector, a.level].filter(Boolean).join(' ')})` : '—')

/** JSON Lines: one fused event a line, with every report (its record as spec/event.schema.json). */
export const jsonlLine = (e: FusedEvent): string => `${JSON.stringify(e)}\n`

/**
 * CSV with GDELT-like columns (GLOBALEVENTID, SQLDATE, Actor1…, Actor2…, EventCode, Goldstein-like
 * score, NumSources, NumArticles, SOURCEURL), plus what GDELT lacks: mode, modality, count,
 * answer, on-the-record. The score is PLOVER's cooperation–conflict scale (-10 … +10), not
 * Goldstein's; the column says so.
 */
export const CSV_COLUMNS = [
  'GLOBALEVENTID',
  'SQLDATE',
  'Actor1Name',
  'Actor1CountryCode',
  'Actor1Sector',
  'Actor1Level',
  'Actor2Name',
  'Actor2CountryCode',
  'Actor2Sector',
  'Actor2Level',
  'EventCode',
  'EventMode',
  'Modality',
  'Count',
  'Answer',
  'PloverScore',
  'NumSources',
  'NumArticles',
  'OnRecord',
  'SOURCEURL',
] as const

export const csvHeader = (): string => stringify([[...CSV_COLUMNS]])

export const csvRow = (e: FusedEvent): string =>
  stringify([
    [
      e.id,
      (e.when ?? '').replaceAll('-', ''),
      e.source.name ?? e.source.text,
      e.source.country ?? '',
      e.source.sector ?? '',
      e.source.level ?? '',
      e.target ? (e.target.name ?? e.target.text) : '',
      e.target?.country ?? '',
      e.target?.sector ?? '',
      e.target?.level ?? '',
      e.type,
      e.mode ?? '',
      e.modality,
      e.count,
      e.answer ?? '',
      scoreOf(e.type, e.mode),
      e.corroboration,
      new Set(e.reports.map((r) => r.article)).size,
      e.onRecord ? 1 : 0,
      e.reports.find((r) => r.url)?.url ?? '',
    ],
  ])

/**
 * PLOVER JSON: the PLOVER manual's event fields (id, date, event, mode, context, source, target,
 * with actor country and sector) and its stories, plus Overture's modality, count, answer and
 * corroboration, one object a line.
 */
export const ploverLine = (e: FusedEvent): string => {
  const actor = (a: ActorRecord | null) => (a ? { text: a.text, name: a.name, country: a.country, sector: a.sector, level: a.level } : null)
  const first = e.reports[0]!.record
  return `${JSON.stringify({
    id: e.id,
    date: e.when,
    event: e.type,
    mode: e.mode,
    context: first.context,
    source: actor(e.source),
    target: actor(e.target),
    location: first.location,
    modality: e.modality,
    count: e.count,
    answer: e.answer,
    score: scoreOf(e.type, e.mode),
    corroboration: e.corroboration,
    on_record: e.onRecord,
    stories: e.reports.map((r) => ({ id: r.article, outlet: r.outlet, url: r.url, date: r.articleDate, attribution: r.record.attribution, evidence: r.record.evidence })),
  })}\n`
}

/** A readable table row: date, type/mode, modality, source → target, corroboration. */
export const tableRow = (e: FusedEvent): string => {
  const what = `${e.type}${e.mode ? `/${e.mode}` : ''}`
  const mod = e.modality === 'asserted' ? '' : ` [${e.modality}]`
  const times = e.count > 1 ? ` ×${e.count}` : ''
  const ans = e.answer ? ` answer: ${e.answer}` : ''
  return `${(e.when ?? 'undated').padEnd(10)}  ${what.padEnd(18)} ${actorCell(e.source)} → ${actorCell(e.target)}${times}${mod}${ans}  · ${e.corroboration} outlet${e.corroboration === 1 ? '' : 's'}${e.onRecord ? '' : ', not on the record'}\n`
}
