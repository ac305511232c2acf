import { api, read, type ArticleView, type FusedEvent } from '../api.ts'
import { EventCard, EventRow, Failure, Highlighted, Loading, marksOf } from '../components.tsx'
import { MODALITY_LABELS, what, who } from '../format.ts'
import { href, useData, type Route } from '../route.ts'

/** An article with its annotations highlighted; choosing an event shows its card. */
export const Reader = ({ a, selected, link, onSelect }: { a: ArticleView; selected: string | null; link: (event: string) => string; onSelect?: (event: string) => void }) => {
  const chosen = a.events.find((e) => e.id === selected) ?? null
  return (
    <div class="reader">
      <div>
        <header class="article-head">
          <h2>{a.title ?? a.id}</h2>
          <p class="muted">
            {[a.outlet, a.date].filter(Boolean).join(' · ')}
            {a.url && /^https?:\/\//i.test(a.url) ? (
              <>
                {' · '}
                <a href={a.url} rel="noopener noreferrer nofollow" target="_blank">
                  original
                </a>
              </>
            ) : null}
          </p>
          <p class="legend">
            <mark class="hl-actor">actor</mark> <mark class="hl-trigger">event trigger</mark> <mark class="hl-cue">modality cue</mark> <mark class="hl-source">source</mark>{' '}
            <mark class="hl-time">time</mark>
          </p>
        </header>
        <Highlighted text={a.text} marks={marksOf(a, chosen)} />
      </div>
      <aside>
        <h3>Events ({a.events.length})</h3>
        <ul class="event-list">
          {a.events.map((e) => (
            <li key={e.id}>
              <a
                href={link(e.id)}
                aria-current={e.id === selected ? 'true' : undefined}
                onClick={
                  onSelect
                    ? (ev) => {
                        ev.preventDefault()
                        onSelect(e.id)
                      }
                    : undefined
                }
              >
                {what(e)}: {who(e.source)} → {who(e.target)} <span class={`tag m-${e.modality}`}>{MODALITY_LABELS[e.modality]}</span>
              </a>
            </li>
          ))}
        </ul>
        {chosen ? <EventCard e={chosen} text={a.text} /> : <p class="muted">Choose an event to see its card.</p>}
      </aside>
    </div>
  )
}

export const ArticleView_ = ({ route }: { route: Route }) => {
  const id = route.id ?? ''
  const { data, error, loading } = useData(`article ${id}`, () => read<ArticleView>(api.articles[':id'].$get({ param: { id } })))
  return (
    <section>
      {loading ? <Loading what="the article" /> : null}
      {error ? <Failure message={error} /> : null}
      {data ? <Reader a={data} selected={route.params.get('event')} link={(event) => href('article', id, { event })} /> : null}
    </section>
  )
}

/** One happening with every report of it, across articles. */
export const EventView = ({ route }: { route: Route }) => {
  const id = route.id ?? ''
  const { data, error, loading } = useData(`event ${id}`, () => read<FusedEvent>(api.events[':id'].$get({ param: { id } })))
  return (
    <section>
      {loading ? <Loading what="the event" /> : null}
      {error ? <Failure message={error} /> : null}
      {data ? (
        <>
          <h2>
            {what(data)}: {who(data.source)} → {who(data.target)}
          </h2>
          <ol class="timeline">
            <EventRow e={data} link={href('event', data.id)} />
          </ol>
          <h3>Reports ({data.reports.length})</h3>
          <ul>
            {data.reports.map((r) => (
              <li key={r.event}>
                <a href={href('article', r.article, { event: r.event })}>{r.title ?? r.article}</a> <span class="muted">{[r.outlet, r.articleDate, r.record.attribution.kind].filter(Boolean).join(' · ')}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
