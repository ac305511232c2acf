import type { Actor, FusedEvent } from './api.ts'

/** PLOVER's four groups: verbal or material, cooperation or conflict. */
export type Group = 'verbal-coop' | 'material-coop' | 'verbal-conflict' | 'material-conflict'

const GROUPS: Record<string, Group> = {
  AGREE: 'verbal-coop',
  CONSULT: 'verbal-coop',
  SUPPORT: 'verbal-coop',
  CONCEDE: 'verbal-coop',
  COOPERATE: 'material-coop',
  AID: 'material-coop',
  RETREAT: 'material-coop',
  REQUEST: 'verbal-conflict',
  ACCUSE: 'verbal-conflict',
  REJECT: 'verbal-conflict',
  THREATEN: 'verbal-conflict',
  PROTEST: 'material-conflict',
  SANCTION: 'material-conflict',
  MOBILIZE: 'material-conflict',
  COERCE: 'material-conflict',
  ASSAULT: 'material-conflict',
}

export const GROUP_LABELS: Record<Group, string> = {
  'verbal-coop': 'verbal cooperation',
  'material-coop': 'material cooperation',
  'verbal-conflict': 'verbal conflict',
  'material-conflict': 'material conflict',
}

export const groupOf = (type: string): Group => GROUPS[type] ?? 'verbal-coop'

export const MODALITY_LABELS: Record<string, string> = {
  asserted: 'happened',
  negated: 'did not happen',
  future: 'planned',
  hypothetical: 'hypothetical',
}

export const who = (a: Actor | null): string => (a ? (a.name ?? a.text) : '—')
export const whoLong = (a: Actor | null): string => (a ? `${who(a)} (${[a.country ?? '?', a.sector, a.level].filter(Boolean).join(' ')})` : '—')
export const what = (e: { type: string; mode: string | null }): string => `${e.type}${e.mode ? ` · ${e.mode}` : ''}`
export const outlets = (e: FusedEvent): string => `${e.corroboration} outlet${e.corroboration === 1 ? '' : 's'}${e.onRecord ? '' : ' · anonymous or hedged only'}`
