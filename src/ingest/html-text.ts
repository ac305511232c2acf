import { parseHTML } from 'linkedom'

/**
 * Plain text of an HTML fragment, with a blank line between blocks so that paragraphs and
 * headings stay separate sentences. Readability's own `textContent` glues paragraphs together
 * ("…the end.Next paragraph"), which breaks sentence splitting; hence this small walker.
 */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'table', 'tr', 'ul', 'br', 'td', 'th', 'caption',
])
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'head'])

interface DomNode {
  readonly nodeType: number
  readonly nodeName: string
  readonly textContent: string | null
  readonly childNodes: ArrayLike<DomNode>
}

const TEXT_NODE = 3
const ELEMENT_NODE = 1

export const htmlToText = (html: string): string => {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`)
  return nodeText(document.body as unknown as DomNode)
}

/** Text of a DOM node already parsed (e.g. `document.body`). */
export const nodeText = (root: DomNode): string => {
  const blocks: string[] = []
  let current = ''
  const flush = (): void => {
    const t = current.replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim()
    if (t) blocks.push(t)
    current = ''
  }
  const walk = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      current += node.textContent ?? ''
      return
    }
    if (node.nodeType !== ELEMENT_NODE) return
    const tag = node.nodeName.toLowerCase()
    if (SKIP.has(tag)) return
    const block = BLOCK.has(tag)
    if (block) flush()
    const kids = node.childNodes
    for (let i = 0; i < kids.length; i++) walk(kids[i]!)
    if (block) flush()
  }
  walk(root)
  flush()
  return blocks.join('\n\n')
}
