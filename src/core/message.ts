import type { Span } from './span.ts'

/**
 * A problem found in the content (not in the program): an unreadable file, a JSONL line that is
 * not JSON, a feed that is not well-formed. Messages travel with the data so a batch goes on.
 */
export type Severity = 'error' | 'warning' | 'info'

export interface Message {
  readonly kind: 'message'
  readonly severity: Severity
  /** stable machine-readable code, e.g. `invalid-utf8`, `jsonl-not-json` */
  readonly code: string
  /** the input the problem is in: a path, `path:line`, or `<stdin>` */
  readonly input: string
  /** what is wrong, in words a user can act on */
  readonly reason: string
  readonly span?: Span
}

export const message = (
  severity: Severity,
  code: string,
  input: string,
  reason: string,
  span?: Span,
): Message => (span ? { kind: 'message', severity, code, input, reason, span } : { kind: 'message', severity, code, input, reason })

export const formatMessage = (m: Message): string => `${m.input}: ${m.severity}: ${m.reason} [${m.code}]`
