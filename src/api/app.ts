import { createHash, timingSafeEqual } from 'node:crypto'
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { bodyLimit } from 'hono/body-limit'
import { HTTPException } from 'hono/http-exception'
import { secureHeaders } from 'hono/secure-headers'
import { dictionary, resources } from '../actors/index.ts'
import { dyadBoard } from '../channels/index.ts'
import { article as makeArticle, isOvertureError } from '../core/index.ts'
import { toEventRecord } from '../events/index.ts'
import { failed, processArticle } from '../pipeline.ts'
import {
  actorActivity,
  getArticle,
  getHappening,
  listEvents,
  mentionCounts,
  saveArticle,
  searchArticles,
  textHash,
  type Store,
} from '../store/index.ts'
import * as S from './schemas.ts'

export interface AppOptions {
  readonly store: Store
  /** the bearer token writes need; without one, writes are refused */
  readonly token?: string | undefined
  /** request bodies larger than this are refused with 413 */
  readonly maxBodyBytes?: number
}

const json = <T extends z.ZodType>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description })
const errors = {
  400: json(S.ErrorBody, 'the request is not valid'),
  404: json(S.ErrorBody, 'not found'),
}

const fail = (status: 400 | 401 | 403 | 404 | 413, message: string): never => {
  throw new HTTPException(status, { message })
}

/** Tokens compared in constant time (hashed first, so lengths do not leak either). */
const sameToken = (given: string, expected: string): boolean =>
  timingSafeEqual(createHash('sha256').update(given).digest(), createHash('sha256').update(expected).digest())

/**
 * The HTTP API (Hono): JSON only, every error `{status, message}`, request schemas validated and
 * published at /api/openapi.json. Routes are chained so the app's type carries every route, for
 * the web UI's typed client (`hc<ApiApp>`).
 */
