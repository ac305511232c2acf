import { ConfigError } from '../core/index.ts'

/** Options every reader honours. */
export interface ReadOptions {
  /**
   * Largest article accepted, in bytes of input. A news article is rarely over 100 kB; the default
   * (5 MB) leaves room for long documents while a 50 MB dump is refused with a message instead of
   * tying up the pipeline for minutes.
   */
  readonly maxArticleBytes: number
}

export const DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024

export const defaultReadOptions: ReadOptions = { maxArticleBytes: DEFAULT_MAX_ARTICLE_BYTES }

export const formatBytes = (n: number): string =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} kB` : `${n} B`

/** Parses a size such as `5MB`, `512kB` or `1048576` given on the command line. */
export const parseSize = (value: string): number => {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$/i.exec(value)
  if (!m) throw new ConfigError('bad-size', `not a size: "${value}" (use e.g. 5MB, 512kB or a number of bytes)`)
  const unit = (m[2] ?? 'b').toLowerCase()
  const factor = unit.startsWith('g') ? 1024 ** 3 : unit.startsWith('m') ? 1024 ** 2 : unit.startsWith('k') ? 1024 : 1
  const bytes = Math.round(Number(m[1]) * factor)
  if (bytes < 1) throw new ConfigError('bad-size', `size must be at least 1 byte: "${value}"`)
  return bytes
}
