#!/usr/bin/env node
// Finds every *.test.ts under src/ and test/ and runs them with node's test runner through tsx.
// (Node 20's --test does not expand glob patterns itself.) Extra arguments pass through, e.g.
// `npm test -- --test-name-pattern=feed`.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

const files = ['src', 'test']
  .flatMap((dir) => readdirSync(dir, { recursive: true }).map((f) => join(dir, String(f))))
  .filter((f) => f.endsWith('.test.ts') && !f.split(/[\\/]/).includes('node_modules'))
  .sort()
const extra = process.argv.slice(2)
const reporter = extra.some((a) => a.startsWith('--test-reporter')) ? [] : ['--test-reporter=spec']
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...reporter, ...extra, ...files], { stdio: 'inherit' })
process.exit(r.status ?? 1)
