import { channelLabel, channelOf } from '../../../src/channels/channel-key.ts'
import { api, read, type FusedEvent } from '../api.ts'
import { EventRow, Failure, Loading } from '../components.tsx'
import { GROUP_LABELS } from '../format.ts'
import { href, useData, type Route } from '../route.ts'

const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'] as const
const MODALITIES = ['asserted', 'negated', 'future', 'hypothetical'] as const

/** Events between two countries over time, optionally of one channel; filters in the URL. */
export const TimelineView = ({ route }: { route: Route }) => {
  const p = route.params
  const a = p.get('a') ?? ''
  const b = p.get('b') ?? ''
  const channel = p.get('channel')
  const type = p.get('type')
  const modality = p.get('modality')
  const query: Record<string, string> = { country: a, counterpart: b }
  if (type) query.type = type
  if (modality) query.modality = modality
  const { data, error, loading } = useData(`timeline ${p.toString()}`, () => (a && b ? read<FusedEvent[]>(api.events.$get({ query })) : Promise.resolve([])))
  const inChannel = (e: FusedEvent): boolean => !channel || (channel === 'unspecified' ? channelOf(e, a) === null : channelLabel(channelOf(e, a)) === channel)
  const events = (data ?? []).filter(inChannel)
  const set = (k: string, v: string) => {
    const next: Record<string, string | null> = Object.fromEntries(p.entries())
    next[k] = v || null
    location.hash = href('timeline', null, next)
  }
  return (
    <section>
      <h2>
        Timeline {a} ↔ {b}
        {channel ? `: ${channel === 'unspecified' ? 'level unspecified' : channel}` : ''}
      </h2>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          Type{' '}
          <select value={type ?? ''} onChange={(e) => set('type', (e.target as HTMLSelectElement).value)}>
            <option value="">all</option>
            {TYPES.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
        <label>
          Modality{' '}
          <select value={modality ?? ''} onChange={(e) => set('modality', (e.target as HTMLSelectElement).value)}>
            <option value="">all</option>
            {MODALITIES.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
        {channel ? <a href={href('timeline', null, { a, b, type, modality })}>all channels</a> : null}
        <a href={href('board', null, { a, b })}>board</a>
      </form>
      <p class="legend" aria-label="legend">
        {Object.entries(GROUP_LABELS).map(([g, l]) => (
          <span key={g} class={`tag g-${g}`}>
            {l}
          </span>
        ))}
        <span class="tag m-negated">did not happen</span>
        <span class="tag m-future">planned</span>
        <span class="tag m-hypothetical">hypothetical</span>
      </p>
      {loading ? <Loading what="events" /> : null}
      {error ? <Failure message={error} /> : null}
      {data ? (
        events.length ? (
          <ol class="timeline">
            {events.map((e) => (
              <EventRow key={e.id} e={e} link={href('article', e.reports[0]?.article ?? null, { event: e.reports[0]?.event })} />
            ))}
          </ol>
        ) : (
          <p class="muted">No events.</p>
        )
      ) : null}
    </section>
  )
}
