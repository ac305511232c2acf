import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { article, type Article, type Message, type Span } from '../src/core/index.ts'
import { readInputs, type IngestItem, type ReadOptions } from '../src/ingest/index.ts'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** `../shared` beside the repository: real corpus, spec and gold data. Tests that need it skip without it. */
export const SHARED = resolve(root, '..', 'shared')
export const hasShared = existsSync(join(SHARED, 'corpus'))
export const NO_SHARED = `needs ../shared beside the repository (not found at ${SHARED})`
export const shared = (...parts: string[]): string => join(SHARED, ...parts)

export const fixture = (name: string): string => join(root, 'test', 'fixtures', name)

export interface Collected {
  readonly articles: Article[]
  readonly notes: Message[]
  readonly problems: Message[]
}

/** Reads inputs to the end and sorts what came out. */
export const collect = async (inputs: readonly string[], options?: ReadOptions, stdin?: AsyncIterable<Uint8Array>): Promise<Collected> => {
  const out: Collected = { articles: [], notes: [], problems: [] }
  const items: AsyncIterable<IngestItem> = readInputs(inputs, options, stdin)
  for await (const item of items) {
    if (item.kind === 'read') {
      out.articles.push(item.article)
      out.notes.push(...item.notes)
    } else out.problems.push(item.problem)
  }
  return out
}

/** A fresh temporary directory, removed by the returned cleanup. */
export const tempDir = async (): Promise<{ dir: string; cleanup: () => Promise<void> }> => {
  const dir = await mkdtemp(join(tmpdir(), 'overture-test-'))
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) }
}

export async function* bytesOf(...chunks: (string | Uint8Array)[]): AsyncGenerator<Uint8Array> {
  for (const c of chunks) yield typeof c === 'string' ? Buffer.from(c) : c
}

/** A plain-text article made for a test. */
export const articleOf = (text: string, date: string | null = null, header: Span | null = null): Article =>
  article({ id: 't', text, date, title: null, outlet: null, url: null, input: 't', format: 'text', header })
