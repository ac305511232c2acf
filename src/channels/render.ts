import type { ActorRecord } from '../events/index.ts'
import type { Board, Channel, ChannelItem } from './board.ts'

const who = (a: ActorRecord | null): string => (a ? (a.name ?? a.text) : '?')

const line = (i: ChannelItem, extra = ''): string => {
  const e = i.event
  const r = e.reports[0]!
  const source = r.title ? `“${r.title.length > 70 ? `${r.title.slice(0, 69)}…` : r.title}”` : r.article
  const outlets = `${e.corroboration} outlet${e.corroboration === 1 ? '' : 's'}${e.onRecord ? '' : ', anonymous or hedged only'}`
  return `${(i.date ?? 'undated').padEnd(10)}  ${e.type}${e.mode ? `/${e.mode}` : ''}  ${who(e.source)} → ${who(e.target)}${extra}  · ${outlets} · ${source}${r.outlet ? ` (${r.outlet})` : ''}`
}

const section = (title: string, items: readonly string[]): string[] =>
  items.length === 0 ? [`  ${title.padEnd(19)}—`] : items.map((s, k) => `  ${(k === 0 ? title : '').padEnd(19)}${s}`)

const channelText = (c: Channel): string[] => [
  `${c.label}  (${c.events} event${c.events === 1 ? '' : 's'})`,
  ...section('last contact', c.lastContact ? [line(c.lastContact)] : []),
  ...section(
    'open requests',
    c.openRequests.map((r) => line(r, `${r.asks > 1 ? ` ×${r.asks}` : ''}, ${r.event.answer === 'none' ? 'no answer' : 'answer not reported'}${r.waitingDays !== null ? `, waiting ${r.waitingDays} days` : ''}`)),
  ),
  ...section('refused/cancelled', c.refusals.map((r) => line(r))),
  ...section('announced', c.announced.map((r) => line(r))),
  ...section('did not happen', c.didNotHappen.map((r) => line(r))),
  ...section('temperature', c.temperature.map((t) => `${t.month}  sum ${t.sum >= 0 ? '+' : ''}${t.sum}  mean ${t.mean >= 0 ? '+' : ''}${t.mean}  (${t.events} event${t.events === 1 ? '' : 's'})`)),
]

/** The board as text for a terminal. */
export const renderBoard = (b: Board): string => {
  const head = `Channels ${b.a} ↔ ${b.b}, as of ${b.asOf ?? 'the newest report'}: ${b.channels.length} channel${b.channels.length === 1 ? '' : 's'}`
  if (b.channels.length === 0) return `${head}\n(no events between ${b.a} and ${b.b} in the store)\n`
  return `${[head, '', ...b.channels.flatMap((c) => [...channelText(c), ''])].join('\n')}`
}
