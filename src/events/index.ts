import type { Doc } from '../core/index.ts'
import { sentenceEvents } from './extract.ts'
import { lexicon, type Lexicon } from './lexicon.ts'
import { withCounterparts } from './counterpart.ts'
import { mergeEvents } from './merge.ts'
import { withOwners } from './owner.ts'

export { loadLexicon, lexicon, LEXICON_DIR } from './lexicon.ts'
export { toEventRecord, type ActorRecord, type EventRecord } from './record.ts'

/**
 * Stage: PLOVER events with modality, count, answer, date, location, attribution and evidence;
 * one per happening. A report that names no target may still be one report of a happening whose
 * other reports do ("despite repeated attempts to set up talks" … "made three requests to speak
 * to General Xu"), so targets are required only after merging.
 */
export const extractEvents = (doc: Doc): Doc => {
  const lx = lexicon()
  const events = withCounterparts(doc, withOwners(doc, mergeEvents(sentenceEvents(doc, lx)), lx.ownedThings)).filter((e) => e.target !== null || lx.untargeted.has(e.type) || (standsAlone(lx, e.rule) && (e.modality === 'asserted' || e.modality === 'negated')))
  return { ...doc, events }
}

/** An event of an act done alone, or of a commitment to one ("agreed to resign": rule "agree (to resign)"), needs no target. */
const standsAlone = (lx: Lexicon, rule: string): boolean => lx.alone.has(rule) || lx.alone.has(/ \(to (.+)\)$/.exec(rule)?.[1] ?? '')
