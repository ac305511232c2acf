import type { ActorMention, Doc, Token } from '../core/index.ts'
import { demonymCountry } from '../actors/index.ts'
import type { Lexicon, TriggerEntry } from './lexicon.ts'
import type { TokenForms } from './phrase.ts'
import { RELATIVES, SUBJECT_RELATIVES } from './clauses.ts'
import { impliedCountry } from './implied.ts'

export interface Arguments {
  readonly source: ActorMention | null
  readonly target: ActorMention | null
  /** the clause's subject, where the source is a more specific actor ("the U.S. cancelled Blinken's trip") */
  readonly subject?: ActorMention
}

/** What joins the members of a coordinated subject: "X and Y", "X, Y", "X and his peers from Y" */
const COORDINATION = /^\s*(and|,|,\s*and)\s*((the|his|her|their)\s+(peers|counterparts|colleagues|partners)\s+(from|of|in)\s+)?(the\s+)?$/i
/** A possessive pronoun: names whose, not who ("Holt and his wife", "For his part, Pence …") */
export const POSSESSIVE_PRONOUN = /^(?:his|her|its|their)$/i
const BE = new Set(['be', 'get'])
/** Prepositions that introduce the other party of an act in general */
const PARTY_PREPS = new Set(['against', 'with', 'to', 'toward', 'towards', 'into', 'on', 'at', 'from'])
/** Acts two parties do together, where "X and Y agreed" names both */
const SYMMETRIC = new Set(['AGREE', 'CONSULT', 'COOPERATE'])
const DETERMINERS = new Set(['DET', 'ADJ', 'NUM', 'PART', 'ADV'])
/** What stands between a subject and its verb when an apposition describes it: ", a key U.S. ally …, has" */
const APPOSITION = /^\s*,\s*(a|an|the|its|his|her|their)\s[^,;:()]*,\s*(\p{Ll}+\s+){0,3}$/u
/** Pronouns that are a clause's own subject */
const SUBJECT_PRONOUNS = new Set(['they', 'it', 'he', 'she', 'we', 'i', 'you'])
/** Acts done to people, whose object alone may place their target at home ("police dispersed demonstrators") */
const DOMESTIC_ACTS = new Set(['ASSAULT', 'COERCE', 'CONCEDE', 'SANCTION'])
/** A compass word before a place: "South Lebanon", "northern Iraq" */
const COMPASS = /^((north|south)(east|west)?(ern)?|east(ern)?|west(ern)?|central)$/
/** How many tokens after the trigger a last-resort place may stand */
const LAST_RESORT_REACH = 15
/** Words of direction that may stand between a preposition and its place: "in central Iran", "in southern Lebanon" */
const DIRECTIONS = '(north|south|east|west)(ern)?|central'
/** The preposition before a last-resort target, maybe with a direction or a described place: "in central Iran", "to war-torn Mozambique" */
const LAST_RESORT_PREP = new RegExp(`\\b(in|to|for|into)\\s+(the\\s+)?(${DIRECTIONS}|neighbou?ring|war-torn|war-ravaged|occupied)?\\s*$`, 'i')
/** Where a deed at home is done: "in Algiers", "in the capital Kabul", "in southeastern Serbia" */
const DONE_IN = /\bin\s+(the\s+)?(\p{Ll}+\s+){0,2}$/u
/** Where a protest is held: "in Serbia", "in southern Lebanon", "across the occupied West Bank" */
const PROTEST_PLACE = new RegExp(`\\b(in|at|throughout|across)\\s+(the\\s+)?(${DIRECTIONS}|occupied|capital)?\\s*$`, 'i')
/** Acts that, done in the doer's own country, are aimed at it: deeds and threats of them */
const DOMESTIC_DEEDS = new Set([...DOMESTIC_ACTS, 'THREATEN'])
/** Prepositions a deed reaches its people through: "demands from Shona rebels", "part of a stronghold" */
const REACHING = new Set(['of', 'from'])
/** Words of an object noun phrase */
const OBJECT_WORDS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'])
/** Words of time a verb may take before its that-clause */
const WHEN_WORDS = /^(on|today|yesterday|again|also|repeatedly|(mon|tues|wednes|thurs|fri|satur|sun)day)$/

/**
 * Source and target from the clause around the trigger (spec/EXTRACTION-NOTES.md 6): the
 * source is the nearest actor before the trigger in its clause, else the subject of an earlier
 * clause of the sentence ("X met Y and discussed …"); a passive ("snubbed by X") swaps roles;
 * a noun trigger takes its possessor ("Blinken's trip") or "between X and Y"; the target is
 * the object or the object of a preposition the trigger licenses ("meet X", "talk with X",
 * "a call to Xi").
 */
