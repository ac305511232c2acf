import { Ajv } from 'ajv'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ConfigError, PLOVER_TYPES, type PloverType } from '../core/index.ts'
import { phraseSet, type PhraseSet } from './phrase.ts'

export const LEXICON_DIR = fileURLToPath(new URL('../../data/lexicon/', import.meta.url))

export interface TriggerEntry {
  readonly pattern: string
  readonly pos: 'verb' | 'noun'
  readonly type: PloverType
  readonly mode: string | null
  readonly target: readonly string[]
  readonly context: readonly string[]
  readonly passive: boolean
  /** an act two parties do together ("restored diplomatic relations", "clashed"): "X and Y …" names both */
  readonly mutual: boolean
  /** the type the act becomes when announced for later or on a condition ("we will hold X accountable": THREATEN) */
  readonly future: PloverType | null
  /** an act complete without a party on the other end ("resigned", "declared a unilateral ceasefire"): kept with no target */
  readonly alone: boolean
}

export type AnswerKind = 'none' | 'refused' | 'accepted'

export interface Lexicon {
  readonly triggers: PhraseSet<TriggerEntry>
  readonly negBefore: PhraseSet<true>
  readonly negComplement: PhraseSet<true>
  readonly futureBefore: PhraseSet<true>
  readonly futureTimes: PhraseSet<true>
  readonly reportedWould: boolean
  readonly conditional: PhraseSet<true>
  readonly hypoBefore: PhraseSet<true>
  /** modifiers that make a noun trigger planned ("his expected summit") or imagined ("any attack") */
  readonly futureModifiers: ReadonlySet<string>
  readonly hypoModifiers: ReadonlySet<string>
  /** nouns whose infinitive is not yet done: "an amendment … to strip Egypt of its aid" */
  readonly proposalNouns: ReadonlySet<string>
  readonly advice: PhraseSet<true>
  /** verbs whose object does the infinitive after it ("asked China to …"); after others, the subject does */
  readonly objectControl: ReadonlySet<string>
  /** nouns for people, after which "in X" gives their country ("security forces in Guinea") */
  readonly peopleIn: ReadonlySet<string>
  /** groups inside a country: an act aimed only at them targets the acting country's own */
  readonly domesticGroups: ReadonlySet<string>
  /** what people in a country do or suffer: only a deed done to it targets the country's own */
  readonly domesticDeeds: ReadonlySet<string>
  /** measures a state imposes at home, a threat of which is aimed at its own country */
  readonly domesticMeasures: ReadonlySet<string>
  /** fixed phrases that hold a trigger word and name no act ("plead guilty") */
  readonly notEvents: PhraseSet<true>
  /** things a state owns: attacking one with no party named is aimed at its owner */
  readonly ownedThings: ReadonlySet<string>
  /** harmful acts that, announced on a condition ("unless", "if" after them), are threats */
  readonly conditionalThreat: { readonly types: ReadonlySet<string>; readonly cues: ReadonlySet<string> }
  /** a harmful act its doer says it will do is a threat made now (types, and the future cues that make it) */
  readonly statedThreat: { readonly types: ReadonlySet<string>; readonly cues: ReadonlySet<string> }
  /** "the two countries", "both leaders": a subject naming two parties already mentioned */
  readonly pairs: PhraseSet<true>
  /** verbs of putting forward: the proposer of what is rejected is the rejection's target */
  readonly proposing: ReadonlySet<string>
  /** verbs of doing a deed: whom an accusation of deeds is aimed at ('crimes committed by X') */
  readonly perpetrating: ReadonlySet<string>
  /** verbs whose subject does the act their object noun names ("held talks"); after others it does not ("touts the summit") */
  readonly lightVerbs: ReadonlySet<string>
  /** a refusal stated now: an agreement negated by "won't", "refuses to" is a REJECT */
  readonly refusal: { readonly types: ReadonlySet<string>; readonly cues: ReadonlySet<string> }
  /** contact verbs whose object must be someone ("meet any attack" is no meeting) */
  readonly contactObjects: ReadonlySet<string>
  /** protest verbs that with an object mean something else ("rallies a coalition") */
  readonly intransitiveProtests: ReadonlySet<string>
  /** nouns after a noun trigger that keep it the act ("a mediation effort"); before any other noun it is a modifier */
  readonly compoundHeads: ReadonlySet<string>
  readonly numbers: ReadonlyMap<string, number>
  readonly answers: PhraseSet<AnswerKind>
  readonly reporting: ReadonlySet<string>
  /** verbs of saying whose that-clause reports someone else's act */
  readonly saying: ReadonlySet<string>
  readonly hedges: PhraseSet<string>
  readonly unnamed: PhraseSet<true>
  readonly documents: ReadonlySet<string>
  readonly anonymity: PhraseSet<true>
  /** types that need no target (MOBILIZE, PROTEST) */
  readonly untargeted: ReadonlySet<string>
  /** patterns of trigger entries marked `alone`: their events stand without a target */
  readonly alone: ReadonlySet<string>
  /** types where each coordinated target is a happening of its own ("met Duda and Zelensky") */
  readonly separateParties: ReadonlySet<string>
  /** nouns of a grievance a protest shows, whose party it is aimed at ("to show their disapproval for X") */
  readonly grievances: ReadonlySet<string>
  /** nouns of asking that end a trigger of another type ("meet * demand", "reject * appeal"): their infinitive is what is asked */
  readonly demandNouns: ReadonlySet<string>
  /** types whose future form is a pledge, coded AGREE */
  readonly pledges: ReadonlySet<string>
  /** first words (lemmas) of a future cue that make a promise of it */
  readonly pledgeCues: ReadonlySet<string>
  /** contact types whose announcement with a pledge cue is also an agreement to meet (AGREE, asserted) */
  readonly agreedMeetings: ReadonlySet<string>
  /** "must", "has to": a demand when a speaker says another party must act */
  readonly obligation: PhraseSet<true>
  /** verbs that may name rather than act ("calling Kerry the worst negotiator") and the words that tell */
  readonly naming: { readonly verbs: ReadonlySet<string>; readonly before: ReadonlySet<string>; readonly after: ReadonlySet<string> }
}

