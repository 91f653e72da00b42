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

/** The kinds of failure a rule may report; the exception filter gives each its HTTP status. */
export const ERROR_KINDS = ['invalid', 'unauthorized', 'forbidden', 'not_found', 'conflict', 'throttled'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

type RuleSpec = { readonly kind: ErrorKind; readonly params: readonly string[] };

/**
 * Every business rule the API refuses by: its kind of failure and the
 * parameters its message names (a `field` is the input's name, which clients
 * show as their form's label; `resource` is an API resource name such as
 * `organizations`). A code is grouped when the situation reads the same for
 * every resource, and of its own when the words differ.
 */
export const RULE_ERRORS = {
  // Records and references
  record_not_found: { kind: 'not_found', params: ['resource'] },
  unknown_record: { kind: 'invalid', params: ['field', 'resource'] },
  unknown_records: { kind: 'invalid', params: ['field', 'resource', 'count'] },
  unknown_country_code: { kind: 'not_found', params: ['iso3'] },
  bad_country_code: { kind: 'invalid', params: ['field'] },
  merge_into_itself: { kind: 'invalid', params: ['field', 'resource'] },
  // Generic rules of one input
  field_required: { kind: 'invalid', params: ['field'] },
  not_one_of: { kind: 'invalid', params: ['field', 'allowed'] },
  date_order: { kind: 'invalid', params: ['field', 'earlier', 'later'] },
  bad_date_time: { kind: 'invalid', params: ['field'] },
  bad_time_zone: { kind: 'invalid', params: ['field'] },
  status_transition: { kind: 'invalid', params: ['field', 'resource', 'from', 'to'] },
  set_by_secretariat: { kind: 'forbidden', params: ['field'] },
  bad_list_query: { kind: 'invalid', params: ['field'] },
  bad_text: { kind: 'invalid', params: ['field'] },
  reserved_key: { kind: 'invalid', params: ['field'] },
  too_deeply_nested: { kind: 'invalid', params: ['depth'] },
  // Access and accounts
  route_closed: { kind: 'forbidden', params: [] },
  role_not_allowed: { kind: 'forbidden', params: ['role'] },
  sign_in_required: { kind: 'unauthorized', params: [] },
  session_ended: { kind: 'unauthorized', params: [] },
  wrong_credentials: { kind: 'unauthorized', params: [] },
  too_many_attempts: { kind: 'throttled', params: ['seconds'] },
  too_many_codes: { kind: 'throttled', params: ['minutes'] },
  link_invalid: { kind: 'invalid', params: ['field'] },
  calendar_link_invalid: { kind: 'unauthorized', params: [] },
  wrong_password: { kind: 'invalid', params: ['field'] },
  password_personal: { kind: 'invalid', params: ['field'] },
  password_guessable: { kind: 'invalid', params: ['field'] },
  two_factor_required: { kind: 'forbidden', params: [] },
  two_factor_already_on: { kind: 'conflict', params: [] },
  two_factor_setup_missing: { kind: 'conflict', params: ['field'] },
  two_factor_code_wrong: { kind: 'invalid', params: ['field'] },
  two_factor_sign_in_code_wrong: { kind: 'unauthorized', params: ['field'] },
  two_factor_sign_in_expired: { kind: 'unauthorized', params: ['field'] },
  own_account_deactivation: { kind: 'conflict', params: ['field'] },
  own_account_deletion: { kind: 'conflict', params: [] },
  last_admin: { kind: 'conflict', params: ['field'] },
  user_email_taken: { kind: 'conflict', params: ['email'] },
  account_not_linked: { kind: 'not_found', params: [] },
  no_current_organization: { kind: 'forbidden', params: [] },
  no_affiliation: { kind: 'not_found', params: [] },
  own_email_required: { kind: 'invalid', params: ['field'] },
  country_not_worked: { kind: 'forbidden', params: ['field'] },
  own_organization_required: { kind: 'invalid', params: ['field'] },
  // People, organizations, memberships
  email_taken: { kind: 'conflict', params: ['name', 'email'] },
  person_has_user: { kind: 'conflict', params: [] },
  both_have_users: { kind: 'conflict', params: ['field', 'email', 'otherEmail'] },
  already_decided: { kind: 'conflict', params: ['status'] },
  membership_transition: { kind: 'conflict', params: ['from', 'to'] },
  new_organization_rejected: { kind: 'invalid', params: ['field'] },
  suspended_organization: { kind: 'conflict', params: ['name'] },
  duplicate_organization_email: { kind: 'conflict', params: ['name'] },
  duplicate_organization_name: { kind: 'conflict', params: ['name'] },
  duplicate_person_name: { kind: 'conflict', params: ['name'] },
  affiliation_exists: { kind: 'conflict', params: ['field'] },
  working_group_name_taken: { kind: 'conflict', params: ['field', 'name'] },
  // Countries and the campaign
  source_required: { kind: 'invalid', params: ['field'] },
  step_date_conflict: { kind: 'invalid', params: ['field', 'date', 'stage', 'otherStage', 'otherDate'] },
  op_dates_without_signature: { kind: 'invalid', params: ['field'] },
  op_ratified_while_signed: { kind: 'invalid', params: ['field'] },
  declaration_date_without_declaration: { kind: 'invalid', params: ['field'] },
  authority_has_actions: { kind: 'conflict', params: [] },
  holder_name_required: { kind: 'invalid', params: ['field'] },
  holder_since_too_early: { kind: 'invalid', params: ['field', 'date'] },
  foreign_authorities: { kind: 'invalid', params: ['field', 'names'] },
  action_not_yours: { kind: 'forbidden', params: [] },
  event_needs_outcome: { kind: 'invalid', params: ['field'] },
  event_needs_reason: { kind: 'invalid', params: ['field'] },
  task_needs_assignee: { kind: 'invalid', params: ['field'] },
  task_one_assignee: { kind: 'invalid', params: ['field'] },
  task_not_yours: { kind: 'forbidden', params: [] },
  task_cancelled: { kind: 'conflict', params: ['field'] },
  assignee_not_yourself: { kind: 'forbidden', params: ['field'] },
  assignee_not_your_organization: { kind: 'forbidden', params: ['field'] },
  notes_not_accepted: { kind: 'invalid', params: ['field', 'targetType'] },
  note_not_yours: { kind: 'forbidden', params: [] },
  unknown_placeholder: { kind: 'invalid', params: ['field', 'names', 'known'] },
  period_too_long: { kind: 'invalid', params: ['field', 'days'] },
  // Testimonies
  consent_given_by_submitter: { kind: 'forbidden', params: ['field'] },
  anonymity_kept: { kind: 'forbidden', params: ['field'] },
  publish_needs_consent: { kind: 'invalid', params: ['field'] },
  publish_needs_field: { kind: 'invalid', params: ['field'] },
  public_text_names_submitter: { kind: 'invalid', params: ['field'] },
  // Imports
  file_required: { kind: 'invalid', params: ['field'] },
  file_not_csv: { kind: 'invalid', params: ['field', 'type'] },
  file_empty: { kind: 'invalid', params: ['field'] },
  file_not_utf8: { kind: 'invalid', params: ['field'] },
  dry_run_not_uploader: { kind: 'forbidden', params: [] },
  not_a_completed_dry_run: { kind: 'conflict', params: [] },
  dry_run_file_gone: { kind: 'conflict', params: [] },
  import_taken: { kind: 'conflict', params: [] },
  // Mailing
  reconcile_running: { kind: 'conflict', params: ['mode', 'status'] },
  subscription_exists: { kind: 'conflict', params: ['field'] },
  no_consent: { kind: 'invalid', params: ['field'] },
  no_email_to_subscribe: { kind: 'invalid', params: ['field'] },
  list_key_fixed: { kind: 'invalid', params: ['field'] },
  list_key_taken: { kind: 'conflict', params: ['field', 'key'] },
  list_has_subscribers: { kind: 'conflict', params: ['count'] },
  webhook_refused: { kind: 'unauthorized', params: [] },
  webhook_replayed: { kind: 'conflict', params: [] },
} as const satisfies Record<string, RuleSpec>;

export type RuleErrorCode = keyof typeof RULE_ERRORS;

/** The values a rule's message names, each required by the code. */
export type RuleErrorParams<C extends RuleErrorCode> = C extends RuleErrorCode
  ? { readonly [P in (typeof RULE_ERRORS)[C]['params'][number]]: string | number }
  : never;

export const RULE_ERROR_CODES = Object.keys(RULE_ERRORS) as RuleErrorCode[];

/** The kind of failure of a rule's code (`record_not_found` → `not_found`). */
export const kindOfRule = (code: RuleErrorCode): ErrorKind => RULE_ERRORS[code].kind;

export type ErrorCode = (typeof GENERAL_ERROR_CODES)[number] | (typeof FIELD_ERROR_CODES)[number] | RuleErrorCode;

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
