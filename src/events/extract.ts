import type { ActorMention, Attribution, Doc, EventAnnotation, Span } from '../core/index.ts'
import { antecedentOf, argumentsOf, tokenStarting, type Arguments } from './arguments.ts'
import { frames, type Frame } from './attribution.ts'
import { clauseOf, clauseStarts, SUBJECT_RELATIVES } from './clauses.ts'
import { answerOf, countOf, dateOf, locationOf } from './details.ts'
import type { Lexicon, TriggerEntry } from './lexicon.ts'
import { cueSpan, modalityOf } from './modality.ts'
import { impliedCountry } from './implied.ts'
import { obligations } from './obligation.ts'
import { findPhrases, formsOf, type PhraseHit, type TokenForms } from './phrase.ts'

/** Heads a trigger's part of speech must have: a verb trigger on a verb, a noun trigger on a noun. */
const VERBAL = new Set(['VERB', 'AUX'])
const NOMINAL = new Set(['NOUN', 'PROPN'])

/**
 * Every event reported in each sentence, before merging: triggers from the lexicon, then the
 * arguments, modality, count, answer, date, location and attribution of each.
 */
export const sentenceEvents = (doc: Doc, lx: Lexicon): EventAnnotation[] => {
  const { tokens, article } = doc
  const f = formsOf(article.text, tokens)
  const pos = tokens.map((t) => t.pos)
  const bySentence = mentionsBySentence(doc)
  const frameOf = frames(doc, lx, f, bySentence)
  const out: EventAnnotation[] = []
  doc.sentences.forEach((s, si) => {
    const [from, to] = s.tokens
    const mentions = bySentence[si]!
    // an obligation needs an actor of the sentence; the frame is worked out only where a cue is
    const demanded = mentions.length > 0 && findPhrases(lx.obligation, f, from, to).length > 0 ? obligations(doc, lx, f, s.tokens, s.span, frameOf(si), mentions) : []
    out.push(...demanded)
    // "Mubarak said the US must be ready to mediate": what an obligation demands is its content,
    // one happening with the demand (as what "urged X to" asks is)
    // (the rest of its clause too: "must ensure security to allow emergency supplies to reach the needy")
    const found = triggersIn(lx, f, pos, tokens, article.text, from, to)
    // most sentences have no trigger: their clauses are not worked out
    if (found.length === 0) return
    const starts = clauseStarts(f, pos, from, to)
    const obliged = (start: number): boolean =>
      demanded.some((d) => {
        const k = tokenStarting(tokens, d.trigger[1])
        return k <= start && clauseOf(starts, to, k - 1)[1] > start
      })
    // ("Kenzo Oshima, the United Nations Emergency Relief Coordinator": a trigger word inside an
    // office's or a body's name names no act)
    const named = (h: Trigger): boolean => mentions.some((m) => (m.kind === 'person' || m.kind === 'institution') && m.how !== 'coref:pronoun' && m.span[0] <= tokens[h.start]!.span[0] && tokens[h.end - 1]!.span[1] <= m.span[1])
    const hits = found.filter((h) => !obliged(h.start) && !named(h))
    if (hits.length === 0) return
    const frame = frameOf(si)
    const speaker = speakerOf(doc, frame)
    // the arguments of another trigger of the sentence, in its own clause (a content's, a deed's)
    const argsAt = (h: PhraseHit<TriggerEntry>): Arguments => argumentsOf(doc, f, h.value, [h.start, h.end], clauseOf(starts, to, h.start), s.tokens, starts, mentions, lx)
    const charged = new Set<number>()
    for (const hit of hits) {
      if (charged.has(hit.start)) continue
      let entry = hit.value
      const trig = [hit.start, hit.end] as const
      const clause = clauseOf(starts, to, hit.start)
      const found = argumentsOf(doc, f, entry, trig, clause, s.tokens, starts, mentions, lx)
      // ("I had an even better meeting with Putin": a noun's light verb has the pronoun subject)
      const verbAt = entry.pos === 'verb' ? hit.start : lightVerbOf(doc, f, lx, hit.start, clause[0])
      const clauseArgs = entry.pos === 'verb' ? withPronounSubject(doc, f, hit.start, clause[0], purposeSubject(doc, f, lx, hit.start, clause, found, mentions), speaker) : verbAt >= 0 ? withPronounSubject(doc, f, verbAt, clause[0], found, speaker) : found
      let args = PAIRED.has(entry.type) ? pairSubject(doc, f, lx, hit.start, clause[0], si, clauseArgs) : clauseArgs
      // "France is ready to contribute troops to a force in Liberia": a commitment or threat that
      // names no party of its own is aimed at the party of the act it is about (not a demand:
      // "Trump's push to readmit Russia" asks the G-7, not Russia)
      // (a protest aimed at its own government by default is aimed at whom its demand names:
      // "demanding a referendum on independence from Indonesian rule")
      const ownGovernment = entry.type === 'PROTEST' && args?.target != null && args.target.country === args.source?.country && (args.target.how.startsWith('implied:') || args.source.how.startsWith('implied:'))
      if (args?.source && (!args.target || ownGovernment) && hit.content && entry.type !== 'REQUEST') {
        // (the first act of the content that names a party: "willing to send material to help defend Saudi Arabia")
        for (const c of [hit.content, ...(hit.further ?? [])]) {
          const of = argsAt(c)
          if (!of.target) continue
          if (of.target.country !== args.source.country) args = { ...args, target: of.target }
          break
        }
      }
      // "denounced as an ugly crime Serbia's suppression of …": an accusation with no party of its
      // own is aimed at the doer of the act it names next, a possessor's deed
      if (args?.source && !args.target && entry.type === 'ACCUSE') {
        const deed = hits.find((d) => d.start >= hit.end && d.start - hit.end <= 8 && d.value.pos === 'noun' && DEEDS.has(d.value.type) && /^['’]s?$/.test(f.lower[d.start - 1]!))
        const of = deed ? argsAt(deed) : null
        if (of?.source && of.source.country !== args.source.country) {
          args = { ...args, target: of.source }
          // (the deed is what it charges, one happening with it)
          charged.add(deed!.start)
        }
      }
      // "blocked a road to show their disapproval for the United States' military policies": a
      // protest aimed at its own people is aimed at whom the grievance it shows names
      if (args?.source && entry.type === 'PROTEST' && (!args.target || args.target.country === args.source.country)) {
        const aimed = grievanceTarget(lx, f, tokens, hit.end, clause[1], mentions)
        if (aimed && aimed.country !== args.source.country) args = { ...args, target: aimed }
      }
      // "Islamic fundamentalists continued their hunger strike to demand the resignation of Algerian
      // President Ahmed Ben Bella": protesters no actor places who make a demand of a government are
      // that government's people
      if (args && !args.source && entry.type === 'PROTEST' && hit.content) {
        const asked = argsAt(hit.content).target
        if (asked && asked.country !== null && asked.country !== 'IGO' && (asked.sector === 'GOV' || asked.sector === 'LEG')) {
          const span = [tokens[hit.start]!.span[0], tokens[hit.end - 1]!.span[1]] as const
          args = { ...args, source: impliedCountry(span, asked.country, 'implied:protest-demand', asked.span), target: asked }
        }
      }
      if (!args?.source) continue
      entry = arrivingForces(entry, args.source, article.text)
      if (naming(lx, f, tokens, hit.start, args.target)) continue
      // the reporting verb is the trigger itself ("X accused Y"), or the speaker announces its own act
      // ("the U.S. announced it would cancel the trip")
      // or the speaker is the one who acts: Mattis "said …, while also criticizing China" is the author's report of his act
      const own =
        (frame.verb !== null && frame.verb >= hit.start && frame.verb < hit.end) ||
        speaks(frame, speaker, args.source) ||
        (frame.verb !== null && f.lemma[frame.verb] === 'announce' && frame.attribution.who !== null && frame.attribution.who[0] === (args.subject ?? args.source).span[0])
      let mod = modalityOf(lx, f, tokens, trig, clause, s.tokens, entry.pos === 'noun', entry.type === 'REJECT')
      // "Finland will give Tanzania a grant": the pledge is the event (AGREE, asserted)
      const clauseSpan = [tokens[clause[0]]!.span[0], tokens[clause[1] - 1]!.span[1]] as const
      // (not an act done alone: "the prime minister will resign" promises no one, it stays planned)
      const pledge = mod.modality === 'future' && lx.pledges.has(entry.type) && !(entry.alone && !args.target) && (mod.cue === null || lx.pledgeCues.has(f.lemma[mod.cue[0]]!))
      // "we will hold the Iranian leadership accountable": announced for later, the act is a threat made now
      const unreal = mod.modality === 'future' || mod.modality === 'hypothetical'
      // "will withdraw its force from Chad unless …": a harmful act put on a condition is a threat
      const conditional = unreal && lx.conditionalThreat.types.has(entry.type) && f.lower.slice(hit.end, to).some((w) => lx.conditionalThreat.cues.has(w))
      const becomes = conditional ? 'THREATEN' : entry.future !== null && unreal ? entry.future : null
      // "Iran won't agree to ship its fuel abroad": a refusal stated now is a rejection
      const refused = mod.modality === 'negated' && lx.refusal.types.has(entry.type) && mod.cue !== null && refusalCue(lx, f, mod.cue)
      // the future is promised: its cue is a promise's ("will", a reported "would", "vow")
      const promised = mod.cue !== null && lx.pledgeCues.has(f.lemma[mod.cue[0]]!)
      // "We will pledge to work closely with China": to say one will pledge is to pledge
      // (and so is to say one would be ready: "saying he would be ready to host a meeting")
      const saysPledge = entry.type === 'AGREE' && mod.modality === 'future' && entry.pos === 'verb' && ((lx.pledgeCues.has(f.lemma[hit.start]!) && f.lemma[hit.start] !== 'be') || (READY.has(f.lemma[hit.start]!) && promised))
      // "Palestinian leaders said they would boycott all contact with the United States": a harmful
      // act its doer says it will do is a threat made now (PLOVER; the guide's "the U.S. would protect itself")
      // (said now: "the administration will reveal new sanctions that it will slap" is all to come)
      const saidByDoer = own || (frame.attribution.who !== null && frame.attribution.who[0] === args.source.span[0])
      const threat = !becomes && mod.modality === 'future' && saidByDoer && frame.verb !== null && frame.verb < hit.start && f.lower[frame.verb] !== f.lemma[frame.verb] && mod.cue !== null && lx.statedThreat.cues.has(f.lemma[mod.cue[0]]!) && lx.statedThreat.types.has(entry.mode === 'boycott' ? 'boycott' : entry.type)
      // "Trump said he's willing to slap tariffs on Chinese goods": a readiness to do harm is a threat
      // (a readiness or a vow, not an agreement: "the EU agreed to impose sanctions" decides them)
      const readyToHarm = entry.type === 'AGREE' && READY.has(f.lemma[hit.start]!) && hit.content !== undefined && lx.statedThreat.types.has(hit.content.value.type)
      // ("are willing to forgive President Obasanjo": a readiness, pledge or promise to back someone is
      // that backing, given now; a vow stays a commitment)
      const readyToSupport = entry.type === 'AGREE' && READY.has(f.lemma[hit.start]!) && f.lemma[hit.start] !== 'vow' && hit.content?.value.type === 'SUPPORT'
      if (pledge || becomes || refused || saysPledge || threat) mod = { modality: 'asserted', cue: mod.cue }
      const source = own ? args.source : speakerFor(frame, speaker, args.source)
      const event: EventAnnotation = {
        type: refused ? 'REJECT' : threat || readyToHarm ? 'THREATEN' : readyToSupport ? 'SUPPORT' : (becomes ?? (pledge ? 'AGREE' : entry.type)),
        mode: pledge || becomes || refused || threat || readyToHarm || readyToSupport ? null : entry.mode,
        context: entry.context,
        source,
        target: args.target,
        modality: mod.modality,
        cue: cueSpan(tokens, mod.cue),
        count: countOf(lx, f, trig, clause),
        answer: entry.type === 'REQUEST' ? answerOf(lx, f, s.tokens) : null,
        date: dateOf(doc, clauseSpan, s.span, mod.modality === 'future'),
        location: locationOf(doc, f, clause, mentions, [source, args.target]),
        attribution: attributionFor(frame, own, trig),
        trigger: [tokens[hit.start]!.span[0], tokens[hit.end - 1]!.span[1]],
        // ("has agreed to resign": a commitment to an act done alone is done alone too, and says so in
        // its rule; not a demand, which asks someone: "demanded that the government resign")
        rule: !args.target && entry.type !== 'REQUEST' && hit.content && lx.alone.has(hit.content.value.pattern) ? `${entry.pattern} (to ${hit.content.value.pattern})` : entry.pattern,
        sentences: [s.span],
      }
      out.push(event)
      // "Jawara will visit Mauritania": the announced meeting is also an agreement to meet, made now
      if (entry.pos === 'verb' && event.modality === 'future' && event.target && lx.agreedMeetings.has(event.type) && promised && f.lemma[mod.cue![0]] !== 'be') {
        // (its date is the meeting's, not the agreement's, which the sentence does not give)
        out.push({ ...event, type: 'AGREE', mode: null, modality: 'asserted', date: null, rule: `${entry.pattern} (meeting agreed)` })
      }
      // "meetings with Duda and Ukrainian President Zelensky": each coordinated party is a target of a
      // meeting of its own; "aid for Romania and Poland" is one happening (cues.json coordinated_targets)
      const also = coordinated(article.text, mentions, event.target, event.source, frame.attribution.who)
      if (also && lx.separateParties.has(event.type)) out.push({ ...event, target: also })
    }
  })
  return out
}

/**
 * Personal pronouns that no actor mention stands for and that speak for their speaker. ("They"
 * is left to the clause: "Pence said they discussed" names its parties before it; measured.)
 */
const SPEAKING = new Set(['we', 'i'])
const BETWEEN_SUBJECT_AND_VERB = new Set(['AUX', 'ADV', 'PART'])

/**
 * "…, Hezbollah, we will hold the Iranian leadership accountable": a personal pronoun right
 * before the verb is its subject, not the actor named before it. "We" and "I" in a speaker's
 * words are the speaker (spec: the source is who acts, and a minister's "we" is his government
 * through him); otherwise the subject is unknown and the trigger makes no event (null).
 */
const withPronounSubject = (doc: Doc, f: TokenForms, verb: number, clauseStart: number, args: Arguments, speaker: ActorMention | null): Arguments | null => {
  let k = verb - 1
  while (k >= clauseStart && verb - k <= 4 && BETWEEN_SUBJECT_AND_VERB.has(doc.tokens[k]!.pos)) k--
  if (k < clauseStart || !SPEAKING.has(f.lower[k]!) || doc.tokens[k]!.pos !== 'PRON') return args
  const at = doc.tokens[k]!.span
  if (args.source && args.source.span[0] >= at[1]) return args
  if (!speaker || speaker.country === null) return null
  return { ...args, source: { ...speaker, span: at, how: 'coref:speaker', antecedent: speaker.span } }
}

/** The light verb whose object a noun trigger is ("had an even better meeting"), or -1. */
const lightVerbOf = (doc: Doc, f: TokenForms, lx: Lexicon, noun: number, clauseStart: number): number => {
  let k = noun - 1
  while (k >= clauseStart && noun - k <= 4 && (doc.tokens[k]!.pos === 'DET' || doc.tokens[k]!.pos === 'ADJ' || doc.tokens[k]!.pos === 'ADV' || doc.tokens[k]!.pos === 'NUM')) k--
  return k >= clauseStart && (doc.tokens[k]!.pos === 'VERB' || doc.tokens[k]!.pos === 'AUX') && lx.lightVerbs.has(f.lemma[k]!) ? k : -1
}

/** The actor mention that is the sentence's speaker, if the frame names one. */
const speakerOf = (doc: Doc, frame: Frame): ActorMention | null => {
  const who = frame.attribution.who
  return who ? (doc.mentions.find((m) => m.span[0] === who[0] && m.span[1] === who[1]) ?? null) : null
}

/**
 * "'Today the United States is designating North Korea …,' Trump said": a named official who
 * announces his own country's act is the one acting for it; the source keeps the country's
 * words as its evidence and takes the speaker's person, office and level.
 */
const speakerFor = (frame: Frame, speaker: ActorMention | null, source: ActorMention): ActorMention => {
  if (frame.attribution.kind !== 'named' || !speaker || source.kind !== 'country') return source
  if (speaker.kind !== 'person' || speaker.person === null || speaker.country !== source.country) return source
  return { ...speaker, how: 'speaker-for-country', antecedent: source.span }
}

/** The sentence's speaker is the event's source: the same person, or the same words. */
const speaks = (frame: Frame, speaker: ActorMention | null, source: ActorMention): boolean => {
  const who = frame.attribution.who
  if (!who || frame.attribution.kind !== 'named') return false
  if (source.span[0] === who[0] && source.span[1] === who[1]) return true
  return speaker !== null && speaker.person !== null && speaker.person === source.person
}

/** The negation cue with the word before it reads as a refusal: "won't", "will not", "refuses to". */
const refusalCue = (lx: Lexicon, f: TokenForms, [a, b]: readonly [number, number]): boolean => {
  const cue = f.lower.slice(a, b).join(' ')
  const withBefore = a > 0 ? `${f.lower[a - 1]} ${cue}` : cue
  return lx.refusal.cues.has(cue) || lx.refusal.cues.has(withBefore) || lx.refusal.cues.has(f.lemma.slice(a, b).join(' '))
}

/** Verbs of readiness and vows, whose harmful content is a threat ("is willing to slap tariffs", "vowed to impose sanctions") */
const READY = new Set(['be', 'stand', 'prepare', 'vow', 'pledge', 'promise', 'swear'])

/** Acts of force, which no agreement's content absorbs */
const FORCE = new Set(['ASSAULT', 'MOBILIZE', 'THREATEN'])

/**
 * The actor a protest's grievance names: a noun of grievance (cues.json grievances: "disapproval",
 * "anger", "opposition") within six words after the protest, then one of GRIEVANCE_PREPS and an
 * actor right after it (an article between).
 */
const grievanceTarget = (lx: Lexicon, f: TokenForms, tokens: Doc['tokens'], from: number, to: number, mentions: readonly ActorMention[]): ActorMention | null => {
  for (let k = from; k < Math.min(to, from + 6); k++) {
    if (!lx.grievances.has(f.lemma[k]!) || !GRIEVANCE_PREPS.has(f.lower[k + 1] ?? '')) continue
    const at = f.lower[k + 2] === 'the' ? k + 3 : k + 2
    return at < to ? (mentions.find((m) => m.country !== null && m.span[0] === tokens[at]!.span[0]) ?? null) : null
  }
  return null
}
const GRIEVANCE_PREPS = new Set(['for', 'at', 'over', 'against', 'of', 'with', 'to'])

/** Material conflict, the deeds an accusation may name ("denounced … Serbia's suppression of …") */
const DEEDS = new Set(['COERCE', 'ASSAULT', 'SANCTION', 'MOBILIZE'])

/** Acts two parties do together, which "the two countries" may name as a subject */
const PAIRED = new Set(['AGREE', 'CONSULT', 'COOPERATE'])

/**
 * "The two countries also signed a joint agreement", "both leaders agreed": the two parties
 * named last before the subject (countries, or persons for leaders), within the three sentences
 * before, are the source and the target.
 */
const pairSubject = (doc: Doc, f: TokenForms, lx: Lexicon, trigger: number, clauseStart: number, si: number, args: Arguments | null): Arguments | null => {
  const pair = findPhrases(lx.pairs, f, Math.max(clauseStart, trigger - 6), trigger).at(-1)
  if (!pair) return args
  const at = doc.tokens[pair.start]!.span[0]
  // an actor the clause names after the phrase is the subject's own ("the two countries' leaders")
  if (args?.source && args.source.span[0] >= doc.tokens[pair.end - 1]!.span[1] && args.source.span[1] <= doc.tokens[trigger]!.span[0]) return args
  const persons = /leader|president|minister/.test(f.lemma[pair.end - 1]!)
  const from = doc.sentences[Math.max(0, si - 3)]!.span[0]
  const last: ActorMention[] = []
  for (let i = doc.mentions.length - 1; i >= 0 && last.length < 2; i--) {
    const m = doc.mentions[i]!
    if (m.span[1] > at) continue
    if (m.span[0] < from) break
    if (m.country === null || (persons && m.kind !== 'person') || last.some((x) => x.country === m.country)) continue
    last.unshift(m)
  }
  if (last.length < 2) return args
  return { source: last[0]!, target: last[1]! }
}

/** Object pronouns that stand for the actor just named */
const OBJECT_PRONOUNS = new Set(['them', 'it'])

/**
 * "Kerry met with China's top leaders on Saturday to urge them …", "Pompeo traveled to North
 * Korea to lay the foundation …": an infinitive of purpose is done by the subject of the verb
 * before it, not by that verb's object, unless the verb hands its object the act ("asked China
 * to …", cues.json control). "Them" after the infinitive is that object.
 */
const purposeSubject = (doc: Doc, f: TokenForms, lx: Lexicon, verb: number, clause: readonly [number, number], args: Arguments, mentions: readonly ActorMention[]): Arguments => {
  const source = args.source
  if (!source || verb === 0 || f.lower[verb - 1] !== 'to') return args
  const { tokens } = doc
  // "the U.S.'s decision to shoot down the balloon": a noun's possessor does what the noun's infinitive says
  let n = verb - 2
  if (n >= 1 && tokens[n]!.pos === 'NOUN') {
    while (n >= 1 && tokens[n - 1]!.pos === 'ADJ') n--
    const owner = n >= 2 && /^['’]s?$/.test(f.lower[n - 1]!) ? mentions.find((m) => m.country !== null && m.span[1] === tokens[n - 1]!.span[0]) : undefined
    if (owner) return owner === source ? args : { source: owner, target: args.target && args.target.country === owner.country ? null : args.target }
  }
  // "Beijing could take steps to pressure Pyongyang": a verb after the actor makes it a subject
  for (let k = verb - 2; k >= 0 && tokens[k]!.span[0] >= source.span[1]; k--) if (tokens[k]!.pos === 'VERB') return args
  let v = verb - 2
  while (v >= clause[0] && tokens[v]!.span[0] >= source.span[1]) v--
  // the verb that governs the actor
  while (v >= clause[0] && tokens[v]!.pos !== 'VERB') v--
  if (v < clause[0] || lx.objectControl.has(f.lemma[v]!) || lx.reporting.has(f.lemma[v]!)) return args
  // ("the demonstration staged by students … to protest the decision": the purpose of a passive
  // participle is its agent's, whom no actor here names)
  const agentAt = tokens[v + 2]?.pos === 'DET' ? v + 3 : v + 2
  if (f.lower[v + 1] === 'by' && /ed$/.test(f.lower[v]!) && !mentions.some((m) => m.country !== null && m.span[0] === tokens[agentAt]?.span[0])) return { source: null, target: args.target }
  // "Bolton, who traveled to Israel to reassure …": a relative clause's subject is its antecedent
  const antecedent = SUBJECT_RELATIVES.has(f.lower[clause[0]]!) ? antecedentOf(doc, mentions.filter((m) => m.country !== null), tokens[clause[0]]!.span[0]) : null
  const subject = mentions.filter((m) => m.country !== null && m.span[0] >= tokens[clause[0]]!.span[0] && m.span[1] <= tokens[v]!.span[0]).at(-1) ?? antecedent
  if (!subject) return args
  // ("French farmers said they would blockade Paris to demand an end to …": of the same country
  // too, the subject does the purpose, not the object of the governing verb)
  if (subject.country === source.country) return { source: subject, target: args.target }
  const target = OBJECT_PRONOUNS.has(f.lower[verb + 1] ?? '') ? source : args.target
  return { source: subject, target: target && target.country === subject.country ? null : target }
}

/** The actor coordinated with the target ("X and Y", "X, Y"), when it is another country's: a second party of the act. */
const coordinated = (text: string, mentions: readonly ActorMention[], target: ActorMention | null, source: ActorMention, speaker: Span | null): ActorMention | null => {
  if (!target) return null
  // ("a mediation mission between Syria and Arafat": a happening between parties is one, with all of them)
  if (/\b(between|among|amongst)\s+(the\s+)?$/i.test(text.slice(Math.max(0, target.span[0] - 16), target.span[0]))) return null
  const next = mentions.find((m) => m.span[0] >= target.span[1] && m.country !== null)
  if (!next || !/^\s*(,|and|,\s*and)\s*(the\s+)?$/i.test(text.slice(target.span[1], next.span[0]))) return null
  // ("… from Palestinian armed groups, the Israeli army said": the one who reports it is no party)
  if (speaker !== null && next.span[0] === speaker[0] && /^\s*,\s*(the\s+)?$/i.test(text.slice(target.span[1], next.span[0]))) return null
  return next.country !== target.country && next.country !== source.country ? next : null
}

/**
 * "NATO peacekeeping troops have arrived in Bosnia", "U.S. troops arrived in Poland": forces
 * arriving are deployed, not visiting; peacekeepers are aid (PLOVER codes peacekeeping AID),
 * other forces a mobilisation of troops. Only a group of the military sector: a general who
 * arrives for talks visits.
 */
const arrivingForces = (entry: TriggerEntry, source: ActorMention, text: string): TriggerEntry => {
  if (entry.mode !== 'visit' || entry.pos !== 'verb' || source.kind !== 'group' || source.sector !== 'MIL') return entry
  return /peacekeep/i.test(text.slice(source.span[0], source.span[1]))
    ? { ...entry, type: 'AID', mode: null, context: ['peacekeeping'] }
    : { ...entry, type: 'MOBILIZE', mode: 'troops' }
}

/** "what he called …", "calling Kerry the worst negotiator": the verb names, it does not act. */
const naming = (lx: Lexicon, f: TokenForms, tokens: Doc['tokens'], head: number, target: ActorMention | null): boolean => {
  if (!lx.naming.verbs.has(f.lemma[head]!)) return false
  // "what he called": the word may stand before the verb's subject
  if ((head > 0 && lx.naming.before.has(f.lower[head - 1]!)) || (head > 1 && f.lower[head - 2] === 'what')) return true
  if (!target) return false
  // the token after the object: scanned from the verb when the object follows it, not from the start of the article
  let next = target.span[0] >= tokens[head]!.span[1] ? head + 1 : 0
  while (next < tokens.length && tokens[next]!.span[0] < target.span[1]) next++
  return next < tokens.length && lx.naming.after.has(f.lower[next]!)
}

/** The sentence's frame, except that a reporting verb that is itself the trigger ("X accused Y") is the author's report. */
const attributionFor = (frame: Frame, own: boolean, [start, end]: readonly [number, number]): Attribution => {
  const a: Attribution = own ? { kind: 'author', who: null, via: null, hedge: frame.attribution.hedge } : frame.attribution
  return a.hedge && frame.hedgeToken >= start && frame.hedgeToken < end ? { ...a, hedge: null } : a
}

/** The actor mentions of each sentence; both are in text order, so one walk serves all. */
const mentionsBySentence = (doc: Doc): ActorMention[][] => {
  let m0 = 0
  return doc.sentences.map((s) => {
    while (m0 < doc.mentions.length && doc.mentions[m0]!.span[0] < s.span[0]) m0++
    let m1 = m0
    while (m1 < doc.mentions.length && doc.mentions[m1]!.span[1] <= s.span[1]) m1++
    return doc.mentions.slice(m0, m1)
  })
}

/**
 * "the besieged Bosnian town", "Jordan's visiting King Abdullah", "The Palestinians reject
 * proposed Israeli changes": a participle between a determiner (a possessive, or a lower-case
 * verb) and the noun it describes names no act. After a possessive, only before a name: "Saudi
 * Arabia's blocking humanitarian aid" is its act; after a verb, only a past participle, and not
 * after a capitalised word the tagger took for a verb ("then Park thanked Obama").
 */
const describesNoun = (f: TokenForms, pos: readonly string[], tokens: Doc['tokens'], text: string, i: number): boolean => {
  const word = f.lower[i]!
  if (i === 0 || !/(ed|ing)$/.test(word)) return false
  const next = pos[i + 1]
  const before = pos[i - 1]
  if (/^['’]s?$/.test(f.lower[i - 1]!)) return next === 'PROPN'
  if (next !== 'NOUN' && next !== 'ADJ' && next !== 'PROPN') return false
  if (before === 'DET') return true
  return before === 'VERB' && /ed$/.test(word) && f.lower[i - 1] === text.slice(...tokens[i - 1]!.span)
}

/** Trigger matches whose head word has the right part of speech; overlapping matches keep the longest. */
const triggersIn = (lx: Lexicon, f: ReturnType<typeof formsOf>, pos: readonly string[], tokens: Doc['tokens'], text: string, from: number, to: number): Trigger[] => {
  const found = findPhrases(lx.triggers, f, from, to)
  if (found.length === 0) return found
  // ("Flynn pleaded guilty": a fixed phrase holding a trigger word names no act; looked for only
  // in a sentence with a trigger, most have none)
  const fixed = findPhrases(lx.notEvents, f, from, to)
  const hits = found.filter((h) => {
    if (fixed.some((x) => x.start < h.end && h.start < x.end)) return false
    // "man-killing special units", "U.S.-led strikes": the second half of a hyphenated word modifies, it names no act
    if (h.start > 0 && f.lower[h.start - 1] === '-' && tokens[h.start - 1]!.span[1] === tokens[h.start]!.span[0] && tokens[h.start - 1]!.span[0] === tokens[h.start - 2]?.span[1]) return false
    const head = h.value.pos === 'verb' ? h.start : h.end - 1
    // "U.S. treaty allies", "sanctions relief": a noun before another noun modifies it, it names no act
    if (h.value.pos === 'noun' && pos[h.end] === 'NOUN' && !lx.compoundHeads.has(f.lemma[h.end]!)) return false
    if (h.value.pos === 'verb' && h.end - h.start === 1 && describesNoun(f, pos, tokens, text, h.start)) return false
    // "the meeting's co-chairman said": nor does a noun that is the possessor of another
    if (h.value.pos === 'noun' && pos[h.end] === 'PART' && /^['’]s?$/.test(f.lower[h.end]!)) return false
    // ("forces have retaken a village": a participle after "have" is a verb whatever the tagger says)
    const perfect = h.value.pos === 'verb' && pos[head] === 'NOUN' && head > 0 && f.lemma[head - 1] === 'have' && /(ed|en)$/.test(f.lower[head]!)
    return perfect || (h.value.pos === 'verb' ? VERBAL : NOMINAL).has(pos[head]!)
  })
  const kept: PhraseHit<TriggerEntry>[] = []
  for (const h of [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!kept.some((k) => k.start < h.end && h.start < k.end)) kept.push(h)
  }
  // what a request asks for is its content, not a second event: "requests to speak to Xu", "attempts to set up talks";
  // a request whose content is contact is a request to meet (PLOVER REQUEST, mode meet)
  // (h stands within `reach` tokens after r, in r's infinitive: "requests to speak", "agreed on Friday to cancel")
  const infinitiveOf = (r: PhraseHit<TriggerEntry>, h: PhraseHit<TriggerEntry>, reach: number): boolean =>
    r.end <= h.start && h.start - r.end <= reach && (f.lower[r.end - 1] === 'to' || f.lower.slice(r.end, h.start).includes('to'))
  // (or in its that-clause: "reiterated its demand today that Israel ease restrictions")
  // (past the demanded thing: "demanded an immediate admission by Moscow that Soviet forces murdered …"; no verb before the "that")
  const thatClause = (r: PhraseHit<TriggerEntry>, h: PhraseHit<TriggerEntry>): boolean => {
    if (r.end > h.start) return false
    for (let k = r.end; k < Math.min(r.end + 6, h.start); k++) {
      if (pos[k] === 'VERB' || pos[k] === 'AUX') return false
      if (f.lower[k] === 'that') return h.start - k <= 8
    }
    return false
  }
  // (and a trigger that ends in the demand it meets or refuses: "would not meet hostage-takers' demands to release prisoners")
  const asks = (r: PhraseHit<TriggerEntry>): boolean => r.value.type === 'REQUEST' || (pos[r.end - 1] === 'NOUN' && lx.demandNouns.has(f.lemma[r.end - 1]!))
  const askedBy = (h: PhraseHit<TriggerEntry>): PhraseHit<TriggerEntry> | undefined => kept.find((r) => asks(r) && (infinitiveOf(r, h, 8) || thatClause(r, h)))
  // what a threat threatens is its content too: "threatened on Monday to break relations with Russia",
  // "renewed the threat of tariffs"
  const threatenedBy = (h: PhraseHit<TriggerEntry>): PhraseHit<TriggerEntry> | undefined =>
    kept.find((r) => r.value.type === 'THREATEN' && r.end <= h.start && h.start - r.end <= 4 && (f.lower[r.end] === 'of' || (r.value.pos === 'verb' && infinitiveOf(r, h, 4))))
  // and what an agreement agrees to: "have agreed to cancel tariff hikes", "is ready to contribute troops"
  // (past a few words: "agreed in principle on Saturday to provide aid"; measured: 6 over 4, PLOVER +0.2;
  // not past a passive's agent: "an amendment offered by Senator Paul to cut aid" is the amendment's purpose)
  // (not force: "was preparing to possibly attack" is the attack foreseen)
  const agreedBy = (h: PhraseHit<TriggerEntry>): PhraseHit<TriggerEntry> | undefined =>
    FORCE.has(h.value.type) ? undefined : kept.find((r) => r.value.type === 'AGREE' && r.value.pos === 'verb' && f.lower[r.end] !== 'by' && infinitiveOf(r, h, 6))
  // and what a rejected offer or invitation offers: "rejected a US offer to host a summit … to
  // hammer out a framework agreement", "rejected an invitation to attend a meeting" (an act in
  // the infinitive after the rejected noun, or after another such act)
  /** offered act → the rejection or offered act it stands in (in text order, so that a chain is followed) */
  const offered = new Map<PhraseHit<TriggerEntry>, PhraseHit<TriggerEntry>>()
  for (const h of [...kept].sort((a, b) => a.start - b.start)) {
    // ("rejected a United Nations appeal for deploying army troops": or a gerund after "for")
    const gerund = (r: PhraseHit<TriggerEntry>): boolean => h.start === r.end + 1 && f.lower[r.end] === 'for' && /ing$/.test(f.lower[h.start]!)
    // (the act the infinitive opens: "to meet with … during his trip" offers the meeting, not the trip)
    const opens = f.lower[h.start - 1] === 'to'
    const by = kept.find((r) => (r.value.type === 'REJECT' && r.value.pos === 'verb' && pos[r.end - 1] === 'NOUN' && ((opens && infinitiveOf(r, h, 8)) || gerund(r))) || (offered.has(r) && opens && infinitiveOf(r, h, 8)))
    if (by) offered.set(h, by)
  }
  // and what an accusation charges: "criticized the Obama administration for allowing …", "accused Darfur rebels of violating …"
  const chargedBy = (h: PhraseHit<TriggerEntry>): PhraseHit<TriggerEntry> | undefined =>
    /ing$/.test(f.lower[h.start]!) && (f.lower[h.start - 1] === 'of' || f.lower[h.start - 1] === 'for' || f.lower[h.start - 1] === 'with')
      ? kept.find((r) => r.value.type === 'ACCUSE' && r.end <= h.start && h.start - r.end <= 8)
      : undefined
  const out: PhraseHit<TriggerEntry>[] = []
  const toMeet = new Set<PhraseHit<TriggerEntry>>()
  const content = new Map<PhraseHit<TriggerEntry>, PhraseHit<TriggerEntry>>()
  const further = new Map<PhraseHit<TriggerEntry>, PhraseHit<TriggerEntry>[]>()
  // and what a protest demands: "staged mass demonstrations to demand political reforms",
  // "rioted …, demanding a referendum on independence from Indonesian rule" are one happening, a
  // protest whose demand is its content (PLOVER codes the protest alone); so is a coercive act's
  // ("would blockade Paris from Monday night to demand an end to the farm reform")
  const demandedBy = (h: PhraseHit<TriggerEntry>): PhraseHit<TriggerEntry> | undefined =>
    h.value.type === 'REQUEST' && (f.lower[h.start - 1] === 'to' || /ing$/.test(f.lower[h.start]!))
      ? kept.find((r) => (r.value.type === 'PROTEST' || (r.value.type === 'COERCE' && r.value.pos === 'verb')) && r.end <= h.start && h.start - r.end <= 18)
      : undefined
  for (const h of kept) {
    const r = askedBy(h) ?? threatenedBy(h) ?? demandedBy(h)
    if (r) {
      if (h.value.type === 'CONSULT' && r.value.mode === null) toMeet.add(r)
      if (!content.has(r)) content.set(r, h)
      continue
    }
    const a = agreedBy(h)
    if (a && !content.has(a)) content.set(a, h)
    // (the acts after the first agreed one: "is willing to send material to help defend Saudi Arabia")
    else if (a) further.set(a, [...(further.get(a) ?? []), h])
    // "prepared to resume shelling Albanian rebel-held territory": a readying for an act is aimed
    // where the act is (the act foreseen stays an event of its own)
    const readied = kept.find((r) => r.value.type === 'MOBILIZE' && pos[r.end - 1] === 'VERB' && h.start >= r.end && h.start - r.end <= 2)
    if (readied && !content.has(readied)) content.set(readied, h)
    const by = offered.get(h)
    // (its party is the rejected act's when the rejection names none: "rejected an invitation to attend a meeting of Palestinian factions")
    if (by && !offered.has(by) && !content.has(by)) content.set(by, h)
    if (!a && !chargedBy(h) && !by) out.push(h)
  }
  return out
    .map((h): Trigger => {
      const c = content.get(h)
      const hit = toMeet.has(h) ? { ...h, value: { ...h.value, mode: 'meet' } } : h
      const more = further.get(h)
      return c ? (more ? { ...hit, content: c, further: more } : { ...hit, content: c }) : hit
    })
    .sort((a, b) => a.start - b.start)
}

/** A trigger, and the act it asks, threatens or agrees to where that act is its content ("is ready to contribute troops") */
type Trigger = PhraseHit<TriggerEntry> & { readonly content?: PhraseHit<TriggerEntry>; readonly further?: readonly PhraseHit<TriggerEntry>[] }
