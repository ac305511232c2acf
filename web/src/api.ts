import { hc, type InferResponseType } from 'hono/client'
import type { ApiApp } from '../../src/api/app.ts'

/** The typed client: request and response types come from the API's own route schemas. */
export const api = hc<ApiApp>('/api')

export type FusedEvent = InferResponseType<(typeof api.events)['$get'], 200>[number]
export type Board = InferResponseType<(typeof api.channels)['$get'], 200>
export type Channel = Board['channels'][number]
export type ArticleView = InferResponseType<(typeof api.articles)[':id']['$get'], 200>
export type ActorPage = InferResponseType<(typeof api.actors)[':id']['$get'], 200>
export type ActorSummary = InferResponseType<(typeof api.actors)['$get'], 200>[number]
export type SearchHit = InferResponseType<(typeof api.search)['$get'], 200>[number]
export type Actor = FusedEvent['source']

/** The body of a response, or an Error with the API's message. */
export const read = async <T>(pending: Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>): Promise<T> => {
  const res = await pending
  const body = (await res.json().catch(() => null)) as { message?: string } | null
  if (!res.ok) throw new Error(body?.message ?? `HTTP ${res.status}`)
  return body as T
}
