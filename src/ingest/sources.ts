import { createReadStream } from 'node:fs'
import { lstat, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import { createGunzip } from 'node:zlib'

/** Files of a directory tree in a stable order; hidden entries, node_modules and symlinked folders are left out. */
export async function* walkFiles(dir: string): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue
    const path = join(dir, e.name)
    if (e.isDirectory()) yield* walkFiles(path)
    else if (e.isFile()) yield path
    else if (e.isSymbolicLink()) {
      const target = await lstat(path).catch(() => null)
      if (target?.isFile()) yield path
    }
  }
}

export const fileChunks = (path: string): Readable => createReadStream(path, { highWaterMark: 256 * 1024 })

/** Gunzips a byte stream as it flows. */
export const gunzip = (chunks: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> => {
  const z = createGunzip()
  void (async () => {
    try {
      for await (const c of chunks) if (!z.write(c)) await new Promise((r) => z.once('drain', r))
      z.end()
    } catch (e) {
      z.destroy(e as Error)
    }
  })()
  return z
}

/** Looks at the first chunk of a stream and gives back a stream that still starts with it. */
export const peek = async (chunks: AsyncIterable<Uint8Array>): Promise<{ head: Uint8Array | null; all: AsyncIterable<Uint8Array> }> => {
  const it = chunks[Symbol.asyncIterator]()
  let first = await it.next()
  while (!first.done && first.value.length === 0) first = await it.next()
  if (first.done) return { head: null, all: (async function* () {})() }
  const head = first.value
  return {
    head,
    all: (async function* () {
      yield head
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value
    })(),
  }
}

/** Collects a stream into one buffer, or stops once it passes `limit` bytes (returning null). */
export const collect = async (chunks: AsyncIterable<Uint8Array>, limit: number): Promise<{ bytes: Uint8Array | null; size: number }> => {
  const parts: Uint8Array[] = []
  let size = 0
  for await (const c of chunks) {
    size += c.length
    if (size > limit) return { bytes: null, size }
    parts.push(c)
  }
  return { bytes: Buffer.concat(parts, size), size }
}
