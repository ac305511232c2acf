#!/usr/bin/env node
// Runs the TypeScript sources directly (bin/ts-loader.mjs transforms each file as it is loaded),
// so the `overture` bin works right after `npm ci` with no build step.
import { register } from 'node:module'

register('./ts-loader.mjs', import.meta.url)
const { main } = await import('../src/cli/main.ts')
process.exitCode = await main(process.argv.slice(2))
