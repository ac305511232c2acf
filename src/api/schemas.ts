import { z } from '@hono/zod-openapi'
import { isIsoDate, PLOVER_TYPES } from '../core/index.ts'

/**
 * The API's shapes, as zod schemas: they validate requests, generate /api/openapi.json and type
 * the web UI's client (one source for all three).
 */
/** Arrays in our records are readonly; so are the schemas' */
const list = <T extends z.ZodType>(t: T) => z.array(t).readonly()
const span = z.tuple([z.number().int(), z.number().int()]).readonly().openapi({ description: '[start, end) UTF-16 offsets into the article text' })
const isoDate = z.string().refine(isIsoDate, 'not a date YYYY-MM-DD')
const country = z
  .string()
  .regex(/^([A-Za-z]{3})$/, 'an ISO 3166 alpha-3 code or IGO')
  .transform((s) => s.toUpperCase())

export const Actor = z
  .object({
    text: z.string(),
    name: z.string().nullable(),
    country: z.string().nullable(),
    sector: z.string().nullable(),
    level: z.string().nullable(),
    role: z.string().nullable(),
  })
  .openapi('Actor')

export const EventRecord = z
  .object({
    id: z.string(),
    article: z.string(),
    type: z.enum(PLOVER_TYPES),
    mode: z.string().nullable(),
    context: list(z.string()),
    source: Actor,
    target: Actor.nullable(),
    modality: z.enum(['asserted', 'negated', 'future', 'hypothetical']),
    count: z.number().int(),
    answer: z.enum(['none', 'accepted', 'refused']).nullable(),
    date: z.object({ text: z.string(), start: z.string().nullable(), end: z.string().nullable() }).nullable(),
    location: z.object({ text: z.string(), country: z.string().nullable() }).nullable(),
    attribution: z.object({ kind: z.string(), who: z.string().nullable(), via: z.string().nullable(), hedge: z.string().nullable() }),
    evidence: z.object({ sentences: list(span), trigger: span, cue: span.nullable() }),
  })
  .openapi('EventRecord', { description: 'spec/event.schema.json' })

export const Report = z
  .object({
    event: z.string(),
    article: z.string(),
    outlet: z.string().nullable(),
    title: z.string().nullable(),
    url: z.string().nullable(),
    articleDate: z.string().nullable(),
    trigger: z.string(),
    record: EventRecord,
  })
  .openapi('Report')

export const FusedEvent = z
  .object({
    id: z.string(),
    type: z.string(),
    mode: z.string().nullable(),
    modality: z.string(),
    source: Actor,
    target: Actor.nullable(),
    date: z.object({ start: z.string().nullable(), end: z.string().nullable() }),
    when: z.string().nullable(),
    count: z.number().int(),
    answer: z.string().nullable(),
    corroboration: z.number().int(),
    onRecord: z.boolean(),
    reports: list(Report),
  })
  .openapi('FusedEvent', { description: 'one happening with every report of it' })

const Endpoint = z.object({ country: z.string(), sector: z.string().nullable(), level: z.string().nullable() })
const Item = z.object({ event: FusedEvent, date: z.string().nullable() })
export const Channel = z
  .object({
    label: z.string(),
    ends: z.tuple([Endpoint, Endpoint]).readonly().nullable(),
    lastContact: Item.nullable(),
    openRequests: list(Item.extend({ waitingDays: z.number().int().nullable(), asks: z.number().int() })),
    refusals: list(Item),
    announced: list(Item),
    didNotHappen: list(Item),
    temperature: list(z.object({ month: z.string(), sum: z.number(), mean: z.number(), events: z.number().int() })),
    events: z.number().int(),
  })
  .openapi('Channel')

export const Board = z.object({ a: z.string(), b: z.string(), asOf: z.string().nullable(), channels: list(Channel) }).openapi('Board')

export const Mention = z.object({
  span,
  kind: z.string(),
  name: z.string().nullable(),
  country: z.string().nullable(),
  sector: z.string().nullable(),
  level: z.string().nullable(),
  role: z.string().nullable(),
  person: z.string().nullable(),
  how: z.string(),
})

export const ArticleView = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    url: z.string().nullable(),
    date: z.string().nullable(),
    text: z.string(),
    mentions: list(Mention),
    times: list(z.object({ span, start: z.string().nullable(), end: z.string().nullable(), grain: z.string(), rule: z.string() })),
    events: list(EventRecord.extend({ happening: z.string().nullable() })),
    messages: list(z.object({ severity: z.string(), code: z.string(), reason: z.string() })),
  })
  .openapi('Article', { description: 'an article with its annotations as offsets into its text' })

export const SearchHit = z
  .object({ id: z.string(), title: z.string().nullable(), outlet: z.string().nullable(), date: z.string().nullable(), rank: z.number(), snippet: z.string() })
  .openapi('SearchHit')

const Office = z.object({ office: z.string(), title: z.string(), sector: z.string(), level: z.string().nullable(), from: z.string(), to: z.string().nullable(), country: z.string().nullable() })
export const ActorSummary = z
  .object({ id: z.string(), kind: z.enum(['person', 'country']), name: z.string(), country: z.string(), mentions: z.number().int() })
  .openapi('ActorSummary')
export const ActorPage = z
  .object({
    id: z.string(),
    kind: z.enum(['person', 'country']),
    name: z.string(),
    country: z.string(),
    offices: list(Office),
    asSource: list(FusedEvent),
    asTarget: list(FusedEvent),
    counterparts: list(z.object({ name: z.string(), country: z.string().nullable(), events: z.number().int(), asSource: z.number().int(), asTarget: z.number().int() })),
  })
  .openapi('ActorPage')

export const ErrorBody = z.object({ status: z.number().int(), message: z.string() }).openapi('Error')

export const EventQuery = z.object({
  actor: z.string().max(200).optional(),
  country: country.optional(),
  counterpart: country.optional(),
  type: z.enum(PLOVER_TYPES).optional(),
  modality: z.enum(['asserted', 'negated', 'future', 'hypothetical']).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  minCorroboration: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(10_000).optional(),
})

export const ChannelQuery = z.object({ a: country.optional(), b: country.optional(), asOf: isoDate.optional() })

export const PostedArticle = z
  .object({
    id: z.string().min(1).max(200).optional(),
    text: z.string().min(1),
    date: isoDate.optional(),
    title: z.string().max(1000).optional(),
    outlet: z.string().max(200).optional(),
    url: z.string().max(2000).optional(),
  })
  .openapi('PostedArticle')

export const Ingested = z.object({ status: z.enum(['stored', 'unchanged']), article: z.string(), events: z.number().int(), fused: z.number().int() }).openapi('Ingested')
