import { message, type Message } from '../core/index.ts'

/** The result of turning raw bytes into text: the text, or the reason it cannot be read. */
export type Decoded =
  | { readonly ok: true; readonly text: string; readonly notes: readonly Message[] }
  | { readonly ok: false; readonly problem: Message }

const utf8 = new TextDecoder('utf-8', { fatal: true })
const utf16le = new TextDecoder('utf-16le', { fatal: true })
const utf16be = new TextDecoder('utf-16be', { fatal: true })

/** Bytes of a file that is compressed or an image/document format, not text. */
const BINARY_MAGIC: readonly (readonly [string, readonly number[]])[] = [
  ['gzip', [0x1f, 0x8b]],
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
]

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)

/** Names a binary format by its magic bytes, or says it has NUL bytes; null for text. */
export const binaryKind = (bytes: Uint8Array): string | null => {
  for (const [name, magic] of BINARY_MAGIC) if (startsWith(bytes, magic)) return name
  // UTF-16 text has NULs too; it is recognised by its BOM before this check runs.
  const head = bytes.subarray(0, 8192)
  return head.includes(0) ? 'binary data (NUL bytes)' : null
}

/**
 * Decodes article bytes strictly: UTF-8 (BOM dropped) or UTF-16 with a BOM. Anything else — empty,
 * binary, invalid UTF-8 — is refused with a message naming the input and the problem, because a
 * silently mis-decoded article would carry wrong offsets into every event.
 */
export const decode = (bytes: Uint8Array, input: string): Decoded => {
  if (bytes.length === 0) return refuse(input, 'empty', 'the input is empty')
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const le = bytes[0] === 0xff
    try {
      const text = (le ? utf16le : utf16be).decode(bytes)
      const note = message('warning', 'utf16', input, `decoded as UTF-16${le ? 'LE' : 'BE'} (byte-order mark); offsets count UTF-16 code units of the decoded text`)
      return blank(text) ? refuse(input, 'empty', 'the input has no text (only white space)') : { ok: true, text, notes: [note] }
    } catch {
      return refuse(input, 'invalid-utf16', `starts with a UTF-16${le ? 'LE' : 'BE'} byte-order mark but is not valid UTF-16`)
    }
  }
  const binary = binaryKind(bytes)
  if (binary) return refuse(input, 'binary', `not text: looks like ${binary}`)
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    const at = firstInvalidUtf8(bytes)
    return refuse(input, 'invalid-utf8', `not valid UTF-8 (first bad byte at offset ${at}); convert it to UTF-8 first`)
  }
  if (blank(text)) return refuse(input, 'empty', 'the input has no text (only white space)')
  return { ok: true, text, notes: [] }
}

const blank = (text: string): boolean => text.trim() === ''

const refuse = (input: string, code: string, reason: string): Decoded => ({
  ok: false,
  problem: message('error', code, input, reason),
})

/** Byte offset of the first byte that breaks UTF-8, for the error message. */
export const firstInvalidUtf8 = (bytes: Uint8Array): number => {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    const need = b < 0x80 ? 0 : (b & 0xe0) === 0xc0 ? 1 : (b & 0xf0) === 0xe0 ? 2 : (b & 0xf8) === 0xf0 ? 3 : -1
    if (need < 0) return i
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i
    i += need + 1
  }
  return i
}
