import { kindOfRule, type ErrorKind, type ErrorParams, type RuleErrorCode, type RuleErrorParams } from './error-code.contract.js';

/** The arguments of one rule's refusal: its code, the parameters that code requires, the English message, the field at fault. */
export type DomainExceptionArguments = {
  [C in RuleErrorCode]: [code: C, params: RuleErrorParams<C>, message: string, field?: string, retryAfterSeconds?: number];
}[RuleErrorCode];

/**
 * The one exception type features throw for business-rule failures. The code
 * names the rule (clients word it in the user's language with its params,
 * which the type requires) and decides the kind of failure, hence the HTTP
 * status; the English message stays for logs and API users. `field` names the
 * offending input so that the client can show it beside the field.
 */
export class DomainException extends Error {
  readonly code: RuleErrorCode;
  readonly params: ErrorParams;
  /** What went wrong, independent of HTTP: the exception filter maps each kind to a status. */
  readonly kind: ErrorKind;
  readonly field?: string;
  /** For throttling: when the client may try again (sent as Retry-After). */
  readonly retryAfterSeconds?: number;

  constructor(...[code, params, message, field, retryAfterSeconds]: DomainExceptionArguments) {
    super(message);
    this.name = 'DomainException';
    this.code = code;
    this.params = params;
    this.kind = kindOfRule(code);
    this.field = field;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export const tooManyAttempts = (retryAfterSeconds: number): DomainException =>
  new DomainException(
    'too_many_attempts',
    { seconds: retryAfterSeconds },
    `Too many attempts; try again in ${retryAfterSeconds} s`,
    undefined,
    retryAfterSeconds,
  );

/**
 * A record that does not exist (or that the caller may not see), named by its
 * API resource (`organizations`) and never by its id, which nobody can act on.
 */
export const notFound = (resource: string, label: string): DomainException =>
  new DomainException('record_not_found', { resource }, `This ${label} does not exist`);

/** An id given in `field` that names no record of `resource` (the id itself is not repeated: the client sent it). */
export const unknownRecord = (field: string, resource: string): DomainException =>
  new DomainException('unknown_record', { field, resource }, `${field} refers to a record that does not exist`, field);

/** Some of the ids given in `field` name no record of `resource`. */
export const unknownRecords = (field: string, resource: string, count: number): DomainException =>
  new DomainException('unknown_records', { field, resource, count }, `${field} names ${count} record${count === 1 ? '' : 's'} that do not exist`, field);

/** A date that must not come before another one of the same record (both named by their fields). */
export const dateOrder = (earlier: string, later: string, message = `${later} must not be before ${earlier}`, field = later): DomainException =>
  new DomainException('date_order', { field, earlier, later }, message, field);

/** A value of `field` outside a fixed list (`allowed` is sent as written, for API users). */
export const notOneOf = (field: string, allowed: readonly string[]): DomainException =>
  new DomainException('not_one_of', { field, allowed: allowed.join(', ') }, `${field} must be one of: ${allowed.join(', ')}`, field);