const triggerSchema = {
  type: 'object',
  required: ['about', 'entries'],
  properties: {
    about: { type: 'string' },
    entries: {
      type: 'array',
      items: {
        type: 'object',
        required: ['pattern', 'pos', 'type', 'target'],
        properties: {
          pattern: { type: 'string', minLength: 1, pattern: '^[^*\\s]' },
          pos: { enum: ['verb', 'noun'] },
          type: { enum: [...PLOVER_TYPES] },
          mode: { type: ['string', 'null'] },
          target: { type: 'array', items: { type: 'string' } },
          context: { type: 'array', items: { type: 'string' } },
          passive: { type: 'boolean' },
          mutual: { type: 'boolean' },
          future: { enum: [...PLOVER_TYPES] },
          alone: { type: 'boolean' },
        },
      },
    },
  },
} as const

const read = (path: string): unknown => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch (e) {
    throw new ConfigError('lexicon', `${path}: cannot read lexicon: ${(e as Error).message}`)
  }
}

const set = (words: readonly string[]): PhraseSet<true> => phraseSet(words.map((pattern) => ({ pattern, value: true as const })))

interface Cues {
  negation: { before: string[]; complement: string[] }
  future: { before: string[]; reported_would: boolean; times: string[]; noun_modifiers: string[] }
  hypothetical: { conditional: string[]; before: string[]; advice: string[]; noun_modifiers: string[]; proposals: string[] }
  count: { numbers: Record<string, number> }
  answer: { none: string[]; refused: string[]; accepted: string[] }
  attribution: { reporting: string[]; saying: string[]; hedges: Record<string, string>; unnamed: string[]; documents: string[]; anonymity: string[] }
  untargeted: { types: string[] }
  coordinated_targets: { types: string[] }
  grievances: { nouns: string[] }
  demand_nouns: { nouns: string[] }
  pledges: { types: string[]; cues: string[]; agreedMeetings: { types: string[] } }
  obligation: { words: string[] }
  naming: { verbs: string[]; before: string[]; after: string[] }
  compounds: { keep_before: string[] }
  control: { object: string[] }
  located: { people: string[] }
  pairs: { determiners: string[]; nouns: string[] }
  proposals: { verbs: string[] }
  perpetrators: { verbs: string[] }
  light_verbs: { verbs: string[] }
  refusal: { types: string[]; cues: string[] }
  contact_objects: { verbs: string[] }
  intransitive_protests: { verbs: string[] }
  domestic: { groups: string[]; deeds: string[]; measures: string[] }
  conditional_threat: { types: string[]; cues: string[] }
  stated_threat: { types: string[]; cues: string[] }
  not_events: { phrases: string[] }
  owned_things: { nouns: string[] }
}

