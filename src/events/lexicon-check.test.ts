import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { test } from 'node:test'
import { hasShared, NO_SHARED } from '../../test/helpers.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

// the lexicon's own checker (shape, lemmas wink gives, no entry reading one span as two types)
// runs with the tests, so that an entry or a field added without it is caught
test('data/lexicon/triggers.json passes scripts/lexicon/check-triggers.ts', { skip: !hasShared && NO_SHARED }, () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/lexicon/check-triggers.ts', '--quiet'], { cwd: ROOT, encoding: 'utf8' })
  assert.equal(run.status, 0, run.stdout + run.stderr)
})
