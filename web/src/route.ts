import { useEffect, useState } from 'preact/hooks'

/**
 * Hash routes, so every view and its filters live in the URL and can be shared as a link:
 * #/board?a=USA&b=CHN, #/timeline?a=USA&b=CHN&channel=…, #/article/ID?event=…, #/actor/ID,
 * #/analyse, #/search?q=….
 */
export interface Route {
  readonly view: string
  readonly id: string | null
  readonly params: URLSearchParams
}

export const parseHash = (hash: string): Route => {
  const h = hash.replace(/^#\/?/, '')
  const [path = '', query = ''] = h.split('?')
  const [view = 'board', ...rest] = path.split('/').filter(Boolean)
  return { view, id: rest.length ? decodeURIComponent(rest.join('/')) : null, params: new URLSearchParams(query) }
}

export const href = (view: string, id: string | null = null, params: Record<string, string | null | undefined> = {}): string => {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v)
  const qs = q.toString()
  return `#/${view}${id ? `/${encodeURIComponent(id)}` : ''}${qs ? `?${qs}` : ''}`
}

export const useRoute = (): Route => {
  const [route, setRoute] = useState(() => parseHash(location.hash))
  useEffect(() => {
    const on = (): void => setRoute(parseHash(location.hash))
    addEventListener('hashchange', on)
    return () => removeEventListener('hashchange', on)
  }, [])
  return route
}

/** Data for a view: refetched when the key changes. */
export const useData = <T,>(key: string, load: () => Promise<T>): { data: T | null; error: string | null; loading: boolean } => {
  const [state, setState] = useState<{ data: T | null; error: string | null; loading: boolean }>({ data: null, error: null, loading: true })
  useEffect(() => {
    let live = true
    setState({ data: null, error: null, loading: true })
    load().then(
      (data) => live && setState({ data, error: null, loading: false }),
      (e: Error) => live && setState({ data: null, error: e.message, loading: false }),
    )
    return () => {
      live = false
    }
  }, [key])
  return state
}
