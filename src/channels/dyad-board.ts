import type { Kysely } from 'kysely'
import { listEvents, mostActiveDyad, newestArticleDate, type Database } from '../store/index.ts'
import { buildBoard, type Board } from './board.ts'

/**
 * The board of a dyad from the store — the most active dyad when none is given — as of a date
 * (the newest article's by default); null when the store holds no dyad. The CLI and the API both
 * ask for it here.
 */
export const dyadBoard = async (db: Kysely<Database>, a: string | null, b: string | null, asOf: string | null | undefined): Promise<Board | null> => {
  const pair = a && b ? ([a, b] as const) : await mostActiveDyad(db)
  if (!pair) return null
  const [x, y] = pair
  const events = await listEvents(db, { country: x, counterpart: y, limit: 100_000 })
  return buildBoard(x, y, events, { asOf: asOf ?? (await newestArticleDate(db)) })
}
