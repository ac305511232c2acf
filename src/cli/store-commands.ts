import type { Writable } from 'node:stream'
import { dictionary } from '../actors/index.ts'
import { dyadBoard, renderBoard, type Board } from '../channels/index.ts'
import { ConfigError, isIsoDate } from '../core/index.ts'
import { csvHeader, csvRow, jsonlLine, ploverLine, tableRow, type ExportFormat } from '../export/events-export.ts'
import { listEvents, openStore, searchArticles, type EventFilter, type Store, type StoreOptions } from '../store/index.ts'

/** Opens the store for one command and always closes it. */
export const withStore = async <T>(o: StoreOptions, run: (store: Store) => Promise<T>): Promise<T> => {
  const store = await openStore({ ...o, onNote: (l) => process.stderr.write(`${l}\n`) })
  try {
    return await run(store)
  } finally {
    await store.close()
  }
}

/** A country as ISO3 (or IGO), from a code or a name ("china", "CHN", "United States"). */
export const countryArg = (value: string): string => {
  const v = value.trim()
  const dict = dictionary()
  if (/^igo$/i.test(v)) return 'IGO'
  const byCode = dict.countries.find((c) => c.iso3 === v.toUpperCase())
  if (byCode) return byCode.iso3
  const lower = v.toLowerCase()
  const byName = dict.countries.find((c) => c.name.toLowerCase() === lower || c.names.some((n) => n.toLowerCase() === lower))
  if (byName) return byName.iso3
  throw new ConfigError('bad-country', `unknown country "${value}": give an ISO 3166 alpha-3 code (USA, CHN) or a country's name`)
}

export const dateArg = (name: string, value: string | undefined): string | undefined => {
  if (value === undefined) return undefined
  if (!isIsoDate(value)) throw new ConfigError('bad-date', `${name}: "${value}" is not a date YYYY-MM-DD`)
  return value
}

/** `overture events`: the stored happenings that match, in the chosen format. */
export const writeEvents = async (store: Store, filter: EventFilter, format: ExportFormat, out: Writable): Promise<number> => {
  const events = await listEvents(store.db, filter)
  if (format === 'csv') out.write(csvHeader())
  for (const e of events) out.write(format === 'jsonl' ? jsonlLine(e) : format === 'csv' ? csvRow(e) : format === 'plover' ? ploverLine(e) : tableRow(e))
  return events.length
}

/** `overture search`: ranked articles with snippets. */
export const writeSearch = async (store: Store, text: string, limit: number, json: boolean, out: Writable): Promise<number> => {
  const hits = await searchArticles(store.db, text, limit)
  for (const h of hits) {
    out.write(json ? `${JSON.stringify(h)}\n` : `${(h.date ?? 'undated').padEnd(10)}  ${h.id}  ${h.title ?? '(untitled)'}${h.outlet ? ` — ${h.outlet}` : ''}\n            ${h.snippet}\n`)
  }
  return hits.length
}

/** The board of a dyad (the most active one when none is given) as of a date (the newest article's by default). */
export const boardOf = (store: Store, a: string | null, b: string | null, asOf: string | undefined): Promise<Board | null> => dyadBoard(store.db, a, b, asOf)

export const writeBoard = (board: Board, json: boolean, out: Writable): void => {
  out.write(json ? `${JSON.stringify(board)}\n` : `${renderBoard(board)}\n`)
}
