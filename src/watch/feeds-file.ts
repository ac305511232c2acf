import { readFile } from 'node:fs/promises'
import { SaxesParser } from 'saxes'
import { ConfigError } from '../core/index.ts'

/**
 * The feeds to watch: an OPML file (every outline with an xmlUrl) or a text file with one URL a
 * line (blank lines and # comments ignored). Mistakes are ConfigErrors naming the file and line.
 */
export const readFeedList = async (path: string): Promise<string[]> => {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (e) {
    throw new ConfigError('feeds', `${path}: cannot read the feeds file: ${(e as Error).message}`)
  }
  const urls = /^\s*<(\?xml|opml)/i.test(text) ? opmlUrls(text, path) : lineUrls(text, path)
  if (urls.length === 0) throw new ConfigError('feeds', `${path}: no feed URLs in it`)
  return [...new Set(urls)]
}

const check = (u: string, where: string): string => {
  try {
    const url = new URL(u)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http or https')
    return url.href
  } catch (e) {
    throw new ConfigError('feeds', `${where}: "${u}" is not a feed URL (${(e as Error).message})`)
  }
}

const lineUrls = (text: string, path: string): string[] =>
  text
    .split('\n')
    .map((l, i) => [l.replace(/#.*/, '').trim(), i + 1] as const)
    .filter(([l]) => l !== '')
    .map(([l, n]) => check(l, `${path}:${n}`))

const opmlUrls = (text: string, path: string): string[] => {
  const urls: string[] = []
  const p = new SaxesParser({ position: true })
  p.on('doctype', () => {
    throw new ConfigError('feeds', `${path}: OPML with a DOCTYPE is refused`)
  })
  p.on('opentag', (t) => {
    const x = t.attributes.xmlUrl ?? t.attributes.xmlurl
    if (t.name.toLowerCase() === 'outline' && typeof x === 'string' && x) urls.push(check(x, `${path}:${p.line}`))
  })
  try {
    p.write(text).close()
  } catch (e) {
    if (e instanceof ConfigError) throw e
    throw new ConfigError('feeds', `${path}: not well-formed OPML: ${(e as Error).message}`)
  }
  return urls
}
