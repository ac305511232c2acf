import { useEffect, useRef } from 'preact/hooks'
import cytoscape from 'cytoscape'
import { api, read, type ActorPage, type ActorSummary } from '../api.ts'
import { EventRow, Failure, Loading } from '../components.tsx'
import { href, useData, type Route } from '../route.ts'

/** Counterparts as a graph: the actor in the middle, edges as wide as the events between them. */
const Graph = ({ page }: { page: ActorPage }) => {
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!box.current) return
    const top = page.counterparts.slice(0, 25)
    const cy = cytoscape({
      container: box.current,
      elements: [
        { data: { id: 'self', label: page.name } },
        ...top.map((c, i) => ({ data: { id: `c${i}`, label: `${c.name}${c.country ? ` (${c.country})` : ''}` } })),
        ...top.map((c, i) => ({ data: { id: `e${i}`, source: 'self', target: `c${i}`, weight: c.events } })),
      ],
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-size': 11, color: '#111', 'background-color': '#1d4ed8', width: 14, height: 14, 'text-valign': 'bottom', 'text-margin-y': 4 } },
        { selector: '#self', style: { 'background-color': '#b45309', width: 22, height: 22, 'font-weight': 'bold' } },
        { selector: 'edge', style: { width: 'mapData(weight, 1, 20, 1, 8)', 'line-color': '#94a3b8' } },
      ],
      layout: { name: 'concentric', concentric: (n: cytoscape.NodeSingular) => (n.id() === 'self' ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 40 },
      userZoomingEnabled: false,
      autoungrabify: true,
    })
    return () => cy.destroy()
  }, [page.id, page.counterparts.length])
  return <div ref={box} class="graph" role="img" aria-label={`graph of ${page.name}'s counterparts`} />
}

export const ActorView = ({ route }: { route: Route }) => {
  const id = route.id ?? ''
  const { data, error, loading } = useData(`actor ${id}`, () => read<ActorPage>(api.actors[':id'].$get({ param: { id } })))
  return (
    <section>
      {loading ? <Loading what="the actor" /> : null}
      {error ? <Failure message={error} /> : null}
      {data ? (
        <>
          <h2>
            {data.name} <span class="muted">({data.country})</span>
          </h2>
          {data.offices.length ? (
            <table class="offices">
              <caption>Offices</caption>
              <thead>
                <tr>
                  <th scope="col">Title</th>
                  <th scope="col">Sector, level</th>
                  <th scope="col">From</th>
                  <th scope="col">To</th>
                </tr>
              </thead>
              <tbody>
                {data.offices.map((o) => (
                  <tr key={`${o.office}${o.from}`}>
                    <td>{o.title}</td>
                    <td>
                      {o.sector} {o.level ?? ''}
                    </td>
                    <td>{o.from}</td>
                    <td>{o.to ?? 'in office'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <h3>Counterparts ({data.counterparts.length})</h3>
          {data.counterparts.length ? <Graph page={data} /> : <p class="muted">None in the store.</p>}
          <div class="two">
            <div>
              <h3>As source ({data.asSource.length})</h3>
              <ol class="timeline">
                {data.asSource.map((e) => (
                  <EventRow key={e.id} e={e} link={href('article', e.reports[0]?.article ?? null, { event: e.reports[0]?.event })} />
                ))}
              </ol>
            </div>
            <div>
              <h3>As target ({data.asTarget.length})</h3>
              <ol class="timeline">
                {data.asTarget.map((e) => (
                  <EventRow key={e.id} e={e} link={href('article', e.reports[0]?.article ?? null, { event: e.reports[0]?.event })} />
                ))}
              </ol>
            </div>
          </div>
        </>
      ) : null}
    </section>
  )
}

/** Search actors by name; results link to their pages. */
export const ActorSearch = ({ route }: { route: Route }) => {
  const q = route.params.get('q') ?? ''
  const { data, error } = useData(`actors ${q}`, () => (q ? read<ActorSummary[]>(api.actors.$get({ query: { q } })) : Promise.resolve([])))
  return (
    <section>
      <h2>Actors</h2>
      <form
        class="filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault()
          location.hash = href('actors', null, { q: String(new FormData(e.target as HTMLFormElement).get('q') ?? '') })
        }}
      >
        <label>
          Name <input name="q" value={q} placeholder="Blinken, China…" />
        </label>
        <button type="submit">Find</button>
      </form>
      {error ? <Failure message={error} /> : null}
      <ul>
        {(data ?? []).map((a) => (
          <li key={a.id}>
            <a href={href('actor', a.id)}>{a.name}</a> <span class="muted">{a.kind === 'person' ? `${a.country} · ${a.mentions} mentions` : 'country'}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
