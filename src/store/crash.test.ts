import { after } from 'node:test'
import { crashSuite } from '../../test/crash-suite.ts'
import { tempDir } from '../../test/helpers.ts'
import { NO_PG, PG_BIN, startPg, type PgServer } from '../../test/pg-server.ts'

const cleanups: (() => Promise<void> | void)[] = []
after(async () => {
  for (const c of cleanups) await c()
})

crashSuite('PGlite', async () => {
  const { dir, cleanup } = await tempDir()
  cleanups.push(cleanup)
  const data = `${dir}/data`
  return { store: { data, url: '' }, env: { DATABASE_URL: '', OVERTURE_DATA: data }, args: [], dir }
})

let server: PgServer | null = null
crashSuite(
  'PostgreSQL',
  async () => {
    const { dir, cleanup } = await tempDir()
    cleanups.push(cleanup)
    server = await startPg()
    cleanups.push(() => server?.stop())
    const url = server.database('crash')
    return { store: { url }, env: { DATABASE_URL: url }, args: [], dir }
  },
  PG_BIN ? false : NO_PG,
)
