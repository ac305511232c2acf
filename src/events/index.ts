import type { Doc } from '../core/index.ts'
import { sentenceEvents } from './extract.ts'
import { lexicon } from './lexicon.ts'
import { mergeEvents } from './merge.ts'

export { loadLexicon, lexicon, LEXICON_DIR } from './lexicon.ts'
export { toEventRecord, type EventRecord } from './record.ts'

/** Stage: PLOVER events with modality, count, answer, date, location, attribution and evidence; one per happening. */
export const extractEvents = (doc: Doc): Doc => ({ ...doc, events: mergeEvents(sentenceEvents(doc, lexicon())) })
