import type { Article } from './article.ts'
import type { Message } from './message.ts'
import type { Span } from './span.ts'

/** Universal part-of-speech tag as wink-nlp assigns it (PROPN, NOUN, VERB, AUX, ...). */
export type Pos = string

export interface Token {
  readonly span: Span
  readonly pos: Pos
  /** lower-case lemma (wink-nlp); a normalised form for matching, not a copy of the text */
  readonly lemma: string
}

/** `[first, end)` indices into `Doc.tokens`. */
export type TokenRange = readonly [first: number, end: number]

export interface Sentence {
  readonly span: Span
  readonly tokens: TokenRange
}

/** A run of proper nouns ("General Xu Qiliang", "Central Military Commission"). */
export interface Chunk {
  readonly kind: 'propn'
  readonly span: Span
  readonly tokens: TokenRange
}

/** How precisely a time expression was resolved. */
export type TimeGrain = 'day' | 'week' | 'month' | 'season' | 'year' | 'range' | 'relative'

/**
 * A time expression and the ISO interval it denotes, resolved against the article's date.
 * `start`/`end` are null where the text does not pin them down ("weeks after the summit" with
 * no dated summit leaves both null; "in the months that followed" may leave `end` null).
 */
export interface TimeExpr {
  readonly span: Span
  readonly start: string | null
  readonly end: string | null
  readonly grain: TimeGrain
  /** which rule resolved it: chrono-node, or one of our fix-ups */
  readonly rule: string
}

/** Sector of an actor (spec/EVENTS.md): GOV executive, MIL armed forces, LEG, JUD, PTY, MED, BUS, CVL, IGO. */
export const SECTORS = ['GOV', 'MIL', 'LEG', 'JUD', 'PTY', 'MED', 'BUS', 'CVL', 'IGO'] as const
export type Sector = (typeof SECTORS)[number]
/** Tier of office: the heart of "dialogue at the proper level". */
export const LEVELS = ['head', 'minister', 'senior', 'working'] as const
export type Level = (typeof LEVELS)[number]

/**
 * A mention of an actor, resolved as far as the text and the actor dictionary allow, as of the
 * date of its sentence (or the article's). `how` says which rule resolved it, so a user can see
 * why an actor is who it is; a coreferent mention points at its antecedent's span.
 */
export interface ActorMention {
  readonly span: Span
  readonly kind: 'person' | 'group' | 'institution' | 'country'
  readonly name: string | null
  readonly country: string | null
  readonly sector: Sector | null
  readonly level: Level | null
  readonly role: string | null
  /** dictionary id of the person, when known */
  readonly person: string | null
  readonly gender: 'm' | 'f' | null
  readonly how: string
  readonly antecedent: Span | null
}

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const
export type PloverType = (typeof PLOVER_TYPES)[number]
export type Modality = 'asserted' | 'negated' | 'future' | 'hypothetical'
export type AttributionKind = 'author' | 'named' | 'anonymous' | 'unnamed-sources' | 'document'

/** Who vouches for an event in the article (spans point at the words that name them). */
export interface Attribution {
  readonly kind: AttributionKind
  readonly who: Span | null
  readonly via: Span | null
  readonly hedge: string | null
}

/**
 * One happening the article reports, with the evidence for every field: the trigger, the cue
 * that decided its modality, the sentences that report it.
 */
export interface EventAnnotation {
  readonly type: PloverType
  readonly mode: string | null
  readonly context: readonly string[]
  readonly source: ActorMention
  readonly target: ActorMention | null
  readonly modality: Modality
  /** the words that made it negated/future/hypothetical; null when asserted */
  readonly cue: Span | null
  readonly count: number
  readonly answer: 'none' | 'accepted' | 'refused' | null
  readonly date: TimeExpr | null
  readonly location: { readonly span: Span; readonly country: string | null } | null
  readonly attribution: Attribution
  readonly trigger: Span
  /** the lexicon pattern that fired */
  readonly rule: string
  readonly sentences: readonly Span[]
}

/**
 * One article flowing through the pipeline. Each stage returns a new Doc with its annotations
 * added; none changes `article.text`.
 */
export interface Doc {
  readonly kind: 'document'
  readonly article: Article
  readonly messages: readonly Message[]
  readonly tokens: readonly Token[]
  readonly sentences: readonly Sentence[]
  readonly chunks: readonly Chunk[]
  readonly times: readonly TimeExpr[]
  readonly mentions: readonly ActorMention[]
  readonly events: readonly EventAnnotation[]
}

export const newDoc = (article: Article, messages: readonly Message[] = []): Doc => ({
  kind: 'document',
  article,
  messages,
  tokens: [],
  sentences: [],
  chunks: [],
  times: [],
  mentions: [],
  events: [],
})

/** A pipeline stage: one signature for all. */
export type Stage = (doc: Doc) => Doc
