import { api, read, type SearchHit } from '../api.ts'
import { Failure, Loading } from '../components.tsx'
import { href, useData, type Route } from '../route.ts'

/** The snippet's matches come marked «like this»; shown as <mark>, built from text, never HTML. */
const Snippet = ({ s }: { s: string }) => (
  <p class="snippet">
    {s.split(/(«[^»]*»)/).map((part, i) => (part.startsWith('«') && part.endsWith('»') ? <mark key={i}>{part.slice(1, -1)}</mark> : part))}
  </p>
)

export const SearchView = ({ route }: { route: Route }) => {
  const q = route.params.get('q') ?? ''
  const { data, error, loading } = useData(`search ${q}`, () => (q ? read<SearchHit[]>(api.search.$get({ query: { q } })) : Promise.resolve([])))
  return (
    <section>
      <h2>Search articles</h2>
      <form
        class="filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault()
          location.hash = href('search', null, { q: String(new FormData(e.target as HTMLFormElement).get('q') ?? '') })
        }}
      >
        <label>
          Words <input name="q" value={q} size={40} placeholder='"phone call" Xi -trade' />
        </label>
        <button type="submit">Search</button>
      </form>
      {q && loading ? <Loading what="results" /> : null}
      {error ? <Failure message={error} /> : null}
      {data && q ? <p class="muted">{data.length} articles</p> : null}
      <ol class="hits">
        {(data ?? []).map((h) => (
          <li key={h.id}>
            <a href={href('article', h.id)}>{h.title ?? h.id}</a> <span class="muted">{[h.outlet, h.date].filter(Boolean).join(' · ')}</span>
            <Snippet s={h.snippet} />
          </li>
        ))}
      </ol>
    </section>
  )
}
