/**
 * A span is a `[start, end)` range of UTF-16 offsets into an article's unchanged text.
 * Annotations point into the text with spans; they never copy it.
 */
export type Span = readonly [start: number, end: number]

export const span = (start: number, end: number): Span => {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
    throw new RangeError(`invalid span [${start}, ${end})`)
  }
  return [start, end]
}

export const spanText = (text: string, s: Span): string => text.slice(s[0], s[1])

export const spanLength = (s: Span): number => s[1] - s[0]

export const inBounds = (s: Span, textLength: number): boolean =>
  s[0] >= 0 && s[1] >= s[0] && s[1] <= textLength

export const contains = (outer: Span, inner: Span): boolean => outer[0] <= inner[0] && inner[1] <= outer[1]

export const overlaps = (a: Span, b: Span): boolean => a[0] < b[1] && b[0] < a[1]