export const loadLexicon = (dir: string = LEXICON_DIR): Lexicon => {
  const tpath = `${dir}triggers.json`
  const raw = read(tpath)
  const validate = new Ajv({ strict: false }).compile(triggerSchema)
  if (!validate(raw)) {
    const err = validate.errors![0]!
    throw new ConfigError('lexicon', `${tpath}: ${err.instancePath || 'file'} ${err.message}`)
  }
  const entries = (raw as { entries: Record<string, unknown>[] }).entries.map(
    (e): TriggerEntry => ({
      pattern: e.pattern as string,
      pos: e.pos as 'verb' | 'noun',
      type: e.type as PloverType,
      mode: (e.mode ?? null) as string | null,
      target: e.target as string[],
      context: (e.context ?? []) as string[],
      passive: e.passive !== false,
      mutual: e.mutual === true,
      future: (e.future ?? null) as PloverType | null,
      alone: e.alone === true,
    }),
  )
  const c = read(`${dir}cues.json`) as Cues
  const answers = phraseSet<AnswerKind>([
    ...c.answer.none.map((pattern) => ({ pattern, value: 'none' as const })),
    ...c.answer.refused.map((pattern) => ({ pattern, value: 'refused' as const })),
    ...c.answer.accepted.map((pattern) => ({ pattern, value: 'accepted' as const })),
  ])
  return {
    triggers: phraseSet(entries.map((value) => ({ pattern: value.pattern, value }))),
    negBefore: set(c.negation.before),
    negComplement: set(c.negation.complement),
    futureBefore: set(c.future.before),
    futureTimes: set(c.future.times),
    reportedWould: c.future.reported_would,
    conditional: set(c.hypothetical.conditional),
    hypoBefore: set(c.hypothetical.before),
    advice: set(c.hypothetical.advice),
    objectControl: new Set(c.control.object),
    peopleIn: new Set(c.located.people),
    pairs: set(c.pairs.determiners.map((d) => `${d} ${c.pairs.nouns.join('|')}`)),
    proposing: new Set(c.proposals.verbs),
    perpetrating: new Set(c.perpetrators.verbs),
    lightVerbs: new Set(c.light_verbs.verbs),
    refusal: { types: new Set(c.refusal.types), cues: new Set(c.refusal.cues) },
    contactObjects: new Set(c.contact_objects.verbs),
    intransitiveProtests: new Set(c.intransitive_protests.verbs),
    domesticGroups: new Set(c.domestic.groups),
    domesticDeeds: new Set(c.domestic.deeds),
    domesticMeasures: new Set(c.domestic.measures),
    notEvents: set(c.not_events.phrases),
    ownedThings: new Set(c.owned_things.nouns),
    conditionalThreat: { types: new Set(c.conditional_threat.types), cues: new Set(c.conditional_threat.cues) },
    statedThreat: { types: new Set(c.stated_threat.types), cues: new Set(c.stated_threat.cues) },
    compoundHeads: new Set(c.compounds.keep_before),
    futureModifiers: new Set(c.future.noun_modifiers),
    hypoModifiers: new Set(c.hypothetical.noun_modifiers),
    proposalNouns: new Set(c.hypothetical.proposals),
    numbers: new Map(Object.entries(c.count.numbers)),
    answers,
    reporting: new Set(c.attribution.reporting),
    saying: new Set(c.attribution.saying),
    hedges: phraseSet(Object.entries(c.attribution.hedges).map(([pattern, value]) => ({ pattern, value }))),
    unnamed: set(c.attribution.unnamed),
    documents: new Set(c.attribution.documents),
    anonymity: set(c.attribution.anonymity),
    untargeted: new Set(c.untargeted.types),
    alone: new Set(entries.filter((e) => e.alone).map((e) => e.pattern)),
    separateParties: new Set(c.coordinated_targets.types),
    grievances: new Set(c.grievances.nouns),
    demandNouns: new Set(c.demand_nouns.nouns),
    pledges: new Set(c.pledges.types),
    pledgeCues: new Set(c.pledges.cues),
    agreedMeetings: new Set(c.pledges.agreedMeetings.types),
    obligation: set(c.obligation.words),
    naming: { verbs: new Set(c.naming.verbs), before: new Set(c.naming.before), after: new Set(c.naming.after) },
  }
}

let cached: Lexicon | null = null
export const lexicon = (): Lexicon => (cached ??= loadLexicon())
