/**
 * The stable codes of error answers, which clients translate (the admin UI
 * through its en/es/fr catalogs). The human `message` stays beside them for
 * logs and API users; it may change wording, a code never changes meaning.
 */

/** Codes every error answer may carry, by kind of failure. */
export const GENERAL_ERROR_CODES = [
  'invalid',
  'validation_failed',
  'invalid_json',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'throttled',
  'too_large',
  'duplicate_value',
  'unknown_reference',
  'still_referenced',
  'rule_broken',
  'required',
  'bad_format',
  'internal',
] as const;

/** Codes of one invalid field of a body (class-validator's constraints, named for people). */
export const FIELD_ERROR_CODES = [
  'unknown_field',
  'required',
  'not_empty',
  'too_long',
  'too_short',
  'wrong_length',
  'too_many',
  'too_few',
  'too_small',
  'too_large',
  'not_email',
  'not_url',
  'not_uuid',
  'not_date',
  'not_choice',
  'not_text',
  'not_number',
  'not_integer',
  'not_boolean',
  'not_list',
  'bad_format',
  'invalid',
] as const;

/** Codes of particular business rules, with the parameters their messages use. */
export const RULE_ERROR_CODES = [
  'email_taken',
  'user_email_taken',
  'already_decided',
  'membership_transition',
  'suspended_organization',
  'duplicate_organization_email',
  'duplicate_organization_name',
  'duplicate_person_name',
] as const;

export type ErrorCode = (typeof GENERAL_ERROR_CODES)[number] | (typeof FIELD_ERROR_CODES)[number] | (typeof RULE_ERROR_CODES)[number];

/** Values a message is built from: names, e-mails, counts; never a record's id. */
export type ErrorParams = Record<string, string | number>;

/** One invalid field of a body, as a validation answer lists them. */
export interface FieldError {
  /** The field's path in the body (`email`, `phones.0`). */
  field: string;
  code: (typeof FIELD_ERROR_CODES)[number];
  params?: ErrorParams;
  message: string;
}

const CONSTRAINT_CODES: Record<string, FieldError['code']> = {
  whitelistValidation: 'unknown_field',
  isDefined: 'required',
  isNotEmpty: 'not_empty',
  arrayNotEmpty: 'not_empty',
  maxLength: 'too_long',
  minLength: 'too_short',
  isLength: 'wrong_length',
  arrayMaxSize: 'too_many',
  arrayMinSize: 'too_few',
  min: 'too_small',
  max: 'too_large',
  isEmail: 'not_email',
  isUrl: 'not_url',
  isUuid: 'not_uuid',
  isDateString: 'not_date',
  isDate: 'not_date',
  isIso8601: 'not_date',
  isIn: 'not_choice',
  isEnum: 'not_choice',
  isString: 'not_text',
  isNumber: 'not_number',
  isInt: 'not_integer',
  isBoolean: 'not_boolean',
  isArray: 'not_list',
  matches: 'bad_format',
};

/** The field code of a class-validator constraint name (`isEmail` → `not_email`); `invalid` for rules of the project's own. */
export const fieldErrorCode = (constraint: string): FieldError['code'] =>
  Object.hasOwn(CONSTRAINT_CODES, constraint) ? CONSTRAINT_CODES[constraint] : 'invalid';

const ALL_CODES: ReadonlySet<string> = new Set<string>([...GENERAL_ERROR_CODES, ...FIELD_ERROR_CODES, ...RULE_ERROR_CODES]);

export const isErrorCode = (value: unknown): value is ErrorCode => typeof value === 'string' && ALL_CODES.has(value);
