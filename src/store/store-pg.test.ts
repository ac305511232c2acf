import { after } from 'node:test'
import { NO_PG, PG_BIN, startPg, type PgServer } from '../../test/pg-server.ts'
import { storeSuite } from '../../test/store-suite.ts'
import { openStore } from './index.ts'

// integration: the same behaviour on a real PostgreSQL server, started on loopback for these tests
let server: PgServer | null = null
after(() => server?.stop())
storeSuite(
  'PostgreSQL',
  async () => {
    server = await startPg()
    return openStore({ url: server.database('suite') })
  },
  PG_BIN ? false : NO_PG,
)