export const argumentsOf = (
  doc: Doc,
  f: TokenForms,
  entry: TriggerEntry,
  trigger: readonly [number, number],
  clause: readonly [number, number],
  sentence: readonly [number, number],
  clauseStarts: readonly number[],
  mentions: readonly ActorMention[],
  { saying, peopleIn, proposing, perpetrating, lightVerbs, contactObjects, intransitiveProtests, domesticGroups, domesticDeeds, domesticMeasures }: Pick<Lexicon, 'saying' | 'peopleIn' | 'proposing' | 'perpetrating' | 'lightVerbs' | 'contactObjects' | 'intransitiveProtests' | 'domesticGroups' | 'domesticDeeds' | 'domesticMeasures'>,
): Arguments => {
  const tokens = doc.tokens
  const at = (i: number): number => tokens[Math.min(i, tokens.length - 1)]!.span[0]
  const trigStart = at(trigger[0])
  const trigEnd = tokens[trigger[1] - 1]!.span[1]
  // an actor must be placed at least in a country (spec: no event without a source resolved to a country)
  // ("the Obama-era deal", "Moscow-backed rebels": a name inside a compound modifier is no party)
  // ("WASHINGTON –", "BEIJING (AP) —": a dateline says where the story was filed, not who acts)
  const usable = mentions.filter((m) => m.country !== null && !/^-\p{Ll}/u.test(doc.article.text.slice(m.span[1], m.span[1] + 2)) && !dateline(doc.article.text, m))
  const inRange = (m: ActorMention, a: number, b: number): boolean => m.span[0] >= a && m.span[1] <= b
  const clauseStart = at(clause[0])
  const clauseEnd = tokens[clause[1] - 1]!.span[1]

  // "between X and Y"
  // (a verb's "between" is where, not who, unless the act is joint: "a deal was struck between …" is no strike)
  if (f.lower[trigger[1]] === 'between' && (entry.pos === 'noun' || SYMMETRIC.has(entry.type))) {
    const after = usable.filter((m) => inRange(m, trigEnd, clauseEnd)).slice(0, 2)
    if (after.length === 2) return { source: after[0]!, target: after[1]! }
  }
  const place = placeModifier(doc, entry, trigger, usable)
  // "three US servicemen were killed by an improvised explosive device outside the Iraqi city of
  // Basra": an attack whose doer is not named is coded, as event data codes it, to the country
  // where it happened (the place named after the act), done to its victims or to that country
  // (right before the passive's auxiliaries: "Five American troops were killed", "soldiers who were killed")
  // (or before an apposition: "Nine US citizens, three women and six children, have been killed"; no
  // verb or subordinating word between: "The New York Times reports that a dozen people were killed")
  const passiveSubject = (m: ActorMention): boolean => {
    let k = tokenStarting(tokens, m.span[1])
    if (k < trigger[0] && SUBJECT_RELATIVES.has(f.lower[k]!)) k++
    if (f.lower[k] === ',') {
      k++
      while (k < trigger[0] && f.lower[k] !== ',' && tokens[k]!.pos !== 'VERB' && tokens[k]!.pos !== 'SCONJ' && tokens[k]!.pos !== 'AUX') k++
      if (f.lower[k] !== ',') return false
      k++
    }
    while (k < trigger[0] && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k++
    return k === trigger[0]
  }
  // (the victims are the passive's subject: an actor after the act or a reporter before it is no
  // victim, "The New York Times reports that a dozen people were killed")
  const unknownAssailant = (target: ActorMention | null): Arguments => {
    if (entry.type !== 'ASSAULT') return { source: null, target }
    const scene = usable.find((m) => m.kind === 'country' && m.span[0] >= trigEnd && m.span[1] <= clauseEnd && /\b(in|outside|near|at)\s+(of\s+)?(the\s+)?([\p{L}-]+\s+){0,3}$/u.test(doc.article.text.slice(Math.max(0, m.span[0] - 40), m.span[0])))
    const victim = usable.filter((m) => m.span[0] >= at(sentence[0]) && m.span[1] <= trigStart && passiveSubject(m)).at(-1) ?? null
    return scene ? { source: scene, target: victim ?? scene } : { source: null, target }
  }
  // "force will meet any attack on U.S. interests": a contact verb whose object is a thing met no one
  if (entry.type === 'CONSULT' && entry.pos === 'verb' && contactObjects.has(f.lemma[trigger[0]]!) && objectIsThing(doc, usable, peopleIn, f, trigger[1])) return { source: null, target: null }
  // an object the pattern surrounds: "hold the Iranians accountable for attacks on …" (target GAP)
  // so does a request that ends in its "to": "asking China to put pressure on North Korea"
  const gapped = entry.target.includes('GAP') || (entry.type === 'REQUEST' && f.lower[trigger[1] - 1] === 'to')
  let target = (gapped ? targetInside(doc, trigger, usable) ?? demonymIn(doc, trigger) : null) ?? targetAfter(doc, tokens, f, entry, trigger, clause[1], usable)
  // "force will meet any attack on U.S. interests": a contact verb whose object is a thing met no one
  // an entry whose target comes only in the ways it lists ("call": its object) looks no further
  if (!entry.target.includes('ONLY')) target ??= targetInside(doc, trigger, usable) ?? place ?? demonymTarget(doc, f, trigger, clause[1], usable)
  // passive: "was snubbed by X", "Snubbed By China's …"
  // only a verb right before "by" is passive: "a visit by Pompeo" is a noun's agent
  // ("rejected calls by Kofi Annan": a present-tense form before "by" is the noun wink tagged a verb)
  const last = f.lower[trigger[1] - 1]!
  const verbEnd = (tokens[trigger[1] - 1]!.pos === 'VERB' && !(trigger[1] - trigger[0] > 1 && /(s|ing)$/.test(last))) || tokens[trigger[1] - 1]!.pos === 'ADP'
  const byIdx = !verbEnd ? -1 : f.lower[trigger[1]] === 'by' ? trigger[1] : f.lower[trigger[1] + 1] === 'by' ? trigger[1] + 1 : -1
  // a participle after be/get: inflected (its text is not its lemma) and not a gerund
  const participle = tokens[trigger[0]]!.pos === 'VERB' && f.lower[trigger[0]] !== f.lemma[trigger[0]] && !/ing$/.test(f.lower[trigger[0]]!)
  // ("protesters were shot and killed": a participle joined to a passive one is passive too)
  const joinedPassive = trigger[0] > 2 && (f.lower[trigger[0] - 1] === 'and' || f.lower[trigger[0] - 1] === 'or') && BE.has(f.lemma[trigger[0] - 3]!) && tokens[trigger[0] - 2]!.pos === 'VERB' && f.lower[trigger[0] - 2] !== f.lemma[trigger[0] - 2] && !/ing$/.test(f.lower[trigger[0] - 2]!)
  const passive = entry.pos === 'verb' && entry.passive && (byIdx >= 0 || (trigger[0] > 0 && (BE.has(f.lemma[trigger[0] - 1]!) || joinedPassive) && participle))
  if (passive && byIdx >= 0) {
    // (past an article: "indicted by the U.N. war crimes court", "attacked by the Taliban")
    const agentAt = tokens[byIdx + 1]?.pos === 'DET' ? byIdx + 2 : byIdx + 1
    const agent = usable.find((m) => m.span[0] >= tokens[byIdx]!.span[1] && (m.span[0] - tokens[byIdx]!.span[1] < 4 || (agentAt < tokens.length && m.span[0] === tokens[agentAt]!.span[0])))
    // "an amendment offered by Senator Paul": a participle right after a noun modifies it; the noun is what is acted on
    let b = trigger[0] - 1
    while (b > 0 && tokens[b]!.pos === 'ADV') b--
    const before = b >= 0 ? tokens[b]! : null
    const reduced = before !== null && before.pos === 'NOUN' && !usable.some((m) => m.span[1] === before.span[1])
    // ("Otto Warmbier — the 23-year-old US citizen released by North Korea": unless the noun is in
    // apposition to an actor, who is then the one acted on)
    const appositive = reduced ? usable.filter((m) => m.span[1] <= before.span[0]).at(-1) : undefined
    const inApposition = appositive !== undefined && /^\s*[,—–]\s*(the|a|an)\s[^,—–;.]*$/.test(doc.article.text.slice(appositive.span[1], before!.span[1]))
    // ("a helicopter that was captured by the Sudanese authorities": a relative clause's passive
    // is done to its antecedent, an actor only if the antecedent is one)
    let r = trigger[0] - 1
    while (r > clause[0] && (tokens[r]!.pos === 'AUX' || tokens[r]!.pos === 'ADV')) r--
    const relative = r > clause[0] && r < trigger[0] - 1 && SUBJECT_RELATIVES.has(f.lower[r]!) && tokens[r]!.pos === 'PRON'
    const patient = inApposition ? appositive : reduced ? null : relative ? antecedentOf(doc, usable, tokens[r]!.span[0]) : nearestBefore(usable, clauseStart, trigStart) ?? subjectOfEarlierClause(f, usable, tokens, clauseStarts, clause, sentence)
    if (agent) return { source: agent, target: patient ?? null }
    // "three US servicemen were killed by an improvised explosive device": an agent that is no
    // actor leaves the act without a source (but an attack's place, see unknownAssailant); the
    // ones it was done to are not its doers
    if (!reduced && tokens.slice(byIdx + 1, byIdx + 4).some((t) => t.pos === 'NOUN')) return unknownAssailant(patient ?? null)
  }
  // noun trigger: a possessor right before it ("Blinken's trip")
  let source: ActorMention | null = null
  if (entry.pos === 'noun') {
    // the possessor stands before the noun, or before its place modifier: "his Beijing trip"
    // ("his first trip", "Blinken's long-planned visit": adjectives may stand between)
    let head = place ? tokenStarting(tokens, place.span[0]) : trigger[0]
    while (head >= 2 && trigger[0] - head < 3 && (tokens[head - 1]!.pos === 'ADJ' || tokens[head - 1]!.pos === 'NUM')) head--
    const possessive = head >= 1 && /^['’]s?$/.test(f.lower[head - 1]!) ? head - 1 : -1
    if (possessive >= 0) source = usable.find((m) => m.span[1] === tokens[possessive]!.span[0]) ?? null
    else if (head >= 1) source = usable.find((m) => m.how === 'coref:pronoun' && m.span[1] === tokens[head - 1]!.span[1]) ?? null
    // "Russian attacks on Ukraine", "Palestinian riots against Israeli policies": the actor layer
    // reads a demonym and the noun after it as that country's people; with an act noun, the
    // demonym says whose act it is
    // "Russia … was ousted from the G-8 over its annexation of Crimea": an "its" or "their" no
    // mention resolves is the sentence's subject's, not the nearest actor's
    if (!source && head >= 1 && possessive < 0 && (f.lower[head - 1] === 'its' || f.lower[head - 1] === 'their')) {
      source = usable.find((m) => m.span[0] >= tokens[sentence[0]]!.span[0] && m.span[1] <= tokens[head - 1]!.span[0] && m.how !== 'coref:pronoun') ?? null
    }
    const people = source ? undefined : usable.find((m) => m.how === 'demonym-group' && m.span[0] < trigStart && m.span[1] >= tokens[trigger[0]]!.span[1])
    if (people) source = impliedCountry(tokens[tokenStarting(tokens, people.span[0])]!.span, people.country, 'implied:demonym', people.span)
    // ("the current Palestinian uprising": a demonym right before a protest no mention covers is its people's)
    if (!source && entry.type === 'PROTEST' && trigger[0] >= 1) source = demonymAt(doc, trigger[0] - 1)
  }
  // "the decision of sending troops to Iraq", "the possibility of attacking Iran": a gerund that
  // completes a noun names what the noun is about, not an act of the clause's subject
  if (entry.pos === 'verb' && /ing$/.test(f.lower[trigger[0]]!) && trigger[0] > 1 && f.lower[trigger[0] - 1] === 'of' && tokens[trigger[0] - 2]!.pos === 'NOUN') return { source: null, target }
  // "…, humiliating Blinken … by blasting Biden's …": a gerund after a preposition or comma
  // has no subject of its own; it shares the sentence's
  const gerund = entry.pos === 'verb' && /ing$/.test(f.lower[trigger[0]]!) && trigger[0] > sentence[0] && (tokens[trigger[0] - 1]!.pos === 'ADP' || f.lower[trigger[0] - 1] === ',')
  if (!source && gerund) {
    source = subjectOfEarlierClause(f, usable, tokens, [sentence[0]], [trigger[0], clause[1]], sentence)
    // a sentence whose subject is no actor lends the gerund none: "women came out to oppose Bolsonaro, taking to the streets"
    if (!source && f.lower[trigger[0] - 1] === ',') return { source: null, target: null }
    // "it's no shocker that Biden met Xi after shooting down the balloon": in a that-clause, the
    // actor right before its verb is the subject the gerund shares
    if (!source) {
      const subject = usable.filter((m) => m.span[0] >= tokens[sentence[0]]!.span[0] && m.span[1] <= trigStart).findLast((m) => {
        const next = tokens[tokenStarting(tokens, m.span[1])]
        return next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX') && f.lower[tokenStarting(tokens, m.span[0]) - 1] === 'that'
      })
      if (subject) source = subject
    }
  }
  if (!source && entry.pos === 'noun' && objectOfOtherVerb(doc, f, lightVerbs, trigger[0], clause[0])) {
    // "Trump touts historic summit": the summit is what he talks about, not his act
    return { source: null, target }
  }
  if (!source && entry.pos === 'noun' && afterPreposition(doc, f, trigger[0], lightVerbs)) {
    // "due to protests there", "with sharp criticism of": a noun in a prepositional phrase is
    // not the act of the clause's subject; only its own possessor or agent could say whose it is
    return { source: null, target }
  }
  // "rally Great Britain and other allies to the cause": a protest verb takes no actor as its object
  // ("rallies a coalition of nations": an object of any kind, for the verbs that change sense with one)
  const transitive = intransitiveProtests.has(f.lemma[trigger[0]]!) && (tokens[trigger[0] + 1]?.pos === 'DET' || tokens[trigger[0] + 1]?.pos === 'NOUN')
  // (a pattern that ends in its preposition has its place or target after it: "demonstrated in Kirkuk")
  const endsInPreposition = tokens[trigger[1] - 1]!.pos === 'ADP'
  if (entry.type === 'PROTEST' && entry.pos === 'verb' && !endsInPreposition && (transitive || usable.some((m) => m.span[0] === at(trigger[1]) || (DETERMINERS.has(tokens[trigger[1]]?.pos ?? '') && m.span[0] === at(trigger[1] + 1))))) {
    return { source: null, target: null }
  }
  // "ethnic Albanians demonstrated in Serbia", "amid protests in Hong Kong": protesters no actor
  // names are people of the place they protest in (PLOVER's coding, and the guide's "protests
  // there" in Chile)
  /** a place a protest is held in: "in Serbia", "across the occupied West Bank" */
  const heldIn = (m: ActorMention): boolean => (m.kind === 'country' || m.how === 'metonym') && PROTEST_PLACE.test(doc.article.text.slice(Math.max(0, m.span[0] - 30), m.span[0]))
  const protestPlace = (): ActorMention | null => {
    if (entry.type !== 'PROTEST') return null
    // (a possessor is no place, unless of one: "in East Timor's capital Dili")
    const places = usable.filter((m) => inRange(m, clauseStart, clauseEnd) && heldIn(m) && (!/^['’]/.test(doc.article.text.slice(m.span[1], m.span[1] + 1)) || /^['’]s?\s+(capital|city|town|province|region|village|streets?)\b/.test(doc.article.text.slice(m.span[1], m.span[1] + 20))))
    // the place right after the protest, else the nearest before it ("Demonstrators in Baghdad
    // blocked …"; not "settlements in the West Bank, protests in Hong Kong")
    const where = places.find((m) => m.span[0] >= trigEnd) ?? places.findLast((m) => m.span[1] <= trigStart)
    return where ? impliedCountry(where.span, where.country, 'implied:protest-place', where.span) : null
  }
  // "amid protests", "faced protests": who protests is named by a possessor, by the place, or not at all
  // ("disperse demonstrators protesting election results in Monrovia": so does a participle right
  // after a noun no actor covers, done by that noun's people, not by the clause's subject)
  const protesting = entry.pos === 'verb' && /ing$/.test(f.lower[trigger[0]]!) && trigger[0] > 0 && tokens[trigger[0] - 1]!.pos === 'NOUN' && !usable.some((m) => m.span[1] === tokens[trigger[0] - 1]!.span[1])
  if (!source && entry.type === 'PROTEST' && (entry.pos === 'noun' || protesting)) {
    const people = protestPlace()
    return people ? { source: people, target: target ?? people } : { source: null, target }
  }
  if (!source && entry.pos === 'noun' && reportedBefore(saying, f, tokens, clause[0], trigger[0])) {
    // "officials assert that the assassination of …": the clause's subject is the speaker, not the actor
    return { source: null, target }
  }
  // "arrives at the summit in France amid … tariffs": a place after "in" is where, not who
  // ("security forces in Guinea": people in a country are its own)
  const located = (m: ActorMention): boolean => {
    if ((m.kind !== 'country' && m.kind !== 'institution' && m.how !== 'metonym') || !/\b(in|at)\s+(the\s+)?$/i.test(doc.article.text.slice(Math.max(0, m.span[0] - 8), m.span[0]))) return false
    let k = tokenStarting(tokens, m.span[0]) - 1
    while (k > 0 && f.lower[k] === 'the') k--
    // (a capitalised plural that opens the sentence is tagged a name and keeps its "s": "Rebels in the Ivory Coast")
    return !(k > 0 && (peopleIn.has(f.lemma[k - 1]!) || peopleIn.has(f.lower[k - 1]!.replace(/s$/, ''))))
  }
  // "China expressed concern about Trump's comments, which it called irresponsible": an object
  // relative clause whose subject is "it" says what the sentence's subject (a country or a body,
  // opening the sentence) did to the antecedent, whose actor (right before the relative, at most a
  // possessive noun between) is the target
  if (!source && entry.pos === 'verb' && (f.lower[clause[0]] === 'which' || f.lower[clause[0]] === 'that') && f.lower[clause[0] + 1] === 'it' && trigger[0] <= clause[0] + 3) {
    const first = usable.find((m) => m.span[0] >= tokens[sentence[0]]!.span[0])
    const opens = first !== undefined && tokenStarting(tokens, first.span[0]) - sentence[0] <= 1 && (first.kind === 'country' || first.kind === 'institution')
    const antecedent = nearestBefore(usable, 0, clauseStart)
    const adjacent = antecedent !== null && /^(['’]s\s+\p{L}+)?\s*,?\s*$/u.test(doc.article.text.slice(antecedent.span[1], clauseStart))
    if (opens && adjacent && antecedent!.country !== first!.country) return { source: first!, target: target ?? antecedent! }
  }
  // "witnesses who lambasted Trump", "a mission that would evacuate …": a relative clause with no
  // actor of its own before the verb has its antecedent as subject, and an antecedent that is no
  // actor gives no source
  if (!source && entry.pos === 'verb' && SUBJECT_RELATIVES.has(f.lower[clause[0]]!) && !usable.some((m) => m.span[0] >= clauseStart && m.span[1] <= trigStart)) {
    const ante = antecedentOf(doc, usable, clauseStart)
    if (!ante) return { source: null, target }
    source = ante
  }
  if (!source) {
    // ("Holt and his Venezuelan wife arrived": a possessive pronoun names whose, not who)
    const possessive = (m: ActorMention): boolean => m.how === 'coref:pronoun' && POSSESSIVE_PRONOUN.test(doc.article.text.slice(m.span[0], m.span[1])) && tokens[tokenStarting(tokens, m.span[1])]?.pos !== 'VERB'
    source = nearestBefore(usable.filter((m) => m !== place && !located(m) && !possessive(m)), clauseStart, trigStart)
    // "The Turkish and Greek sides of the divided island of Cyprus have agreed": an actor inside
    // the subject's "of" phrase is not the subject; the actor the phrase hangs on is
    if (source && entry.pos === 'verb') {
      const s = source
      const head = usable.filter((m) => m.span[1] < s.span[0] && m.span[0] >= clauseStart).at(-1)
      if (head && /^\s+of\s/.test(doc.article.text.slice(head.span[1], s.span[0])) && !verbBetween(tokens, tokenStarting(tokens, head.span[1]), tokenStarting(tokens, s.span[0]))) source = head
    }
    // "Trump withdrew from the deal with Iran and, months later, reimposed sanctions": a verb
    // coordinated with an earlier one shares its subject, not the earlier verb's object
    if (source && entry.pos === 'verb' && !passive) source = coordinatedSubject(doc, f, usable, source, trigger[0], clause[0]) ?? source
    // "lawmakers across the ideological spectrum criticized Trump": a noun no actor covers right
    // before the verb is its subject, and the actor named earlier is not
    if (source && entry.pos === 'verb' && !passive && f.lower[trigger[0] - 1] !== 'to' && nounSubject(doc, mentions, trigger[0], source)) source = null
    // "Pakistan, a key U.S. ally in the war against terrorism, has refused …": an actor inside an
    // apposition is not the subject it describes
    if (source && entry.pos === 'verb') {
      const s = source
      const head = usable.filter((m) => m.span[1] < s.span[0] && m.span[0] >= clauseStart).at(-1)
      if (head && APPOSITION.test(doc.article.text.slice(head.span[1], trigStart))) source = head
    }
  }
  // protesters are named in their own clause: "the event was canceled due to protests" is no act of the subject before "but"
  // ("… exempt no country from sanctions if they continue to buy Iranian oil": a condition with a
  // pronoun subject of its own that names no actor does not borrow the earlier clause's; "when
  // they blew themselves up" goes on with the same people)
  const ownPronoun = (): boolean => {
    if (f.lower[clause[0]] !== 'if' && f.lower[clause[0]] !== 'unless') return false
    for (let k = clause[0]; k < trigger[0]; k++) if (tokens[k]!.pos === 'PRON' && SUBJECT_PRONOUNS.has(f.lower[k]!)) return true
    return false
  }
  // ("resigned as the opposition threatened to storm …": an actor the dictionary cannot place,
  // right before the verb, is the clause's own subject; the earlier clause's is not borrowed)
  const ownUnknown = (): boolean => {
    if (entry.pos !== 'verb') return false
    const m = mentions.filter((x) => x.country === null && x.span[1] <= trigStart && x.span[0] >= clauseStart).at(-1)
    if (!m) return false
    let k = tokenStarting(tokens, m.span[1])
    while (k < trigger[0] && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k++
    return k === trigger[0]
  }
  if (entry.type !== 'PROTEST' && !source && !ownPronoun() && !ownUnknown()) source = subjectOfEarlierClause(f, usable.filter((m) => !located(m)), tokens, clauseStarts, clause, sentence)
  if (entry.type === 'PROTEST' && !source) source = protestPlace()
  if (passive && byIdx < 0 && source) {
    // "X was attacked" with no agent: X is the target, the source is unknown ("for Russia to be
    // allowed back into the G-7": whoever allows is not named), or an attack's place
    return unknownAssailant(target ?? source)
  }
  // "The United States and Jordan have agreed …": for acts of two parties, the second of a
  // coordinated subject is the other party
  if (!target && source && (SYMMETRIC.has(entry.type) || entry.mutual) && !entry.target.includes('ONLY')) {
    const next = usable.find((m) => m.span[0] > source!.span[1] && m.span[1] <= trigStart && /^\s*(and|,)\s*(the\s+)?$/i.test(doc.article.text.slice(source!.span[1], m.span[0])))
    if (next && (next.country !== source.country || twoBranches(next, source))) target = next
    else {
      // the first named is the source and the second the target: "Beijing and Washington have
      // agreed", "Kerry and his peers from Iran, Russia, … and Britain met"
      const chain = [source]
      for (;;) {
        const head = chain[0]!
        const prev = usable.filter((m) => m.span[1] < head.span[0] && m.span[0] >= clauseStart && COORDINATION.test(doc.article.text.slice(m.span[1], head.span[0]))).at(-1)
        if (!prev) break
        chain.unshift(prev)
      }
      // "French and Egyptian warships", "the Turkish and Greek sides": a demonym joined to the subject's own
      if (chain.length === 1) {
        const k = tokenStarting(tokens, source.span[0])
        const other = k >= 2 && f.lower[k - 1] === 'and' ? demonymAt(doc, k - 2) : null
        if (other) chain.unshift(other)
      }
      if (chain.length > 1 && (chain[1]!.country !== chain[0]!.country || twoBranches(chain[0]!, chain[1]!))) {
        source = chain[0]!
        target = chain[1]!
      }
    }
  }
  // "lauded the bond between the U.S. and Poland": of a pair after the trigger, the other party
  if (!target && source && !entry.target.includes('ONLY')) {
    // (the pair may follow a relative clause of the object: "what he called the bond between …")
    for (let k = trigger[1]; k < Math.min(sentence[1], trigger[1] + 10); k++) {
      if (f.lower[k] !== 'between') continue
      // the pair stands right after "between": "between the U.S. and Poland", not in a later quotation
      const pair = usable.filter((m) => m.span[0] >= tokens[k]!.span[1] && m.span[1] <= tokens[sentence[1] - 1]!.span[1]).slice(0, 2)
      if (pair.length === 2 && !/^\s*(the\s+)?$/i.test(doc.article.text.slice(tokens[k]!.span[1], pair[0]!.span[0]))) break
      if (pair.length === 2 && !COORDINATION.test(doc.article.text.slice(pair[0]!.span[1], pair[1]!.span[0]))) break
      const other = pair.length === 2 && pair.some((m) => m.country === source!.country) ? pair.find((m) => m.country !== source!.country) : undefined
      if (other) target = other
      break
    }
  }
  // a protest is aimed at the government of the place where it happens ("demonstrated in Serbia",
  // "rioted at a jail in northern Israel")
  if (!target && entry.type === 'PROTEST') {
    const at = usable.find((m) => m.span[0] > trigStart && m.span[1] <= clauseEnd && heldIn(m))
    if (at) target = at
  }
  // the last resort: the first other country named after the trigger in its clause, before any
  // comma ("agreed to set up a research center in Tokyo", "will provide food aid to refugees …
  // in Liberia"; not "… killing 20 people, officials in Nairobi said"); a bare intention ("was
  // preparing to possibly attack") leaves its party to the act it announces
  if (!target && source && !entry.target.includes('ONLY') && entry.type !== 'PROTEST' && entry.type !== 'CONSULT' && !(entry.target.length === 0 && f.lower[trigger[1] - 1] === 'to')) {
    // (near the act: "prevented the demonstration staged by students at … to protest the decision of
    // sending troops to Iraq" is not aimed at Iraq)
    const nearEnd = tokens[Math.min(clause[1], trigger[1] + LAST_RESORT_REACH) - 1]!.span[1]
    const text = doc.article.text
    /** a place after the trigger, before `end` and any comma, whose preceding words `prep` accepts */
    const placeAfter = (m: ActorMention, end: number, prep: RegExp): boolean =>
      m.span[0] >= trigEnd && m.span[1] <= end && (m.kind === 'country' || m.how === 'metonym') && !text.slice(trigEnd, m.span[0]).includes(',') && prep.test(text.slice(Math.max(0, m.span[0] - 30), m.span[0]))
    target = usable.find((m) => placeAfter(m, nearEnd, LAST_RESORT_PREP) && m.country !== source!.country) ?? null
    // a deed done in the doer's own country is aimed at it ("threatened to institute a curfew in
    // Algiers", "exploded bombs in the capital Kabul"): PLOVER's domestic coding
    // (a place it is done in, which may be described: "in the capital Kabul", "in southeastern Serbia")
    const doneIn = (m: ActorMention): boolean => placeAfter(m, clauseEnd, DONE_IN) && !/^['’]/.test(text.slice(m.span[1], m.span[1] + 1)) && tokens[tokenStarting(tokens, m.span[1])]?.pos !== 'NOUN'
    // (by a state, a body or an armed group, or a leader's own verb: "Trump's attacks endanger
    // every immigrant in the United States" are words, not a deed at home)
    // (a verb's deed only: "Wednesday's attack in London" says where, not who did it; by armed
    // men or a leader, whose deeds are those of a force or a state)
    const home = target || !DOMESTIC_DEEDS.has(entry.type) || entry.pos !== 'verb' || !actsForState(source) ? undefined : usable.find((m) => doneIn(m) && m.country === source!.country && !same(m, source!))
    if (home) target = impliedCountry(home.span, source.country, 'implied:domestic-place', source.span)
  }
  // "police opened fire to disperse demonstrators": an act aimed only at a group inside the
  // country is aimed at the country's own (PLOVER's coding)
  // (only in the object: "accused Darfur rebels"; a deed done to people reaches into its "of"
  // or "from" ("captured part of a Karen guerrilla stronghold"), words are not: "condemned the
  // renewal of the emergency law" is said about a place the sentence does not name)
  if (!target && source && source.country !== 'IGO' && !entry.target.includes('ONLY') && entry.type !== 'PROTEST' && entry.type !== 'CONSULT') {
    // ("called off a four-day strike", "lifted a state of emergency": the deed may be the object a
    // pattern's gap leads to — never for an attack, whose "launched a series of strikes" names the
    // act itself — and a hyphen inside the object joins its words)
    // ("declared martial law": or be a word of the pattern itself)
    const inPattern = DOMESTIC_ACTS.has(entry.type) && entry.type !== 'ASSAULT'
    const first = inPattern && / \* \S+$/.test(entry.pattern) ? trigger[1] - 1 : trigger[1]
    for (let k = trigger[0] + 1; inPattern && k < first; k++) {
      if (!domesticDeeds.has(f.lemma[k]!) || !/^\p{Ll}/u.test(doc.article.text[tokens[k]!.span[0]]!)) continue
      target = impliedCountry(tokens[k]!.span, source.country, 'implied:domestic', source.span)
      break
    }
    for (let k = first; !target && k < Math.min(clause[1], trigger[1] + 8); k++) {
      if (usable.some((m) => m.span[0] >= trigEnd && m.span[0] <= tokens[k]!.span[0])) break
      if (!OBJECT_WORDS.has(tokens[k]!.pos) && tokens[k]!.pos !== 'ADV' && f.lower[k] !== '-' && !(DOMESTIC_ACTS.has(entry.type) && REACHING.has(f.lower[k]!))) break
      const deed = (DOMESTIC_ACTS.has(entry.type) && domesticDeeds.has(f.lemma[k]!)) || (entry.type === 'THREATEN' && domesticMeasures.has(f.lemma[k]!))
      // (a common noun only: "Carrier Strike Group" is a name)
      if ((!domesticGroups.has(f.lemma[k]!) && !deed) || !/^\p{Ll}/u.test(doc.article.text[tokens[k]!.span[0]]!)) continue
      target = impliedCountry(tokens[k]!.span, source.country, 'implied:domestic', source.span)
      break
    }
  }
  // "investigating alleged war crimes by Croatian extremists": an accusation of deeds is aimed at their doers
  // (a protest too: "demonstrations against the alleged human rights violations by the Israeli
  // military"; the deeds' noun phrase may be long)
  if ((entry.type === 'ACCUSE' && !target) || (entry.type === 'PROTEST' && (!target || target.country === source?.country))) target = proposerAfter(doc, f, perpetrating, trigger, sentence[1], usable, { nounReach: 8, from: true }) ?? target
  // "threatened to stop negotiations if the United States goes ahead …", "… unless Israel rescinded
  // its annexation": a threat is aimed at the one whose act its condition names
  if (entry.type === 'THREATEN' && !target) target = conditionSubject(doc, f, trigger, sentence[1], usable)
  // "demanded an immediate admission by Moscow": the one asked does what is demanded
  if (entry.type === 'REQUEST') target = proposerAfter(doc, f, new Set<string>(), trigger, sentence[1], usable) ?? target
  // "voted down an amendment offered by Senator Paul", "blocked sanctions … that the United States pushed"
  // (a cancelled visit's "by X" is the traveller, not a proposer)
  if (entry.type === 'REJECT' && entry.mode !== 'meet') target = proposerAfter(doc, f, proposing, trigger, sentence[1], usable, { nounReach: 6, from: true }) ?? target
  // a protest with no one named against is aimed at the protesters' own government (PLOVER's
  // coding: "thousands of students staged demonstrations" targets Indonesia)
  if (entry.type === 'PROTEST' && source && (!target || target.country === source.country)) {
    return { source, target: target ?? impliedCountry(source.span, source.country, 'implied:own-government', source.span) }
  }
  if (target && source && (same(source, target) || (source.person !== null && source.person === target.person) || (source.name !== null && source.name === target.name && target.how !== 'demonym'))) target = null
  // "North Korea … Pyongyang", "France … French": one country named twice is not two parties;
  // nor is an official and his own country named ("the Secretary of Defense hardly lends weight to
  // a threat from the US"); rebels and their government are two parties
  const named = (m: ActorMention): boolean => m.kind === 'country' && (m.how === 'name' || m.how === 'metonym')
  const official = (m: ActorMention): boolean => m.kind === 'person' && (m.person !== null || m.level !== null)
  // (nor an actor and its own people by a demonym that also has other readings, "the American policy")
  const ambiguous = (m: ActorMention): boolean => {
    const first = /^[\p{L}-]+/u.exec(doc.article.text.slice(m.span[0], m.span[1]))?.[0] ?? ''
    return demonymCountry(first) === null && demonymCountry(first, true) !== null
  }
  if (target && source && (named(source) ? named(target) || target.how === 'demonym' : (official(source) && named(target)) || ambiguous(target)) && source.country === target.country) {
    // ("President Prosper Avril declared a state of siege in Haiti": unless the deed is done in the
    // doer's own country, which is then its target, as in the last resort's domestic place)
    const doneAtHome = entry.pos === 'verb' && DOMESTIC_DEEDS.has(entry.type) && target.kind === 'country' && target.span[0] >= trigEnd && DONE_IN.test(doc.article.text.slice(Math.max(0, target.span[0] - 30), target.span[0]))
    target = doneAtHome && actsForState(source) ? impliedCountry(target.span, source.country, 'implied:domestic-place', source.span) : null
  }
  // "Five hundred Ugandan rebels surrendered": armed men of a country who give up to no one named
  // give up to their own country (PLOVER names no target; coded as the other deeds at home are)
  // (a surrender only: "before they demobilize" is a condition, not a yielding)
  if (!target && source && entry.type === 'RETREAT' && entry.mode === 'disarm' && f.lemma[trigger[0]] === 'surrender' && source.country !== null && source.country !== 'IGO' && source.role !== null && domesticGroups.has(source.role.replace(/s$/, ''))) {
    return { source, target: impliedCountry(source.span, source.country, 'implied:domestic', source.span) }
  }
  // "the U.S. cancelled Blinken's trip": the contact called off is the named person's, who is the
  // more specific source (spec: "source may be USA government or Blinken") and places it in his channel
  if (source && entry.type === 'REJECT' && entry.mode === 'meet') {
    const own = usable.find((m) => m.kind === 'person' && m.country === source!.country && m.span[0] >= trigStart && m.span[1] <= trigEnd)
    if (own) return { source: own, target, subject: source }
  }
  return { source, target }
}

/** The actor that opens an if/unless clause after the trigger (its subject), within the sentence. */
const conditionSubject = (doc: Doc, f: TokenForms, trigger: readonly [number, number], end: number, mentions: readonly ActorMention[]): ActorMention | null => {
  for (let k = trigger[1]; k < Math.min(end, trigger[1] + 15); k++) {
    if (f.lower[k] !== 'if' && f.lower[k] !== 'unless') continue
    for (let j = k + 1; j < Math.min(end, k + 4); j++) {
      const m = mentionStarting(doc.tokens, mentions, j)
      if (m) return m
      if (doc.tokens[j]!.pos === 'VERB' || doc.tokens[j]!.pos === 'AUX') break
    }
    return null
  }
  return null
}

/** Prepositions wink-nlp may tag otherwise ("due to" → PART) */
const PREPOSITIONS = new Set(['to', 'in', 'at', 'for', 'with', 'after', 'before', 'during', 'amid', 'over', 'against', 'despite', 'from', 'into', 'on', 'following'])

/** A noun trigger heading a prepositional phrase: "due to protests", "with sharp criticism", "in talks". */
const afterPreposition = (doc: Doc, f: TokenForms, noun: number, lightVerbs: ReadonlySet<string>): boolean => {
  let k = noun - 1
  // ("following the killing": wink may tag the preposition "following" a noun)
  while (k >= 0 && noun - k <= 4 && (DETERMINERS.has(doc.tokens[k]!.pos) || doc.tokens[k]!.pos === 'NOUN') && f.lower[k] !== 'following') k--
  if (k < 0 || /^['’]s?$/.test(f.lower[k]!)) return false
  // "in the wake of the killing": "of" after a noun that itself heads a prepositional phrase
  if (f.lower[k] === 'of') return afterPreposition(doc, f, k - 1, lightVerbs) && doc.tokens[k - 1]?.pos === 'NOUN'
  // "speeded up the withdrawal", "wrapped up a visit": a light verb's particle, not a preposition
  if (k > 0 && PARTICLES.has(f.lower[k]!) && doc.tokens[k - 1]!.pos === 'VERB' && lightVerbs.has(f.lemma[k - 1]!)) return false
  return doc.tokens[k]!.pos === 'ADP' || PREPOSITIONS.has(f.lower[k]!)
}

/** Particles of aspect verbs that wink may tag as prepositions ("off" is left out: "called off the talks" ends them) */
const PARTICLES = new Set(['up'])

/** A verb of saying between the clause start and a noun trigger: "officials assert (that) the assassination …". */
const reportedBefore = (saying: ReadonlySet<string>, f: TokenForms, tokens: readonly Token[], from: number, noun: number): boolean => {
  for (let k = noun - 1; k >= from && noun - k <= 8; k--) {
    if (tokens[k]!.pos === 'VERB' && saying.has(f.lemma[k]!)) return true
  }
  return false
}

/**
 * The one who put forward what a rejection rejects, named within ten tokens after the trigger:
 * "<proposal> offered by X" or "<proposal> that X pushed".
 */
const proposerAfter = (
  doc: Doc,
  f: TokenForms,
  proposing: ReadonlySet<string>,
  trigger: readonly [number, number],
  end: number,
  mentions: readonly ActorMention[],
  { nounReach = 3, from = false }: { readonly nounReach?: number; readonly from?: boolean } = {},
): ActorMention | null => {
  const startAt = (i: number): ActorMention | undefined => mentionStarting(doc.tokens, mentions, i)
  // (from the trigger's own last word: "rejected recent calls | by …")
  for (let k = trigger[1] - 1; k < Math.min(end, trigger[1] + 10); k++) {
    if (f.lower[k] === ',' || f.lower[k] === ';') break
    // "an amendment offered by X", and "calls by Belarus's rulers", "an offer by X": what was put forward, by whom
    // ("rejected a fresh offer from Afghanistan", "dismissed an appeal from President Gbagbo": a
    // proposal's noun takes its proposer with "from" too)
    const fromProposer = from && f.lower[k + 1] === 'from' && (doc.tokens[k]!.pos === 'NOUN' || k === trigger[1] - 1) && k < trigger[1] + nounReach
    if ((f.lower[k + 1] === 'by' || fromProposer) && ((proposing.has(f.lemma[k]!) && doc.tokens[k]!.pos === 'VERB') || ((doc.tokens[k]!.pos === 'NOUN' || k === trigger[1] - 1) && k < trigger[1] + nounReach))) {
      const m = startAt(k + 2) ?? (doc.tokens[k + 2]?.pos === 'DET' || doc.tokens[k + 2]?.pos === 'ADJ' ? startAt(k + 3) : undefined)
      if (m) return m
    }
    if (f.lower[k] === 'that' || f.lower[k] === 'which') {
      // "that the United States pushed": an actor, then a verb of putting forward
      for (let j = k + 1; j < Math.min(end, k + 6); j++) {
        const m = startAt(j)
        if (!m) continue
        let v = j + 1
        while (v < end && doc.tokens[v]!.span[0] < m.span[1]) v++
        while (v < end && (doc.tokens[v]!.pos === 'AUX' || doc.tokens[v]!.pos === 'ADV')) v++
        return proposing.has(f.lemma[v] ?? '') ? m : null
      }
    }
  }
  return null
}

/**
 * Two bodies of one country on two sides: "the Sudanese government and SPLM/A have agreed" (a
 * government and an armed group, each named as a body, of different sectors).
 */
const twoBranches = (a: ActorMention, b: ActorMention): boolean =>
  a.kind === 'institution' && b.kind === 'institution' && a.sector !== null && b.sector !== null && a.sector !== b.sector

/** A state, a body or an armed group, or a leader or minister: whose deeds at home are the state's (a domestic deed's doer). */
const actsForState = (source: ActorMention): boolean => source.kind !== 'person' || source.sector === 'MIL' || source.level === 'head' || source.level === 'minister'

/** A verb, an auxiliary or punctuation among tokens [a, b), but for a participle describing a noun ("the divided island"). */
const verbBetween = (tokens: readonly Token[], a: number, b: number): boolean => {
  for (let k = a; k < b; k++) if (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'PUNCT' || (tokens[k]!.pos === 'VERB' && tokens[k - 1]!.pos !== 'DET')) return true
  return false
}

/** The word right before a verb (past auxiliaries and adverbs) is a common noun that no actor mention covers. */
const nounSubject = (doc: Doc, mentions: readonly ActorMention[], verb: number, source: ActorMention): boolean => {
  let k = verb - 1
  while (k >= 0 && (doc.tokens[k]!.pos === 'AUX' || doc.tokens[k]!.pos === 'ADV' || doc.tokens[k]!.pos === 'PART')) k--
  const t = doc.tokens[k]
  if (!t || t.pos !== 'NOUN' || t.span[0] < source.span[1]) return false
  if (mentions.some((m) => m.span[0] <= t.span[0] && m.span[1] >= t.span[1])) return false
  // not a time ("Iran today threatened"), nor a noun the actor itself modifies ("U.N. helicopters
  // evacuated", "Israeli army bulldozers demolished"), nor one joined to it ("Washington along with its allies")
  if (doc.times.some((x) => x.span[0] <= t.span[0] && x.span[1] >= t.span[1])) return false
  let j = k - 1
  // ("Fabius and a group of deputies held talks": an "of" phrase stays inside the noun phrase)
  while (j >= 0 && (NOUN_PHRASE.has(doc.tokens[j]!.pos) || doc.article.text.slice(...doc.tokens[j]!.span) === 'of') && doc.tokens[j]!.span[1] > source.span[1]) j--
  const before = doc.article.text.slice(source.span[1], doc.tokens[j + 1]!.span[0])
  // ("British aircraft using precision guided missiles killed …": the noun is the object of a
  // participle describing the actor, which stays the subject)
  return !/^\s*$|^\s*(['’]s)?\s*$|\b(along|together)\s+with\s+$|\band\s+$|^\s*,?\s*(using|carrying|firing|wielding|armed\s+with|equipped\s+with)\b[^,;.]*$/i.test(before)
}

const NOUN_PHRASE = new Set(['NOUN', 'ADJ', 'DET', 'NUM', 'PROPN', 'PRON', 'PART'])

/** A place in capitals followed by a dash or an agency's name in brackets: the story's dateline. */
const dateline = (text: string, m: ActorMention): boolean => {
  const words = text.slice(m.span[0], m.span[1])
  return words.length > 3 && words === words.toUpperCase() && /^(,\s*[A-Z][A-Za-z.]*\.?)?\s*(\([A-Za-z]+\)\s*)?[–—-]\s/.test(text.slice(m.span[1], m.span[1] + 30))
}

/** The actor right before a relative clause (only spaces and commas between): "Bolton, who …". */
export const antecedentOf = (doc: Doc, mentions: readonly ActorMention[], clauseStart: number): ActorMention | null =>
  mentions.filter((m) => m.span[1] <= clauseStart && /^[\s,]*$/.test(doc.article.text.slice(m.span[1], clauseStart))).at(-1) ?? null

/** The actor mention that begins at token i, if any (the target searches step through tokens). */
const mentionStarting = (tokens: readonly Token[], mentions: readonly ActorMention[], i: number): ActorMention | undefined =>
  mentions.find((m) => m.span[0] === tokens[i]?.span[0])

/** The index of the first token that starts at or after `offset` (binary search: tokens are in text order). */
export const tokenStarting = (tokens: readonly Token[], offset: number): number => {
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (tokens[mid]!.span[0] < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * The subject of the verb a trigger verb is coordinated with: between the nearest actor and the
 * trigger stands "and"/"but" with no actor after it, and that actor is itself the object of an
 * earlier verb of the clause; the subject is the last actor before that verb.
 */
const coordinatedSubject = (doc: Doc, f: TokenForms, mentions: readonly ActorMention[], nearest: ActorMention, verb: number, clauseStart: number): ActorMention | null => {
  const { tokens } = doc
  const after = tokenStarting(tokens, nearest.span[1])
  let and = -1
  for (let k = after; k < verb; k++) if (f.lower[k] === 'and' || f.lower[k] === 'but') and = k
  if (and < 0 || and === after && tokens[and + 1]?.pos === 'PROPN') return null
  if (mentions.some((m) => m.span[0] > tokens[and]!.span[0] && m.span[0] < tokens[verb]!.span[0])) return null
  let v = tokenStarting(tokens, nearest.span[0]) - 1
  while (v >= clauseStart && tokens[v]!.pos !== 'VERB') v--
  if (v < clauseStart) return null
  return mentions.filter((m) => m.span[0] >= tokens[clauseStart]!.span[0] && m.span[1] <= tokens[v]!.span[0]).at(-1) ?? null
}

/** The object right after a verb is a common noun that names no actor or people: "meet any attack", "met the deadline". */
const objectIsThing = (doc: Doc, mentions: readonly ActorMention[], peopleIn: ReadonlySet<string>, f: TokenForms, after: number): boolean => {
  let k = after
  while (k < doc.tokens.length && k < after + 4 && (doc.tokens[k]!.pos === 'DET' || doc.tokens[k]!.pos === 'ADJ')) k++
  const t = doc.tokens[k]
  if (!t || t.pos !== 'NOUN' || peopleIn.has(f.lemma[k]!)) return false
  return !mentions.some((m) => m.span[0] <= t.span[0] && m.span[1] >= t.span[1])
}

/** A noun trigger that is the object of a verb whose subject does not do the act: "touts the summit", "praised the talks". */
const objectOfOtherVerb = (doc: Doc, f: TokenForms, lightVerbs: ReadonlySet<string>, noun: number, clauseStart: number): boolean => {
  let k = noun - 1
  // (over coordinated objects too: "justify a military buildup and the partial evacuation of …")
  while (k >= clauseStart && noun - k <= 7 && (DETERMINERS.has(doc.tokens[k]!.pos) || doc.tokens[k]!.pos === 'NOUN' || doc.tokens[k]!.pos === 'PROPN' || doc.tokens[k]!.pos === 'PRON' || doc.tokens[k]!.pos === 'CCONJ' || /^['’]s?$/.test(f.lower[k]!))) k--
  if (k < clauseStart) return false
  // "there will be a trade deal with America": an act that exists, not one of the clause's subject
  if (f.lemma[k] === 'be') {
    let t = k - 1
    while (t >= clauseStart && (doc.tokens[t]!.pos === 'AUX' || doc.tokens[t]!.pos === 'ADV' || doc.tokens[t]!.pos === 'PART')) t--
    return t >= clauseStart && f.lower[t] === 'there'
  }
  return doc.tokens[k]!.pos === 'VERB' && !lightVerbs.has(f.lemma[k]!)
}

const same = (a: ActorMention, b: ActorMention): boolean => a.span[0] === b.span[0] && a.span[1] === b.span[1]

const nearestBefore = (mentions: readonly ActorMention[], from: number, before: number): ActorMention | null =>
  mentions.filter((m) => m.span[0] >= from && m.span[1] <= before).at(-1) ?? null

/**
 * The subject of the nearest earlier clause that has an actor, which a coordinated or
 * subordinate verb shares ("Austin has been unable to … despite repeated attempts"): the last
 * actor before that clause's first verb, else its first actor.
 */
const subjectOfEarlierClause = (
  f: TokenForms,
  mentions: readonly ActorMention[],
  tokens: readonly Token[],
  starts: readonly number[],
  clause: readonly [number, number],
  sentence: readonly [number, number],
): ActorMention | null => {
  const earlier = starts.filter((s) => s < clause[0]).reverse()
  for (const s of earlier) {
    if (RELATIVES.has(f.lower[s]!)) continue
    const next = starts.find((x) => x > s) ?? sentence[1]
    const inClause = mentions.filter((m) => m.span[0] >= tokens[s]!.span[0] && m.span[1] <= tokens[next - 1]!.span[1])
    if (inClause.length === 0) continue
    let verb = s
    while (verb < next && tokens[verb]!.pos !== 'VERB' && tokens[verb]!.pos !== 'AUX') verb++
    const before = inClause.filter((m) => m.span[1] <= tokens[Math.min(verb, next - 1)]!.span[0]).at(-1)
    if (before) return before
    // "women have come out to oppose Bolsonaro, taking to the streets": a subject that is no actor
    // leaves the clause without one; the actor after the verb is its object
    if (tokens.slice(s, verb).some((t) => t.pos === 'NOUN' || t.pos === 'PRON' || t.pos === 'PROPN')) return null
    return inClause[0]!
  }
  return null
}

/** "his Beijing trip", "the Moscow summit": a place right before a noun trigger is where the contact goes. */
const placeModifier = (doc: Doc, entry: TriggerEntry, trigger: readonly [number, number], mentions: readonly ActorMention[]): ActorMention | null => {
  // only a contact goes to a place: "the Singapore agreement" was made there, not with Singapore
  if (entry.pos !== 'noun' || entry.type !== 'CONSULT' || trigger[0] === 0) return null
  const before = doc.tokens[trigger[0] - 1]!.span
  return mentions.find((m) => m.span[1] === before[1] && (m.kind === 'country' || m.how === 'metonym')) ?? null
}

/** An actor inside a trigger's gap: "rejected a U.S. request", "rejected North Korea's demand". */
const targetInside = (doc: Doc, trigger: readonly [number, number], mentions: readonly ActorMention[]): ActorMention | null => {
  const a = doc.tokens[trigger[0]]!.span[1]
  const b = doc.tokens[trigger[1] - 1]!.span[0]
  return mentions.find((m) => m.span[0] >= a && m.span[0] < b) ?? null
}

/** A demonym inside a trigger's gap: "hold the Iranians accountable". */
const demonymIn = (doc: Doc, trigger: readonly [number, number]): ActorMention | null => {
  for (let i = trigger[0] + 1; i < trigger[1] - 1; i++) {
    const m = demonymAt(doc, i)
    if (m) return m
  }
  return null
}

const demonymAt = (doc: Doc, i: number): ActorMention | null => {
  const word = doc.article.text.slice(doc.tokens[i]!.span[0], doc.tokens[i]!.span[1])
  // "an Indian proposal", "a Greek plan": an ambiguous demonym before a common noun is its
  // country's ("Indian Ocean", "Korean Peninsula", "Greek Cypriot" go on with a capital, and
  // "North Korean", "American Indian" are part of a longer name)
  const next = doc.tokens[i + 1]
  const prev = i > 0 ? doc.tokens[i - 1]! : null
  const common = next !== undefined && next.pos === 'NOUN' && /^\p{Ll}/u.test(doc.article.text.slice(next.span[0], next.span[1])) && !(prev && /^\p{Lu}/u.test(doc.article.text.slice(prev.span[0], prev.span[1])))
  // "the Iranians": a people named in the plural stands for its country too
  const c = demonymCountry(word, common) ?? (word.length > 4 && word.endsWith('s') ? demonymCountry(word.slice(0, -1)) : null)
  return c ? { span: doc.tokens[i]!.span, kind: 'country', name: c.name, country: c.iso3, sector: null, level: null, role: null, person: null, gender: null, how: 'demonym', antecedent: null } : null
}

/**
 * A country named only by an adjective in the trigger or its object: "rejected an Indian
 * proposal", "an Australian ultimatum". The demonym stands for its country (sector unknown).
 */
const demonymTarget = (doc: Doc, f: TokenForms, trigger: readonly [number, number], clauseEnd: number, mentions: readonly ActorMention[]): ActorMention | null => {
  for (let i = trigger[0] + 1; i < Math.min(clauseEnd, trigger[1] + 8); i++) {
    const m = demonymAt(doc, i)
    // ("war crimes by Croatian extremists": the people the demonym begins are the party, not their country)
    if (m) return mentionStarting(doc.tokens, mentions, i) ?? m
    // the object phrase ends at a comma or a finite verb (an infinitive the trigger governs goes on)
    // ("rejected proposed Israeli changes": a participle before the noun is a modifier, not a verb)
    const modifier = /ed$/.test(f.lower[i]!) && (i === trigger[1] || doc.tokens[i - 1]!.pos === 'DET')
    if (f.lower[i] === ',' || (doc.tokens[i]!.pos === 'VERB' && i >= trigger[1] && f.lower[i - 1] !== 'to' && !modifier)) break
  }
  return null
}

/** The object, or the object of a licensed preposition, after the trigger within its clause. */
const targetAfter = (
  doc: Doc,
  tokens: readonly Token[],
  f: TokenForms,
  entry: TriggerEntry,
  trigger: readonly [number, number],
  clauseEnd: number,
  mentions: readonly ActorMention[],
): ActorMention | null => {
  const startAt = (i: number): ActorMention | undefined => mentionStarting(tokens, mentions, i)
  const preps = new Set(entry.target.filter((t) => t !== 'DIRECT' && t !== 'GAP' && t !== 'ONLY'))
  let i = trigger[1]
  // "expelled inspectors of the IAEA": a trigger that ends in its object noun, then "of" the actor
  if (tokens[i - 1]?.pos === 'NOUN' && f.lower[i] === 'of') {
    // (past an article or a compass word: "invasion of South Lebanon")
    const of = startAt(i + 1) ?? (tokens[i + 1]?.pos === 'DET' || COMPASS.test(f.lower[i + 1] ?? '') ? startAt(i + 2) : undefined)
    if (of) return of
  }
  // the token after a "that" at i, also past a day ("demanded Friday that the United States match …"), or -1
  const thatAt = (): number => {
    let t = i
    while (t < i + 3 && WHEN_WORDS.test(f.lower[t] ?? '')) t++
    return f.lower[t] === 'that' ? t + 1 : -1
  }
  // "reiterated its demand today that Israel ease restrictions": a demand's that-clause subject is the one asked
  const that = entry.type === 'REQUEST' && entry.pos === 'noun' ? thatAt() : -1
  if (that >= 0) {
    let k = that
    while (k < clauseEnd && k < that + 3 && DETERMINERS.has(tokens[k]!.pos) && !startAt(k)) k++
    const m = startAt(k)
    if (m) return m
  }
  let possessor: ActorMention | null = null
  if (entry.target.includes('DIRECT')) {
    // "demanded that the US cancel …": the subject of a that-clause is the one asked
    const t = thatAt()
    let k = t >= 0 ? t : i
    while (k < clauseEnd && k < i + 5 && (DETERMINERS.has(tokens[k]!.pos) || (k > i && f.lower[k - 1] === 'that' && tokens[k]!.pos === 'PRON')) && !startAt(k)) k++
    const m = startAt(k)
    // ("reneged on his commitment to the Zambian people": a possessive pronoun names whose the
    // object is; the entry's own preposition, if it finds a party, names the target)
    if (m && POSSESSIVE_PRONOUN.test(doc.article.text.slice(m.span[0], m.span[1]))) possessor = m
    else if (m) return m
    // "received a delegation from China", "met members of the Taliban": people of an actor
    if (tokens[k]?.pos === 'NOUN' && (f.lower[k + 1] === 'of' || f.lower[k + 1] === 'from')) {
      const of = startAt(k + 2) ?? (tokens[k + 2]?.pos === 'DET' ? startAt(k + 3) : undefined)
      if (of) return of
    }
  }
  if (entry.target.includes('ONLY') && preps.size === 0) return null
  // up to 8 tokens on, a licensed preposition, then an actor within 4 tokens of it; where several
  // are found, the entry's first listed wins ("complained to the UN over Israeli raids": about/over
  // before to, so the accused, not the addressee)
  let best: { m: ActorMention; rank: number } | null = null
  const order = entry.target.filter((t) => preps.has(t))
  for (; i < Math.min(clauseEnd, trigger[1] + 8); i++) {
    if (!preps.has(f.lower[i]!)) continue
    for (let k = i + 1; k < Math.min(clauseEnd, i + 5); k++) {
      // ("complained to the UN over two Israeli air raids": a demonym names the party too)
      const m = startAt(k) ?? demonymAt(doc, k) ?? undefined
      const rank = order.indexOf(f.lower[i]!)
      if (m && (!best || rank < best.rank)) best = { m, rank }
      if (m || tokens[k]!.pos === 'VERB') break
    }
    if (best?.rank === 0) break
  }
  if (best) return best.m
  if (possessor) return possessor
  // any preposition that points at a party ("sanctions against North Korea", "rockets into Israel"),
  // when the trigger's own did not find one
  // a threat or a promise names its target inside the act: "threatened to break relations with
  // Russia", "promised to continue military aid to Mozambique"
  // (the "to" may follow a day: "threatened on Monday to break relations with Russia")
  let to = f.lower[trigger[1] - 1] === 'to' ? trigger[1] - 1 : -1
  for (let k = trigger[1]; to < 0 && k < Math.min(clauseEnd, trigger[1] + 4); k++) if (f.lower[k] === 'to') to = k
  const infinitive = (entry.type === 'THREATEN' || entry.type === 'AGREE') && to >= 0
  const from = infinitive ? to + 1 : trigger[1]
  // (a force is readied against someone a longer object may name: "mobilized army reservists for
  // a possible war against Iraq")
  const reach = infinitive || entry.type === 'MOBILIZE' ? 10 : 6
  for (let k = from; k < Math.min(clauseEnd, from + reach); k++) {
    if (!PARTY_PREPS.has(f.lower[k]!)) continue
    if (tokens.slice(from, k).some((t, d) => t.pos === 'VERB' && !(infinitive && d === 0))) break
    for (let j = k + 1; j < Math.min(clauseEnd, k + 4); j++) {
      const m = startAt(j)
      if (m) return m
      if (tokens[j]!.pos === 'VERB') break
    }
  }
  // a light verb's nominal ("made three requests to speak to General Xu"): look one verb further
  // and a request whose pattern ends in its "to" ("asked to meet Xu"): the one to be met is asked
  // (only a request for contact: in "push to readmit Russia to the G-7", Russia is not the one asked)
  const asksTo = entry.type === 'REQUEST' && entry.mode === 'meet' && f.lower[trigger[1] - 1] === 'to'
  if (entry.pos === 'noun' || asksTo) {
    for (let k = asksTo ? trigger[1] - 1 : trigger[1]; k < Math.min(clauseEnd, trigger[1] + 6); k++) {
      if (f.lower[k] === 'to' && tokens[k + 1]?.pos === 'VERB') {
        for (let j = k + 2; j < Math.min(clauseEnd, k + 6); j++) {
          const m = startAt(j)
          if (m) return m
        }
      }
    }
  }
  return null
}
