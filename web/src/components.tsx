import type { ComponentChildren } from 'preact'
import type { ArticleView, FusedEvent } from './api.ts'
import { GROUP_LABELS, groupOf, MODALITY_LABELS, outlets, what, who, whoLong } from './format.ts'
import { href } from './route.ts'

export const Loading = ({ what: label }: { what: string }) => <p class="muted" role="status">Loading {label}…</p>
export const Failure = ({ message }: { message: string }) => <p class="error" role="alert">{message}</p>

/** A happening in one line: coloured by PLOVER group, modality visible (struck, dashed, faded). */
export const EventRow = ({ e, link }: { e: FusedEvent; link: string }) => (
  <li class={`event g-${groupOf(e.type)} m-${e.modality}`}>
    <a href={link}>
      <span class="when">{e.when ?? 'undated'}</span>
      <span class="what">{what(e)}</span>
      <span class="who">
        {who(e.source)} → {who(e.target)}
        {e.count > 1 ? ` ×${e.count}` : ''}
      </span>
      <span class="tags">
        <span class={`tag m-${e.modality}`}>{MODALITY_LABELS[e.modality] ?? e.modality}</span>
        <span class="tag">{GROUP_LABELS[groupOf(e.type)]}</span>
        <span class="tag">{outlets(e)}</span>
      </span>
    </a>
  </li>
)

type ArticleEvent = ArticleView['events'][number]

const Row = ({ k, children }: { k: string; children: ComponentChildren }) => (
  <>
    <dt>{k}</dt>
    <dd>{children}</dd>
  </>
)

/** The card of one event as an article reports it: every field and the evidence that decided it. */
export const EventCard = ({ e, text }: { e: ArticleEvent; text: string }) => {
  const slice = (s: readonly [number, number] | null) => (s ? text.slice(s[0], s[1]) : null)
  const a = e.attribution
  return (
    <section class={`card g-${groupOf(e.type)}`} aria-label="event">
      <h3>
        {what(e)} <span class={`tag m-${e.modality}`}>{MODALITY_LABELS[e.modality]}</span>
      </h3>
      <dl>
        <Row k="source">
          {whoLong(e.source)}
          {e.source.role ? ` — ${e.source.role}` : ''}
        </Row>
        <Row k="target">
          {whoLong(e.target)}
          {e.target?.role ? ` — ${e.target.role}` : ''}
        </Row>
        <Row k="modality">
          {e.modality}
          {e.evidence.cue ? <> — decided by “{slice(e.evidence.cue)}”</> : null}
        </Row>
        <Row k="trigger">“{slice(e.evidence.trigger)}”</Row>
        <Row k="attribution">
          {a.kind}
          {a.who ? `: ${a.who}` : ''}
          {a.via ? `, via ${a.via}` : ''}
          {a.hedge ? ` (${a.hedge})` : ''}
        </Row>
        {e.count > 1 ? <Row k="count">{e.count}</Row> : null}
        {e.answer ? <Row k="answer">{e.answer}</Row> : null}
        <Row k="date">{e.date ? `${e.date.text}: ${e.date.start ?? '?'}${e.date.end && e.date.end !== e.date.start ? ` – ${e.date.end}` : ''}` : 'not stated'}</Row>
        {e.location ? <Row k="location">{e.location.text}</Row> : null}
        {e.happening ? (
          <Row k="all reports">
            <a href={href('event', e.happening)}>this happening across articles</a>
          </Row>
        ) : null}
      </dl>
    </section>
  )
}

export interface Mark {
  readonly start: number
  readonly end: number
  readonly kind: 'actor' | 'trigger' | 'cue' | 'time' | 'source' | 'selected'
  readonly title: string
}

/**
 * The text with its annotations highlighted from their offsets. Text is rendered as text nodes
 * only (never as HTML), so markup inside an article stays inert.
 */
export const Highlighted = ({ text, marks }: { text: string; marks: readonly Mark[] }) => {
  const points = new Set<number>([0, text.length])
  for (const m of marks) {
    if (m.start >= 0 && m.end <= text.length && m.start < m.end) {
      points.add(m.start)
      points.add(m.end)
    }
  }
  const cuts = [...points].sort((x, y) => x - y)
  const out = []
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [s, t] = [cuts[i]!, cuts[i + 1]!]
    const on = marks.filter((m) => m.start <= s && m.end >= t)
    const piece = text.slice(s, t)
    if (on.length === 0) out.push(piece)
    else
      out.push(
        <mark key={s} class={on.map((m) => `hl-${m.kind}`).join(' ')} title={[...new Set(on.map((m) => m.title))].join(' · ')} data-kinds={on.map((m) => m.kind).join(' ')}>
          {piece}
        </mark>,
      )
  }
  return <div class="article-text">{out}</div>
}

/** Marks for an article: actors, time expressions, triggers, cues, sources; the chosen event's sentences. */
export const marksOf = (a: ArticleView, selected: ArticleEvent | null): Mark[] => {
  const marks: Mark[] = []
  for (const m of a.mentions) marks.push({ start: m.span[0], end: m.span[1], kind: 'actor', title: `${m.name ?? 'actor'} ${[m.country, m.sector, m.level].filter(Boolean).join(' ')} (${m.how})` })
  for (const t of a.times) marks.push({ start: t.span[0], end: t.span[1], kind: 'time', title: `${t.start ?? '?'}${t.end && t.end !== t.start ? ` – ${t.end}` : ''} (${t.rule})` })
  for (const e of a.events) {
    marks.push({ start: e.evidence.trigger[0], end: e.evidence.trigger[1], kind: 'trigger', title: `${what(e)} · ${e.modality}` })
    if (e.evidence.cue) marks.push({ start: e.evidence.cue[0], end: e.evidence.cue[1], kind: 'cue', title: `${e.modality} cue` })
    // the speaker is given as words: find them in the event's sentences
    if (e.attribution.who) {
      for (const [s, t] of e.evidence.sentences) {
        const at = a.text.slice(s, t).indexOf(e.attribution.who)
        if (at >= 0) {
          marks.push({ start: s + at, end: s + at + e.attribution.who.length, kind: 'source', title: `source: ${e.attribution.kind}` })
          break
        }
      }
    }
  }
  if (selected) for (const [s, t] of selected.evidence.sentences) marks.push({ start: s, end: t, kind: 'selected', title: 'evidence of the chosen event' })
  return marks
}
