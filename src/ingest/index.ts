import { stat } from 'node:fs/promises'
import type { InputFormat } from '../core/index.ts'
import { message } from '../core/index.ts'
import { decode } from './decode.ts'
import { readFeed } from './feed-reader.ts'
import { parseHtml } from './html-reader.ts'
import { read, skip, type IngestItem } from './item.ts'
import { readJsonl } from './jsonl-reader.ts'
import { defaultReadOptions, formatBytes, type ReadOptions } from './limits.ts'
import { collect, fileChunks, gunzip, peek, walkFiles } from './sources.ts'
import { formatFromContent, formatFromName, idFromName, isGzipBytes } from './sniff.ts'
import { parsePlainText } from './text-reader.ts'

export type { IngestItem } from './item.ts'
export { DEFAULT_MAX_ARTICLE_BYTES, defaultReadOptions, formatBytes, parseSize, type ReadOptions } from './limits.ts'
export { parsePlainText } from './text-reader.ts'
export { parseHtml } from './html-reader.ts'
export { htmlToText } from './html-text.ts'
export { decode } from './decode.ts'
export { readFeed } from './feed-reader.ts'

export const STDIN = '-'

/**
 * Reads every input — files, directories (recursively), `-` for standard input — and yields one
 * item per article or per problem, in order. Nothing is held beyond the article being read: a
 * corpus streams through.
 */
export async function* readInputs(
  inputs: readonly string[],
  options: ReadOptions = defaultReadOptions,
  stdin: AsyncIterable<Uint8Array> = process.stdin,
): AsyncGenerator<IngestItem> {
  for (const input of inputs) {
    if (input === STDIN) {
      yield* guarded('<stdin>', () => readStream(stdin, '<stdin>', 'stdin', null, options))
      continue
    }
    const info = await stat(input).catch((e: NodeJS.ErrnoException) => e)
    if (info instanceof Error) {
      const reason = info.code === 'ENOENT' ? 'no such file or directory' : info.code === 'EACCES' ? 'permission denied' : info.message
      yield skip(message('error', 'unreadable', input, reason))
    } else if (info.isDirectory()) {
      for await (const file of walkFiles(input)) yield* readFile(file, options)
    } else {
      yield* readFile(input, options)
    }
  }
}

/** Reads one file; its name gives the id and, by extension, the format. */
export const readFile = (path: string, options: ReadOptions = defaultReadOptions): AsyncGenerator<IngestItem> =>
  guarded(path, () => readStream(fileChunks(path), path, idFromName(path), formatFromName(path), options))

/** Turns an I/O failure part-way through an input into a message, so the batch goes on. */
async function* guarded(input: string, run: () => AsyncGenerator<IngestItem>): AsyncGenerator<IngestItem> {
  try {
    yield* run()
  } catch (e) {
    const err = e as NodeJS.ErrnoException
    const reason = err.code === 'Z_DATA_ERROR' || err.code === 'Z_BUF_ERROR' ? `corrupt gzip data (${err.message})` : err.code === 'EACCES' ? 'permission denied' : err.message
    yield skip(message('error', 'unreadable', input, reason))
  }
}

async function* readStream(
  chunks: AsyncIterable<Uint8Array>,
  input: string,
  id: string,
  format: InputFormat | null,
  options: ReadOptions,
): AsyncGenerator<IngestItem> {
  let { head, all } = await peek(chunks)
  if (head && isGzipBytes(head)) ({ head, all } = await peek(gunzip(all)))
  if (!head) {
    yield skip(message('error', 'empty', input, 'the input is empty'))
    return
  }
  const kind = format ?? formatFromContent(new TextDecoder('utf-8').decode(head.subarray(0, 4096)))
  if (kind === 'jsonl') return yield* readJsonl(all, input, id, options)
  if (kind === 'feed') return yield* readFeed(all, input, id, options)

  const { bytes, size } = await collect(all, options.maxArticleBytes)
  if (!bytes) {
    yield skip(message('error', 'too-large', input, `article is over ${formatBytes(Math.max(size, options.maxArticleBytes + 1))}, beyond the ${formatBytes(options.maxArticleBytes)} article limit (--max-article-size); refused`))
    return
  }
  const decoded = decode(bytes, input)
  if (!decoded.ok) {
    yield skip(decoded.problem)
    return
  }
  if (kind === 'html') {
    const html = parseHtml(decoded.text, id, input)
    yield html.ok ? read(html.article, [...decoded.notes, ...html.notes]) : skip(html.problem)
    return
  }
  const text = parsePlainText(decoded.text, id, input)
  yield read(text.article, [...decoded.notes, ...text.notes])
}
