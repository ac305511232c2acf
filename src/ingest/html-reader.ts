import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { article, message, toIsoDate, type Article, type Message } from '../core/index.ts'
import { htmlToText, nodeText } from './html-text.ts'

export type HtmlResult =
  | { readonly ok: true; readonly article: Article; readonly notes: readonly Message[] }
  | { readonly ok: false; readonly problem: Message }

/** Meta tags that carry a publication date, in the order they are trusted. */
const DATE_META = [
  'article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'date',
  'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date',
]

/**
 * Reads an HTML page: main content with @mozilla/readability over linkedom's DOM, and metadata
 * (title, published date, site name, canonical URL). Pages too short for Readability's content
 * scoring fall back to the body's text.
 */
export const parseHtml = (html: string, id: string, input: string, pageUrl: string | null = null): HtmlResult => {
  // Readability's scoring is quadratic in nesting depth and the DOM walkers recurse: a page nested
  // thousands deep (real pages stay under a hundred) would hang or overflow the stack
  const depth = nestingDepth(html)
  if (depth > MAX_NESTING) {
    return { ok: false, problem: message('error', 'html-too-deep', input, `HTML nests elements ${depth} deep (more than ${MAX_NESTING}): refused`) }
  }
  try {
    return readPage(html, id, input, pageUrl)
  } catch (e) {
    return { ok: false, problem: message('error', 'html-unreadable', input, `HTML page could not be read: ${(e as Error).message}`) }
  }
}

/** Deeper than any real page; the limit keeps reading linear. */
export const MAX_NESTING = 256

/** Elements that never nest: void ones, and those whose end tag HTML lets a page leave out (500 unclosed <p>s are not 500 deep). */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'td', 'th', 'tr', 'dt', 'dd', 'option', 'optgroup', 'tbody', 'thead', 'tfoot', 'colgroup', 'caption', 'rb', 'rt', 'rp', 'html', 'head', 'body'])

/** The deepest element nesting, by a linear scan of the tags (unclosed tags count as open). */
export const nestingDepth = (html: string): number => {
  let depth = 0
  let max = 0
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g)) {
    const name = m[2]!.toLowerCase()
    if (VOID.has(name) || m[3] === '/') continue
    if (m[1] === '/') depth = Math.max(0, depth - 1)
    else if (++depth > max) max = depth
  }
  return max
}

const readPage = (html: string, id: string, input: string, pageUrl: string | null): HtmlResult => {
  const { document } = parseHTML(html)
  const body = document.body as unknown as Parameters<typeof nodeText>[0] | null
  if (!/<body[\s>]/i.test(html) && !/<(p|div|article|main|section|h[1-6])[\s>]/i.test(html)) {
    return { ok: false, problem: message('error', 'html-no-body', input, 'HTML page has no body: nothing to read') }
  }
  const metaDate = findMetaDate(document)
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(document, 'og:url')
  const siteName = meta(document, 'og:site_name') ?? meta(document, 'application-name')
  const headTitle = meta(document, 'og:title') ?? (document.querySelector('title')?.textContent?.trim() || null)

  // Readability mutates the DOM it is given: it runs last.
  const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200 }).parse()
  let text = parsed?.content ? htmlToText(parsed.content) : ''
  const notes: Message[] = []
  if (text.trim() === '') {
    const { document: fresh } = parseHTML(html)
    text = fresh.body ? nodeText(fresh.body as unknown as Parameters<typeof nodeText>[0]) : ''
    if (text.trim() !== '') notes.push(message('info', 'html-no-main-content', input, 'no main content found by Readability; using the whole body text'))
  }
  if (text.trim() === '' || !body) {
    return { ok: false, problem: message('error', 'html-no-body', input, 'HTML page has no readable text in its body') }
  }
  const url = canonical ?? pageUrl
  return {
    ok: true,
    notes,
    article: article({
      id,
      text,
      date: toIsoDate(parsed?.publishedTime ?? metaDate),
      title: parsed?.title?.trim() || headTitle,
      outlet: parsed?.siteName?.trim() || siteName || hostOf(url),
      url,
      input,
      format: 'html',
      header: null,
    }),
  }
}

interface MetaDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null
}

const meta = (document: MetaDocument, name: string): string | null => {
  const el = document.querySelector(`meta[property="${name}"]`) ?? document.querySelector(`meta[name="${name}"]`) ?? document.querySelector(`meta[itemprop="${name}"]`)
  const v = el?.getAttribute('content')?.trim()
  return v ? v : null
}

const findMetaDate = (document: MetaDocument): string | null => {
  for (const name of DATE_META) {
    const v = meta(document, name)
    if (v && toIsoDate(v)) return v
  }
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime')
  return time && toIsoDate(time) ? time : null
}

const hostOf = (url: string | null): string | null => {
  if (!url) return null
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return null
  }
}
