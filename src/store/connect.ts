import { PGlite } from '@electric-sql/pglite'
import { existsSync, mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { Kysely, Migrator, PostgresDialect } from 'kysely'
import { PGliteDialect } from 'kysely-pglite-dialect'
import pg from 'pg'
import { ConfigError } from '../core/index.ts'
import { migrations } from './migrations.ts'
import type { Database } from './schema.ts'

export type Engine = 'pglite' | 'postgres'

/** An open store: one query layer (Kysely) over either engine. */
export interface Store {
  readonly db: Kysely<Database>
  readonly engine: Engine
  /** the data directory, or the server URL without its password */
  readonly where: string
  close(): Promise<void>
}

export interface StoreOptions {
  /** the embedded database's directory (default `OVERTURE_DATA`, else `./.overture`) */
  readonly data?: string | undefined
  /** a PostgreSQL server (default `DATABASE_URL`); when set, `data` is not used */
  readonly url?: string | undefined
  /** called with one line when opening takes a while (a new embedded database) */
  readonly onNote?: (line: string) => void
}

export const DEFAULT_DATA_DIR = '.overture'

/** Where the store is, from options and the environment: the server when a URL is given. */
export const storeTarget = (o: StoreOptions = {}): { engine: Engine; where: string } => {
  const url = o.url ?? process.env.DATABASE_URL
  if (url) return { engine: 'postgres', where: url }
  return { engine: 'pglite', where: resolve(o.data ?? process.env.OVERTURE_DATA ?? DEFAULT_DATA_DIR) }
}

/** The URL with its password replaced, for messages. */
export const redact = (url: string): string => {
  try {
    const u = new URL(url)
    if (u.password) u.password = '***'
    return u.toString()
  } catch {
    return '(unparseable DATABASE_URL)'
  }
}

/**
 * Opens the store and brings its schema to the latest version. Configuration mistakes (a data
 * directory that cannot be created, a server that cannot be reached, a failed migration) are
 * ConfigErrors that say which.
 */
export const openStore = async (o: StoreOptions = {}): Promise<Store> => {
  const target = storeTarget(o)
  const store = target.engine === 'postgres' ? await openServer(target.where) : await openEmbedded(target.where, o.onNote)
  try {
    const { error } = await new Migrator({ db: store.db, provider: migrations }).migrateToLatest()
    if (error) throw new ConfigError('store-migration', `${store.where}: cannot bring the schema up to date: ${(error as Error).message}`)
  } catch (e) {
    await store.close()
    throw e instanceof ConfigError ? e : new ConfigError('store-migration', `${store.where}: cannot bring the schema up to date: ${(e as Error).message}`)
  }
  return store
}

const openEmbedded = async (dir: string, onNote?: (line: string) => void): Promise<Store> => {
  const fresh = !existsSync(`${dir}/PG_VERSION`)
  try {
    mkdirSync(dir, { recursive: true })
  } catch (e) {
    throw new ConfigError('store-open', `${dir}: cannot create the data directory: ${(e as Error).message}`)
  }
  if (fresh) onNote?.(`creating the embedded database in ${dir} (first run only)…`)
  let client: PGlite
  try {
    client = await PGlite.create(dir)
  } catch (e) {
    throw new ConfigError('store-open', `${dir}: cannot open the embedded database: ${(e as Error).message}`)
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client) })
  return {
    db,
    engine: 'pglite',
    where: dir,
    close: async () => {
      await db.destroy()
      if (!client.closed) await client.close()
    },
  }
}

const openServer = async (url: string): Promise<Store> => {
  const shown = redact(url)
  const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 10_000 })
  // an idle client's connection error would otherwise be thrown from an event and crash the process
  pool.on('error', () => {})
  try {
    const c = await pool.connect()
    c.release()
  } catch (e) {
    await pool.end().catch(() => {})
    throw new ConfigError('store-open', `${shown}: cannot connect to PostgreSQL: ${(e as Error).message}`)
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  return { db, engine: 'postgres', where: shown, close: () => db.destroy() }
}
