/** One line of a byte stream, without its line terminator. */
export interface Line {
  readonly number: number
  readonly bytes: Uint8Array
  /** the line's size limit when the line was longer than it (its bytes are then dropped), else null */
  readonly tooLong: number | null
}

const NL = 0x0a
const CR = 0x0d

/**
 * Splits a byte stream into lines without decoding it first, so each line can be checked for
 * UTF-8 on its own (readline replaces bad bytes silently) and an overlong line is dropped as it
 * streams instead of being buffered whole.
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>, maxLineBytes: number): AsyncGenerator<Line> {
  let parts: Uint8Array[] = []
  let size = 0
  let number = 0
  let overflow = false
  const take = (): Line => {
    number++
    let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size)
    if (bytes.length && bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, bytes.length - 1)
    const line: Line = overflow ? { number, bytes: new Uint8Array(0), tooLong: maxLineBytes } : { number, bytes, tooLong: null }
    parts = []
    size = 0
    overflow = false
    return line
  }
  for await (const chunk of chunks) {
    let from = 0
    for (let nl = chunk.indexOf(NL, from); nl !== -1; nl = chunk.indexOf(NL, from)) {
      if (!overflow) parts.push(chunk.subarray(from, nl))
      size += nl - from
      if (size > maxLineBytes) overflow = true
      yield take()
      from = nl + 1
    }
    if (from < chunk.length) {
      size += chunk.length - from
      if (size > maxLineBytes) {
        overflow = true
        parts = []
      }
      // copy: the stream may reuse its buffer
      if (!overflow) parts.push(Uint8Array.prototype.slice.call(chunk, from))
    }
  }
  if (size > 0 || parts.length > 0) yield take()
}
