import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { mkdtempSync } from 'node:fs'
import { storeSuite } from '../../test/store-suite.ts'
import { openStore } from './index.ts'

// the embedded database (PGlite), in a fresh data directory
storeSuite('PGlite', () => openStore({ data: join(mkdtempSync(join(tmpdir(), 'overture-pglite-')), 'data'), url: '' }))
