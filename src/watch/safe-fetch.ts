import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'

/**
 * Outbound HTTP for feeds and pages, defensive by default: http(s) only; every hop's host is
 * resolved and refused when any address is private, loopback, link-local or otherwise not public
 * (unless `allowPrivate`); redirects followed by hand, at most MAX_REDIRECTS and never in a loop;
 * a time limit on the whole exchange; the body read up to `maxBytes` and cut off beyond.
 * (Written here: fetch has no hook to vet each redirect's address before connecting.)
 * The address is checked before the connection, not pinned to it, so a DNS answer that changes
 * between the two (rebinding) is not caught.
 */
export interface FetchOptions {
  readonly allowPrivate: boolean
  readonly maxBytes: number
  readonly timeoutMs: number
  readonly headers?: Record<string, string>
}

export interface Fetched {
  readonly status: number
  readonly url: string
  readonly headers: Headers
  readonly body: Uint8Array
}

export class FetchRefused extends Error {
  override readonly name = 'FetchRefused'
}

export const MAX_REDIRECTS = 5

/** Addresses that are not on the public internet (IPv4 and IPv6, IPv4-mapped included). */
export const isPrivateAddress = (ip: string): boolean => {
  const v4 = ip.startsWith('::ffff:') && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip
  if (isIP(v4) === 4) {
    const [a, b] = v4.split('.').map(Number) as [number, number]
    return a === 0 || a === 10 || a === 127 || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 198 && (b === 18 || b === 19)) || a >= 224
  }
  const s = ip.toLowerCase()
  return s === '::' || s === '::1' || s.startsWith('fc') || s.startsWith('fd') || s.startsWith('fe8') || s.startsWith('fe9') || s.startsWith('fea') || s.startsWith('feb') || s.startsWith('ff')
}

const vet = async (url: URL, allowPrivate: boolean): Promise<void> => {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchRefused(`${url.protocol} is not http or https`)
  if (allowPrivate) return
  const host = url.hostname.replace(/^\[|\]$/g, '')
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address)
  const bad = addresses.find(isPrivateAddress)
  if (bad) throw new FetchRefused(`${url.hostname} is a private or loopback address (${bad}); use --allow-private to fetch it`)
}

export const safeFetch = async (target: string, o: FetchOptions): Promise<Fetched> => {
  const signal = AbortSignal.timeout(o.timeoutMs)
  let url = new URL(target)
  const seen = new Set<string>()
  for (let hop = 0; ; hop++) {
    if (seen.has(url.href)) throw new FetchRefused(`redirect loop at ${url.href}`)
    if (hop > MAX_REDIRECTS) throw new FetchRefused(`more than ${MAX_REDIRECTS} redirects`)
    seen.add(url.href)
    await vet(url, o.allowPrivate)
    const res = await fetch(url, { redirect: 'manual', signal, headers: { 'user-agent': 'Overture/0.1 (+news event reader)', accept: '*/*', ...o.headers } })
    const location = res.headers.get('location')
    if (res.status >= 300 && res.status < 400 && location) {
      await res.body?.cancel()
      url = new URL(location, url)
      continue
    }
    const declared = Number(res.headers.get('content-length') ?? NaN)
    if (Number.isFinite(declared) && declared > o.maxBytes) {
      await res.body?.cancel()
      throw new FetchRefused(`response of ${declared} bytes is over the ${o.maxBytes}-byte limit`)
    }
    const chunks: Uint8Array[] = []
    let size = 0
    if (res.body) {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        size += chunk.byteLength
        if (size > o.maxBytes) {
          await res.body.cancel().catch(() => {})
          throw new FetchRefused(`response cut off: more than ${o.maxBytes} bytes`)
        }
        chunks.push(chunk)
      }
    }
    return { status: res.status, url: url.href, headers: res.headers, body: Buffer.concat(chunks) }
  }
}
