import { createHash } from 'node:crypto'
import type { ActorMention, Doc, EventAnnotation, Modality, PloverType, Span } from '../core/index.ts'

/** An actor as spec/event.schema.json writes it. */
export interface ActorRecord {
  readonly text: string
  readonly name: string | null
  readonly country: string | null
  readonly sector: string | null
  readonly level: string | null
  readonly role: string | null
}

/** One event as spec/event.schema.json defines it: one JSON object a line. */
export interface EventRecord {
  readonly id: string
  readonly article: string
  readonly type: PloverType
  readonly mode: string | null
  readonly context: readonly string[]
  readonly source: ActorRecord
  readonly target: ActorRecord | null
  readonly modality: Modality
  readonly count: number
  readonly answer: EventAnnotation['answer']
  readonly date: { readonly text: string; readonly start: string | null; readonly end: string | null } | null
  readonly location: { readonly text: string; readonly country: string | null } | null
  readonly attribution: { readonly kind: string; readonly who: string | null; readonly via: string | null; readonly hedge: string | null }
  readonly evidence: { readonly sentences: readonly Span[]; readonly trigger: Span; readonly cue: Span | null }
}

const actor = (text: string, m: ActorMention): ActorRecord => ({
  text: text.slice(m.span[0], m.span[1]).replace(/\s+/g, ' '),
  name: m.name,
  country: m.country,
  sector: m.sector,
  level: m.level,
  role: m.role,
})

/** Text appears only here, on output; annotations hold spans. The id is stable for the same article text and trigger. */
export const toEventRecord = (doc: Doc, e: EventAnnotation): EventRecord => {
  const text = doc.article.text
  const slice = (s: Span | null): string | null => (s ? text.slice(s[0], s[1]).replace(/\s+/g, ' ') : null)
  const id = createHash('sha1').update(`${doc.article.id}\u0000${e.trigger[0]}\u0000${e.type}`).digest('hex').slice(0, 16)
  return {
    id,
    article: doc.article.id,
    type: e.type,
    mode: e.mode,
    context: e.context,
    source: actor(text, e.source),
    target: e.target ? actor(text, e.target) : null,
    modality: e.modality,
    count: e.count,
    answer: e.answer,
    date: e.date ? { text: slice(e.date.span)!, start: e.date.start, end: e.date.end } : null,
    location: e.location ? { text: slice(e.location.span)!, country: e.location.country } : null,
    attribution: { kind: e.attribution.kind, who: slice(e.attribution.who), via: slice(e.attribution.via), hedge: e.attribution.hedge },
    evidence: { sentences: e.sentences, trigger: e.trigger, cue: e.cue },
  }
}
