import type { ActorMention, Span } from '../core/index.ts'

/**
 * A country as a party the text implies rather than names as the act's argument: its span points
 * at the words that give it away (the group acted on, the article's mention of the other side, the
 * owner's demonym), `how` says which rule implied it (`implied:domestic`, `implied:counterpart` …).
 */
export const impliedCountry = (span: Span, country: string | null, how: `implied:${string}`, antecedent: Span, name: string | null = null): ActorMention => ({
  span,
  kind: 'country',
  name,
  country,
  sector: null,
  level: null,
  role: null,
  person: null,
  gender: null,
  how,
  antecedent,
})
