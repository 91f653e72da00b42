import type { ErrorCode, ErrorParams } from './error-code.contract.js';

/** What went wrong, independent of HTTP; the exception filter maps each code to a status. */
export type DomainErrorCode = 'invalid' | 'unauthorized' | 'forbidden' | 'not_found' | 'conflict' | 'throttled';

/**
 * The one exception type features throw for business-rule failures. `field`
 * names the offending input so that the client can show it beside the field.
 */
export class DomainException extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly field?: string,
    /** For `throttled`: when the client may try again (sent as Retry-After). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'DomainException';
  }

  /** The stable code of the rule that refused (sent as `code`, default: the kind of failure) and the values its message names. */
  reason?: { code: ErrorCode; params?: ErrorParams };

  /** Names the rule that refused, for clients that word it themselves: `throw new DomainException(…).because('email_taken', { email })`. */
  because(code: ErrorCode, params?: ErrorParams): this {
    this.reason = { code, params };
    return this;
  }
}

export const tooManyAttempts = (retryAfterSeconds: number): DomainException =>
  new DomainException('throttled', `Too many attempts; try again in ${retryAfterSeconds} s`, undefined, retryAfterSeconds);

export const notFound = (entity: string, id: string): DomainException => new DomainException('not_found', `${entity} ${id} does not exist`);
