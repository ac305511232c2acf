import { SaxesParser, type SaxesTagPlain } from 'saxes'
import { article, message, toIsoDate, type Message } from '../core/index.ts'
import { htmlToText } from './html-text.ts'
import { read, skip, type IngestItem } from './item.ts'
import { formatBytes, type ReadOptions } from './limits.ts'

/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds, streamed through saxes. Written here rather than taken
 * from a feed library because we need three things together that the maintained ones do not
 * give: strict well-formedness errors with line and column, refusal of DTD entity declarations
 * (the "billion laughs" bomb is never expanded: saxes does not process DTDs and we stop at the
 * declaration), and streaming so a large feed never sits in memory whole.
 */

type FeedKind = 'rss' | 'atom' | 'rdf'

interface ItemDraft {
  fields: Map<string, string>
  link: string | null
  contentType: string | null
}

/** Child elements of an item/entry whose text we keep. */
const FIELDS = new Set([
  'title', 'link', 'guid', 'id', 'pubdate', 'published', 'updated', 'dc:date', 'description',
  'summary', 'content', 'content:encoded', 'source',
])

export async function* readFeed(chunks: AsyncIterable<Uint8Array>, input: string, baseId: string, options: ReadOptions): AsyncGenerator<IngestItem> {
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true })
  const ready: IngestItem[] = []
  const stack: string[] = []
  let kind: FeedKind | null = null
  let outlet: string | null = null
  let feedTitleDepth = -1
  let item: ItemDraft | null = null
  let itemDepth = -1
  let field: string | null = null
  let buffer = ''
  /** markup of Atom `type="xhtml"` content, re-serialised from the events */
  let xhtmlDepth = -1
  let count = 0
  let fatal: Message | null = null

  const fail = (code: string, reason: string): void => {
    if (!fatal) fatal = message('error', code, input, reason)
  }

  parser.on('error', (err) => {
    const at = /(\d+):(\d+): (.*)$/.exec(err.message)
    fail('malformed-xml', at ? `malformed XML at line ${at[1]}, column ${at[2]}: ${at[3]}` : `malformed XML: ${err.message}`)
  })
  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype)) fail('xml-entities', 'declares XML entities in its DOCTYPE; refused unexpanded (entity-expansion attacks such as "billion laughs" are never expanded)')
  })
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (fatal) return // nothing after a fault is trusted
    const name = tag.name.toLowerCase()
    if (stack.length === 0) {
      kind = name === 'rss' ? 'rss' : name === 'feed' ? 'atom' : name === 'rdf:rdf' ? 'rdf' : null
      if (!kind) fail('not-a-feed', `not an RSS or Atom feed: the root element is <${tag.name}>`)
    }
    stack.push(name)
    const depth = stack.length
    if (xhtmlDepth > 0) {
      buffer += `<${tag.name}${Object.entries(tag.attributes).map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`).join('')}>`
      return
    }
    if (!item && (name === 'item' || name === 'entry')) {
      item = { fields: new Map(), link: null, contentType: null }
      itemDepth = depth
      return
    }
    if (!item && name === 'title' && (depth === 2 || (depth === 3 && stack[1] === 'channel'))) {
      feedTitleDepth = depth
      buffer = ''
      return
    }
    if (item && depth === itemDepth + 1 && FIELDS.has(name)) {
      field = name
      buffer = ''
      const attrs = tag.attributes as Record<string, string>
      if (name === 'link' && attrs.href && (!attrs.rel || attrs.rel === 'alternate') && !item.link) item.link = attrs.href
      if (name === 'content' || name === 'summary') {
        item.contentType = attrs.type ?? null
        if (attrs.type === 'xhtml') xhtmlDepth = depth
      }
    }
  })
  const onText = (t: string): void => {
    if (field || feedTitleDepth > 0) buffer += xhtmlDepth > 0 ? escapeText(t) : t
  }
  parser.on('text', onText)
  parser.on('cdata', onText)
  parser.on('closetag', (tag: SaxesTagPlain) => {
    if (fatal) return
    const depth = stack.length
    stack.pop()
    if (xhtmlDepth > 0 && depth > xhtmlDepth) {
      buffer += `</${tag.name}>`
      return
    }
    if (depth === xhtmlDepth) xhtmlDepth = -1
    if (depth === feedTitleDepth) {
      outlet = buffer.trim() || null
      feedTitleDepth = -1
      return
    }
    if (item && field && depth === itemDepth + 1) {
      if (!item.fields.has(field)) item.fields.set(field, buffer)
      field = null
      return
    }
    if (item && depth === itemDepth) {
      count++
      ready.push(finishItem(item, count))
      item = null
      itemDepth = -1
    }
  })

  const finishItem = (draft: ItemDraft, n: number): IngestItem => {
    const f = draft.fields
    const where = `${input} item ${n}`
    const html = f.get('content:encoded') ?? f.get('content') ?? f.get('description') ?? f.get('summary') ?? ''
    if (html.length > options.maxArticleBytes) {
      return skip(message('error', 'too-large', where, `article is ${formatBytes(html.length)}, over the ${formatBytes(options.maxArticleBytes)} article limit (--max-article-size)`))
    }
    const text = draft.contentType === 'text' ? html.trim() : htmlToText(html)
    if (text === '') return skip(message('error', 'empty', where, 'feed item has no text (no content, description or summary)'))
    const link = draft.link ?? (f.get('link')?.trim() || null)
    const id = f.get('guid')?.trim() || f.get('id')?.trim() || link || `${baseId}#${n}`
    const rawDate = f.get('pubdate') ?? f.get('published') ?? f.get('dc:date') ?? f.get('updated') ?? null
    const date = toIsoDate(rawDate)
    const notes: Message[] = []
    if (rawDate && !date) notes.push(message('warning', 'bad-date', where, `date "${rawDate.trim()}" is not a date; the article has no date`))
    return read(
      article({ id, text, date, title: htmlToText(f.get('title') ?? '') || null, outlet, url: link, input: where, format: 'feed', header: null }),
      notes,
    )
  }

  const drain = function* (): Generator<IngestItem> {
    while (ready.length) yield ready.shift()!
  }

  const decoder = new TextDecoder('utf-8', { fatal: true })
  for await (const chunk of chunks) {
    let text: string
    try {
      text = decoder.decode(chunk, { stream: true })
    } catch {
      fail('invalid-utf8', 'not valid UTF-8; convert the feed to UTF-8 first')
      break
    }
    parser.write(text)
    if (fatal) break
    yield* drain()
  }
  if (!fatal) {
    parser.close()
    if (!fatal && kind === null) fail('not-a-feed', 'not an RSS or Atom feed: no root element')
  }
  if (fatal) {
    // items completed before the fault are whole articles: they are kept
    yield* drain()
    yield skip(fatal)
    return
  }
  yield* drain()
  if (count === 0) yield skip(message('warning', 'empty-feed', input, 'the feed has no items'))
}

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')
const escapeAttr = (s: string): string => escapeText(s).replace(/"/g, '&quot;')
