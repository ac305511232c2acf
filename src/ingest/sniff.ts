import type { InputFormat } from '../core/index.ts'

/** Formats by file extension; `.gz` is looked through (`x.jsonl.gz` is JSON Lines). */
const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  txt: 'text', text: 'text', md: 'text',
  html: 'html', htm: 'html', xhtml: 'html',
  xml: 'feed', rss: 'feed', atom: 'feed', rdf: 'feed',
  jsonl: 'jsonl', ndjson: 'jsonl', json: 'jsonl',
}

export const formatFromName = (name: string): InputFormat | null => {
  const parts = name.toLowerCase().split('.')
  if (parts.at(-1) === 'gz') parts.pop()
  return parts.length > 1 ? (BY_EXTENSION[parts.at(-1)!] ?? null) : null
}

/** Format from the first bytes, for standard input and files without a known extension. */
export const formatFromContent = (head: string): InputFormat => {
  const s = head.replace(/^\uFEFF/, '').trimStart()
  if (s.startsWith('{')) return 'jsonl'
  if (s.startsWith('<')) {
    const lower = s.slice(0, 4096).toLowerCase()
    if (/<(rss|feed|rdf:rdf)[\s>]/.test(lower) && !/<html[\s>]/.test(lower)) return 'feed'
    return 'html'
  }
  return 'text'
}

export const isGzipName = (name: string): boolean => name.toLowerCase().endsWith('.gz')
export const isGzipBytes = (head: Uint8Array): boolean => head[0] === 0x1f && head[1] === 0x8b

/** The article id a file gives: its name without directory and extensions (`.txt`, `.jsonl.gz`). */
export const idFromName = (path: string): string => {
  const base = path.split(/[\\/]/).pop() ?? path
  const noGz = base.replace(/\.gz$/i, '')
  const dot = noGz.lastIndexOf('.')
  return dot > 0 ? noGz.slice(0, dot) : noGz
}
