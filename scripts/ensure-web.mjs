#!/usr/bin/env node
// Before `npm start`: build the web UI if it is not built yet (npm ci normally builds it).
import { existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'

if (!existsSync(new URL('../web/dist/index.html', import.meta.url))) {
  process.stderr.write('building the web UI (once)…\n')
  const r = spawnSync(process.execPath, [new URL('../node_modules/vite/bin/vite.js', import.meta.url).pathname, 'build', '--logLevel', 'warn'], { stdio: 'inherit' })
  process.exit(r.status ?? 1)
}
