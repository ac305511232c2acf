import { serve } from '@hono/node-server'
import { createServer, webBuilt } from '../api/index.ts'
import { ConfigError } from '../core/index.ts'
import { openStore, type StoreOptions } from '../store/index.ts'

/**
 * `overture serve`: the API and the web UI from one process, until SIGINT or SIGTERM, when the
 * server stops taking requests and the store is closed cleanly.
 */
export const serveUntilStopped = async (o: StoreOptions, host: string, port: number): Promise<void> => {
  const store = await openStore({ ...o, onNote: (l) => process.stderr.write(`${l}\n`) })
  const token = process.env.OVERTURE_TOKEN || undefined
  const app = createServer({ store, token })
  if (!webBuilt()) process.stderr.write('serve: the web UI is not built (npm run build:web); serving the API only\n')
  await new Promise<void>((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info) => {
      const shown = host.includes(':') ? `[${host}]` : host
      process.stderr.write(`Overture is serving ${store.where} at http://${shown}:${info.port}/ (API: /api, /api/openapi.json; writes ${token ? 'need the bearer token' : 'disabled: no OVERTURE_TOKEN'}). Ctrl-C stops it.\n`)
    })
    server.once('error', (e: NodeJS.ErrnoException) => {
      void store.close()
      reject(new ConfigError('serve', e.code === 'EADDRINUSE' ? `port ${port} on ${host} is in use: choose another with --port` : `cannot listen on ${host}:${port}: ${e.message}`))
    })
    const stop = (): void => {
      server.close(() => {
        void store.close().then(resolve, resolve)
      })
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
}
