import { article, message, toIsoDate, type Message } from '../core/index.ts'
import { read, skip, type IngestItem } from './item.ts'
import { formatBytes, type ReadOptions } from './limits.ts'
import { splitLines } from './lines.ts'

const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * JSON Lines corpora: one `{id, text, date?, title?, outlet?, url?}` a line. Streamed a line at a
 * time; a bad line is a message and the next line is read.
 */
export async function* readJsonl(chunks: AsyncIterable<Uint8Array>, input: string, baseId: string, options: ReadOptions): AsyncGenerator<IngestItem> {
  for await (const line of splitLines(chunks, options.maxArticleBytes * 2)) {
    const where = `${input}:${line.number}`
    if (line.tooLong !== null) {
      yield skip(message('error', 'too-large', where, `line is over ${formatBytes(line.tooLong)} (twice the ${formatBytes(options.maxArticleBytes)} article limit, --max-article-size); skipped`))
      continue
    }
    let raw: string
    try {
      raw = utf8.decode(line.bytes)
    } catch {
      yield skip(message('error', 'invalid-utf8', where, 'line is not valid UTF-8'))
      continue
    }
    if (raw.trim() === '') continue
    yield parseLine(raw, where, `${baseId}:${line.number}`, options)
  }
}

const parseLine = (raw: string, where: string, fallbackId: string, options: ReadOptions): IngestItem => {
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch (e) {
    return skip(message('error', 'jsonl-not-json', where, `line is not JSON (${(e as Error).message})`))
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return skip(message('error', 'jsonl-not-object', where, 'line is JSON but not an object {id, text, …}'))
  }
  const rec = value as Record<string, unknown>
  if (typeof rec.text !== 'string') {
    return skip(message('error', 'jsonl-no-text', where, rec.text === undefined ? 'line has no "text" field' : '"text" is not a string'))
  }
  if (rec.text.trim() === '') return skip(message('error', 'empty', where, '"text" is empty'))
  if (rec.text.length > options.maxArticleBytes) {
    return skip(message('error', 'too-large', where, `article is ${formatBytes(rec.text.length)}, over the ${formatBytes(options.maxArticleBytes)} article limit (--max-article-size)`))
  }
  const notes: Message[] = []
  const str = (k: string): string | null => {
    const v = rec[k]
    if (v == null) return null
    if (typeof v === 'string') return v.trim() === '' ? null : v
    if (typeof v === 'number' && k === 'id') return String(v)
    notes.push(message('warning', 'jsonl-bad-field', where, `"${k}" is not a string; ignored`))
    return null
  }
  const rawDate = str('date')
  const date = toIsoDate(rawDate)
  if (rawDate && !date) notes.push(message('warning', 'bad-date', where, `"date" ${JSON.stringify(rawDate)} is not a date; the article has no date`))
  const url = str('url')
  return read(
    article({
      id: str('id') ?? fallbackId,
      text: rec.text,
      date,
      title: str('title'),
      outlet: str('outlet'),
      url,
      input: where,
      format: 'jsonl',
      header: null,
    }),
    notes,
  )
}
