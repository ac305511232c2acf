import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * A real PostgreSQL server for integration tests: Debian's package (`.ci/run` installs it),
 * initialised in a temporary directory, listening on 127.0.0.1 only, trust authentication, and
 * removed at stop. As root the server runs as the `postgres` user (PostgreSQL refuses root).
 */
export interface PgServer {
  readonly url: string
  /** a URL for a fresh database on this server */
  database(name: string): string
  stop(): void
}

const binDir = (): string | null => {
  const base = '/usr/lib/postgresql'
  if (!existsSync(base)) return null
  const versions = readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a))
  return versions[0] ? join(base, versions[0], 'bin') : null
}

export const PG_BIN = binDir()
export const NO_PG = 'needs PostgreSQL (Debian package postgresql; .ci/run installs it)'

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port
      s.close(() => resolve(port))
    })
  })

export const startPg = async (): Promise<PgServer> => {
  if (!PG_BIN) throw new Error(NO_PG)
  const root = process.getuid?.() === 0
  const dir = mkdtempSync(join(tmpdir(), 'overture-pg-'))
  const data = join(dir, 'data')
  const asPg = (cmd: string, args: string[]): void => {
    const [file, argv] = root ? ['runuser', ['-u', 'postgres', '--', join(PG_BIN!, cmd), ...args]] : [join(PG_BIN!, cmd), args]
    const r = spawnSync(file, argv, { encoding: 'utf8' })
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.stdout}`)
  }
  if (root) execFileSync('chown', ['postgres', dir])
  asPg('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '-N'])
  const port = await freePort()
  asPg('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-o', `-h 127.0.0.1 -p ${port} -k ${dir} -F`, 'start'])
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`
  return {
    url,
    database: (name) => {
      const r = spawnSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-qc', `create database "${name}"`], { encoding: 'utf8' })
      if (r.status !== 0) throw new Error(`create database ${name}: ${r.stderr}`)
      return `postgres://postgres@127.0.0.1:${port}/${name}`
    },
    stop: () => {
      try {
        asPg('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'])
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    },
  }
}

