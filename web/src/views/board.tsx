import { api, read, type Board, type Channel } from '../api.ts'
import { Failure, Loading } from '../components.tsx'
import { outlets, what, who } from '../format.ts'
import { href, useData, type Route } from '../route.ts'

const Item = ({ i, extra }: { i: { event: Board['channels'][number]['refusals'][number]['event']; date: string | null }; extra?: string }) => {
  const e = i.event
  const r = e.reports[0]
  return (
    <li>
      <a href={r ? href('article', r.article, { event: r.event }) : '#'}>
        <span class="when">{i.date ?? 'undated'}</span> {what(e)}: {who(e.source)} → {who(e.target)}
        {extra ?? ''}
      </a>{' '}
      <span class="muted">({outlets(e)})</span>
    </li>
  )
}

const Section = ({ title, cls, children, empty }: { title: string; cls: string; children: preact.ComponentChildren[]; empty: string }) => (
  <div class={`state ${cls}`}>
    <h4>{title}</h4>
    {children.length ? <ul>{children}</ul> : <p class="muted">{empty}</p>}
  </div>
)

const ChannelCard = ({ c, board }: { c: Channel; board: Board }) => (
  <article class="channel" aria-label={c.label || 'level unspecified'}>
    <h3>
      <a href={href('timeline', null, { a: board.a, b: board.b, channel: c.ends ? c.label : 'unspecified' })}>{c.label}</a>
    </h3>
    <p class="muted">{c.events} event{c.events === 1 ? '' : 's'}</p>
    <Section title="Last contact" cls="last" empty="none on record">
      {c.lastContact ? [<Item key="l" i={c.lastContact} />] : []}
    </Section>
    <Section title="Open requests" cls="open" empty="none open">
      {c.openRequests.map((r) => (
        <Item key={r.event.id} i={r} extra={`${r.asks > 1 ? ` ×${r.asks}` : ''} — ${r.event.answer === 'none' ? 'no answer' : 'answer not reported'}${r.waitingDays !== null ? `, waiting ${r.waitingDays} days` : ''}`} />
      ))}
    </Section>
    <Section title="Refused or cancelled" cls="refused" empty="none">
      {c.refusals.map((r) => <Item key={r.event.id} i={r} />)}
    </Section>
    <Section title="Announced" cls="announced" empty="none">
      {c.announced.map((r) => <Item key={r.event.id} i={r} />)}
    </Section>
    <Section title="Did not happen" cls="negated" empty="none">
      {c.didNotHappen.map((r) => <Item key={r.event.id} i={r} />)}
    </Section>
    {c.temperature.length ? (
      <div class="state temp">
        <h4>Temperature (PLOVER scores by month)</h4>
        <ul class="temps">
          {c.temperature.map((t) => (
            <li key={t.month} class={t.mean >= 0 ? 'warm' : 'cold'}>
              {t.month}: sum {t.sum > 0 ? '+' : ''}
              {t.sum}, mean {t.mean > 0 ? '+' : ''}
              {t.mean} ({t.events})
            </li>
          ))}
        </ul>
      </div>
    ) : null}
  </article>
)

/** The channel board of a dyad: a grid of channels by sector and level, each with its state. */
export const BoardView = ({ route }: { route: Route }) => {
  const a = route.params.get('a')
  const b = route.params.get('b')
  const asOf = route.params.get('asOf')
  const query: { a?: string; b?: string; asOf?: string } = {}
  if (a && b) Object.assign(query, { a, b })
  if (asOf) query.asOf = asOf
  const { data, error, loading } = useData(`board ${a} ${b} ${asOf}`, () => read<Board>(api.channels.$get({ query })))
  const submit = (ev: Event) => {
    ev.preventDefault()
    const f = new FormData(ev.target as HTMLFormElement)
    location.hash = href('board', null, { a: String(f.get('a') ?? '').toUpperCase(), b: String(f.get('b') ?? '').toUpperCase(), asOf: String(f.get('asOf') ?? '') })
  }
  return (
    <section>
      <h2>Channel board{data ? `: ${data.a} ↔ ${data.b}` : ''}</h2>
      <form class="filters" onSubmit={submit}>
        <label>
          Country <input name="a" size={5} value={data?.a ?? a ?? ''} placeholder="USA" />
        </label>
        <label>
          and <input name="b" size={5} value={data?.b ?? b ?? ''} placeholder="CHN" />
        </label>
        <label>
          as of <input name="asOf" type="date" value={asOf ?? data?.asOf ?? ''} />
        </label>
        <button type="submit">Show</button>
        {data ? <a href={href('timeline', null, { a: data.a, b: data.b })}>timeline of all events</a> : null}
      </form>
      {loading ? <Loading what="the board" /> : null}
      {error ? <Failure message={error} /> : null}
      {data ? (
        <>
          <p class="muted">As of {data.asOf ?? 'the newest report'}; {data.channels.length} channels.</p>
          <div class="grid">{data.channels.map((c) => <ChannelCard key={c.label} c={c} board={data} />)}</div>
        </>
      ) : null}
    </section>
  )
}