export const createApi = (o: AppOptions) => {
  const { db } = o.store
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) {
        const issue = result.error.issues[0]
        const where = issue?.path.join('.') || 'request'
        return c.json({ status: 400, message: `${where}: ${issue?.message ?? 'invalid'}` }, 400)
      }
      return undefined
    },
  })
  app.onError((err, c) => {
    if (err instanceof HTTPException) return c.json({ status: err.status, message: err.message }, err.status)
    if (isOvertureError(err)) return c.json({ status: 400, message: err.message }, 400)
    process.stderr.write(`api: ${c.req.method} ${c.req.path}: ${(err as Error).message}\n`)
    return c.json({ status: 500, message: 'internal error' }, 500)
  })
  app.notFound((c) => c.json({ status: 404, message: `no such endpoint: ${c.req.method} ${c.req.path}` }, 404))
  app.use('*', bodyLimit({ maxSize: o.maxBodyBytes ?? 5 * 1024 * 1024, onError: (c) => c.json({ status: 413, message: 'request body too large' }, 413) }))

  const routes = app
    .openapi(
      createRoute({ method: 'get', path: '/events', request: { query: S.EventQuery }, responses: { 200: json(z.array(S.FusedEvent).readonly(), 'happenings, newest first'), ...errors } }),
      async (c) => c.json(await listEvents(db, c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({ method: 'get', path: '/events/{id}', request: { params: z.object({ id: z.string() }) }, responses: { 200: json(S.FusedEvent, 'one happening with all its reports'), ...errors } }),
      async (c) => {
        const e = await getHappening(db, c.req.valid('param').id)
        return e ? c.json(e, 200) : fail(404, `no event ${c.req.valid('param').id}`)
      },
    )
    .openapi(
      createRoute({ method: 'get', path: '/channels', request: { query: S.ChannelQuery }, responses: { 200: json(S.Board, 'the channel board of a dyad (default: the most active one)'), ...errors } }),
      async (c) => {
        const q = c.req.valid('query')
        if ((q.a === undefined) !== (q.b === undefined)) fail(400, 'give both a and b, or neither for the most active dyad')
        const board = await dyadBoard(db, q.a ?? null, q.b ?? null, q.asOf)
        return board ? c.json(board, 200) : fail(404, 'the store holds no events between two countries yet')
      },
    )
    .openapi(
      createRoute({ method: 'get', path: '/articles/{id}', request: { params: z.object({ id: z.string() }) }, responses: { 200: json(S.ArticleView, 'the article with its annotations'), ...errors } }),
      async (c) => {
        const a = await getArticle(db, c.req.valid('param').id)
        return a ? c.json(a, 200) : fail(404, `no article ${c.req.valid('param').id}`)
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/search',
        request: { query: z.object({ q: z.string().min(1).max(500), limit: z.coerce.number().int().min(1).max(200).optional() }) },
        responses: { 200: json(z.array(S.SearchHit).readonly(), 'ranked articles with snippets'), ...errors },
      }),
      async (c) => {
        const q = c.req.valid('query')
        return c.json(await searchArticles(db, q.q, q.limit ?? 20), 200)
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/actors',
        request: { query: z.object({ q: z.string().min(1).max(200) }) },
        responses: { 200: json(z.array(S.ActorSummary).readonly(), 'persons and countries whose name matches, most mentioned first'), ...errors },
      }),
      async (c) => {
        const q = c.req.valid('query').q.toLowerCase()
        const dict = dictionary()
        const persons = dict.persons.filter((p) => p.name.toLowerCase().includes(q) || p.aliases.some((a) => a.toLowerCase().includes(q))).slice(0, 200)
        const counts = await mentionCounts(db, persons.map((p) => p.id))
        const countries = dict.countries.filter((k) => k.iso3.toLowerCase() === q || k.name.toLowerCase().includes(q)).slice(0, 20)
        const out = [
          ...countries.map((k) => ({ id: k.iso3, kind: 'country' as const, name: k.name, country: k.iso3, mentions: 0 })),
          ...persons.map((p) => ({ id: p.id, kind: 'person' as const, name: p.name, country: p.country, mentions: counts.get(p.id) ?? 0 })).sort((x, y) => y.mentions - x.mentions),
        ]
        return c.json(out.slice(0, 50), 200)
      },
    )
    .openapi(
      createRoute({ method: 'get', path: '/actors/{id}', request: { params: z.object({ id: z.string() }) }, responses: { 200: json(S.ActorPage, 'an actor: offices, events as source and target, counterparts'), ...errors } }),
      async (c) => {
        const id = c.req.valid('param').id
        const res = resources()
        const person = res.personById.get(id)
        if (person) {
          const activity = await actorActivity(db, { name: person.name })
          const offices = person.offices.map((f) => ({ office: f.office, title: f.title, sector: f.sector, level: f.level, from: f.from, to: f.to, country: f.country }))
          return c.json({ id, kind: 'person' as const, name: person.name, country: person.country, offices, ...activity }, 200)
        }
        const country = dictionary().countries.find((k) => k.iso3 === id.toUpperCase())
        if (!country) return fail(404, `no actor ${id}`)
        const activity = await actorActivity(db, { country: country.iso3 })
        return c.json({ id: country.iso3, kind: 'country' as const, name: country.name, country: country.iso3, offices: [], ...activity }, 200)
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/extract',
        request: { body: { content: { 'application/json': { schema: S.PostedArticle } }, required: true } },
        responses: { 200: json(S.ArticleView, 'the posted text analysed, not stored'), ...errors },
      }),
      async (c) => {
        const body = c.req.valid('json')
        const doc = processArticle(posted(body, 'posted'))
        if (failed(doc)) fail(400, doc.messages.map((m) => m.reason).join('; '))
        return c.json(
          {
            id: doc.article.id,
            title: doc.article.title,
            outlet: doc.article.outlet,
            url: doc.article.url,
            date: doc.article.date,
            text: doc.article.text,
            mentions: doc.mentions.map((m) => ({ span: m.span, kind: m.kind, name: m.name, country: m.country, sector: m.sector, level: m.level, role: m.role, person: m.person, how: m.how })),
            times: doc.times.map((t) => ({ span: t.span, start: t.start, end: t.end, grain: t.grain, rule: t.rule })),
            events: doc.events.map((e) => ({ ...toEventRecord(doc, e), happening: null })),
            messages: doc.messages.map((m) => ({ severity: m.severity, code: m.code, reason: m.reason })),
          },
          200,
        )
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/articles',
        security: [{ bearer: [] }],
        request: { body: { content: { 'application/json': { schema: S.PostedArticle } }, required: true } },
        responses: {
          201: json(S.Ingested, 'stored'),
          200: json(S.Ingested, 'already stored: nothing changed'),
          401: json(S.ErrorBody, 'no or wrong bearer token'),
          403: json(S.ErrorBody, 'writes are disabled (no OVERTURE_TOKEN)'),
          ...errors,
        },
      }),
      async (c) => {
        if (!o.token) return fail(403, 'writes are disabled: start the server with OVERTURE_TOKEN set')
        const auth = c.req.header('authorization') ?? ''
        const m = /^Bearer\s+(.+)$/i.exec(auth)
        if (!m || !sameToken(m[1]!.trim(), o.token)) return fail(401, 'a valid "Authorization: Bearer <token>" header is required')
        const body = c.req.valid('json')
        const doc = processArticle(posted(body, `api-${textHash(body.text).slice(0, 16)}`))
        if (failed(doc)) return fail(400, doc.messages.map((x) => x.reason).join('; '))
        const r = await saveArticle(db, doc)
        return c.json(r, r.status === 'stored' ? 201 : 200)
      },
    )

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' })
  app.doc31('/openapi.json', { openapi: '3.1.0', info: { title: 'Overture API', version: '0.1.0', description: 'Official contact between governments, read from the news: events, channels, articles, actors.' } })
  return routes
}

const posted = (b: z.infer<typeof S.PostedArticle>, fallbackId: string) =>
  makeArticle({ id: b.id ?? fallbackId, text: b.text, date: b.date ?? null, title: b.title ?? null, outlet: b.outlet ?? null, url: b.url ?? null, input: '<api>', format: 'text', header: null })

export type ApiApp = ReturnType<typeof createApi>

/** Security headers for every response: a strict Content-Security-Policy (no inline script, no framing). */
export const securityHeaders = () =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      frameAncestors: ["'none'"],
      formAction: ["'self'"],
    },
  })
