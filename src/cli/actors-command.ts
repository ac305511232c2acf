import { once } from 'node:events'
import type { Writable } from 'node:stream'
import { formatMessage, type ActorMention, type Doc } from '../core/index.ts'
import { readInputs, type ReadOptions } from '../ingest/index.ts'
import { failed, processArticle } from '../pipeline.ts'

export const ACTOR_FORMATS = ['table', 'jsonl'] as const
export type ActorFormat = (typeof ACTOR_FORMATS)[number]

/** One actor mention as `overture actors --format jsonl` writes it. */
export interface MentionRecord {
  readonly article: string
  readonly text: string
  readonly start: number
  readonly end: number
  readonly name: string | null
  readonly country: string | null
  readonly sector: string | null
  readonly level: string | null
  readonly role: string | null
  readonly how: string
}

export const mentionRecord = (doc: Doc, m: ActorMention): MentionRecord => ({
  article: doc.article.id,
  text: doc.article.text.slice(m.span[0], m.span[1]),
  start: m.span[0],
  end: m.span[1],
  name: m.name,
  country: m.country,
  sector: m.sector,
  level: m.level,
  role: m.role,
  how: m.how,
})

const cell = (s: string | null, n: number): string => {
  const v = (s ?? '—').replace(/\s+/g, ' ')
  return (v.length > n ? `${v.slice(0, n - 1)}…` : v).padEnd(n)
}

const tableLine = (r: MentionRecord): string =>
  `  ${cell(r.text, 34)} ${cell(r.name, 22)} ${cell(r.country, 4)} ${cell(r.sector, 4)} ${cell(r.level, 9)} ${cell(r.role, 34)} ${r.how}\n`

export interface ActorsSummary {
  readonly articles: number
  readonly mentions: number
  readonly skipped: number
}

/** `overture actors`: the resolved actor mentions of each article, to see why an event has its actors. */
export const listActors = async (inputs: readonly string[], format: ActorFormat, read: ReadOptions, out: Writable = process.stdout): Promise<ActorsSummary> => {
  let articles = 0
  let mentions = 0
  let skipped = 0
  const write = async (s: string): Promise<void> => {
    if (!out.write(s)) await once(out, 'drain')
  }
  for await (const item of readInputs(inputs, read)) {
    if (item.kind === 'skip') {
      skipped++
      process.stderr.write(`${formatMessage(item.problem)}\n`)
      continue
    }
    const doc = processArticle(item.article, item.notes)
    if (failed(doc)) {
      skipped++
      for (const m of doc.messages) process.stderr.write(`${formatMessage(m)}\n`)
      continue
    }
    articles++
    mentions += doc.mentions.length
    const recs = doc.mentions.map((m) => mentionRecord(doc, m))
    if (format === 'jsonl') await write(recs.map((r) => `${JSON.stringify(r)}\n`).join(''))
    else await write(`${doc.article.id}${doc.article.date ? `  (${doc.article.date})` : ''}\n${recs.map(tableLine).join('') || '  (no actors found)\n'}\n`)
  }
  return { articles, mentions, skipped }
}
