import { article, isIsoDate, message, span, type Article, type Message, type Span } from '../core/index.ts'

/** The seeds' header: an optional `date YYYY-MM-DD` at the very start (possibly on the body's line). */
const DATE_HEADER = /^\s*date\s+(\S+)[ \t]*/

/** A first line is taken as the title when it reads like a headline, not like prose. */
const MAX_TITLE_LENGTH = 200

export interface PlainText {
  readonly article: Article
  readonly notes: readonly Message[]
}

/**
 * Reads a plain-text article in the seeds' shape. The text stays exactly as given (header included),
 * so offsets point into the file's content; the header is marked so NLP can skip it.
 */
export const parsePlainText = (text: string, id: string, input: string): PlainText => {
  const notes: Message[] = []
  let date: string | null = null
  let header: Span | null = null
  const m = DATE_HEADER.exec(text)
  if (m) {
    const value = m[1]!
    header = span(0, m[0].length)
    if (isIsoDate(value)) date = value
    else notes.push(message('warning', 'bad-date-header', input, `date header "${value}" is not a date YYYY-MM-DD; the article has no date`, header))
  }
  const title = titleLine(text, header ? header[1] : 0)
  return {
    article: article({ id, text, date, title, outlet: null, url: null, input, format: 'text', header }),
    notes,
  }
}

/** The first line if it stands alone (blank line or end after it) and reads like a headline. */
const titleLine = (text: string, from: number): string | null => {
  // A header sharing its line with prose ("date 2023-06-16 President Joe Biden's …") means no title line.
  const lineEnd = text.indexOf('\n', from)
  const headerLineRest = from > 0 ? text.slice(from, lineEnd < 0 ? undefined : lineEnd) : ''
  if (headerLineRest.trim() !== '') return null
  const body = text.slice(from)
  const lead = body.match(/^\s*/)![0].length
  const nl = body.indexOf('\n', lead)
  const line = body.slice(lead, nl < 0 ? undefined : nl).trim()
  if (line === '' || line.length > MAX_TITLE_LENGTH || /[.:;,]$/.test(line)) return null
  const after = nl < 0 ? '' : body.slice(nl + 1)
  return nl < 0 || /^\s*(\n|$)/.test(after) ? line : null
}
