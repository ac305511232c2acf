import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import type { Store } from '../store/index.ts'
import { createApi, securityHeaders } from './app.ts'

/** Where `vite build` puts the web UI (see vite.config.ts). */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url))

export interface ServerOptions {
  readonly store: Store
  readonly token?: string | undefined
  /** the built web UI; null serves the API alone */
  readonly webDir?: string | null
}

/**
 * One process serves the JSON API under /api and the built web UI everywhere else (a single-page
 * app: unknown paths get its index.html). Every response carries the security headers.
 */
export const createServer = (o: ServerOptions): Hono => {
  const app = new Hono()
  app.use('*', securityHeaders())
  app.route('/api', createApi({ store: o.store, token: o.token }))
  app.all('/api/*', (c) => c.json({ status: 404, message: `no such endpoint: ${c.req.method} ${c.req.path}` }, 404))
  const web = o.webDir === undefined ? WEB_DIST : o.webDir
  if (web && existsSync(`${web}index.html`)) {
    const index = readFileSync(`${web}index.html`, 'utf8')
    app.use('/assets/*', serveStatic({ root: relativeRoot(web) }))
    app.get('/favicon.svg', serveStatic({ root: relativeRoot(web) }))
    app.get('*', (c) => c.html(index))
  } else {
    app.get('*', (c) => c.text('The web UI is not built: run `npm run build:web` (npm ci does it). The API is at /api.', 503))
  }
  return app
}

/** serveStatic takes a root relative to the working directory. */
const relativeRoot = (dir: string): string => {
  const cwd = process.cwd()
  return dir.startsWith(cwd) ? `.${dir.slice(cwd.length)}` : dir
}

export const webBuilt = (dir: string = WEB_DIST): boolean => existsSync(`${dir}index.html`)
