/**
 * Errors are for mistakes in how Overture is called or configured (a missing input path, an
 * unknown format, a bad option). Problems inside an article are `Message`s, not throws.
 */
export class OvertureError extends Error {
  override readonly name: string = 'OvertureError'
  /** stable machine-readable code */
  readonly code: string
  constructor(code: string, message: string, options?: ErrorOptions) {
    super(message, options)
    this.code = code
  }
}

/** A configuration or usage mistake: the command cannot start as asked. */
export class ConfigError extends OvertureError {
  override readonly name = 'ConfigError'
}

export const isOvertureError = (e: unknown): e is OvertureError => e instanceof OvertureError
