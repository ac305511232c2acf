export { createApi, securityHeaders, type ApiApp, type AppOptions } from './app.ts'
export { createServer, webBuilt, WEB_DIST, type ServerOptions } from './server.ts'
