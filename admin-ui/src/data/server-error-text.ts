import { isErrorCode, type ErrorParams, type FieldError } from '@contract/common/error-code.contract';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** A server text without record ids: nobody can act on "8d579e40-…". */
export const withoutIds = (text: string): string =>
  text
    .replace(/\s*\((?:id )?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\)/gi, '')
    .replace(UUID, '…')
    .trim();

/** Self-service routes whose forms are those of a resource (`/api/me/profile` edits a person). */
const RESOURCE_OF_ROUTE: Readonly<Record<string, string>> = { 'me/profile': 'people', 'me/organization': 'organizations', 'me/subscriptions': 'subscriptions' };

/** The resource a request went to (`/api/people/…` → `people`), whose field labels name the fields. */
export const resourceOfUrl = (url: string): string | undefined => {
  const route = /\/api\/([a-z-]+(?:\/[a-z-]+)?)/.exec(url)?.[1];
  if (route && Object.hasOwn(RESOURCE_OF_ROUTE, route)) return RESOURCE_OF_ROUTE[route];
  return /\/api\/([a-z-]+)/.exec(url)?.[1];
};

/** A field as its form labels it: the resource's label, else the field name itself. */
const fieldLabel = (translate: Translate, resource: string | undefined, field: string): string => {
  const last = field.split('.')[0] ?? field;
  return resource ? translate(`resources.${resource}.fields.${last}`, { _: last }) : last;
};

/** Parameters that name an input of the form. */
const FIELD_PARAMS = ['field', 'earlier', 'later'] as const;

/** Where the label of an enumerated value of a parameter is, by code: the same catalogs the forms' choices use. */
const valueKey = (code: string, param: string, params: ErrorParams): string | undefined => {
  if (code === 'membership_transition' && (param === 'from' || param === 'to')) return 'app.choices.membership_status';
  if (code === 'status_transition' && (param === 'from' || param === 'to')) return `resources.${String(params.resource)}.status`;
  if (code === 'already_decided' && param === 'status') return 'app.server_errors.decided';
  if (code === 'step_date_conflict' && (param === 'stage' || param === 'otherStage')) return 'resources.ratification-steps.stages';
  if (code === 'role_not_allowed' && param === 'role') return 'app.roles';
  return undefined;
};

/** Parameters as the user reads them: enumerations translated, fields named by their labels, records by their kind. */
const readableParams = (translate: Translate, code: string, params: ErrorParams, resource: string | undefined): Record<string, unknown> => {
  const readable: Record<string, unknown> = { ...params };
  for (const [param, value] of Object.entries(params)) {
    if (typeof value !== 'string') continue;
    const prefix = valueKey(code, param, params);
    if (prefix) readable[param] = translate(`${prefix}.${value}`, { _: value });
  }
  for (const param of FIELD_PARAMS) {
    const value = params[param];
    if (typeof value === 'string') readable[param] = fieldLabel(translate, resource, value);
  }
  if (typeof params.resource === 'string') {
    readable.resource = translate(`resources.${params.resource}.name`, { smart_count: 1, _: params.resource });
  }
  return readable;
};

export interface ServerErrorText {
  /** The whole failure, in the user's language. */
  message: string;
  /** For form answers: what belongs under each input, by field. */
  fields: Record<string, string>;
}

const bodyField = (body: object, key: string): unknown => (Object.hasOwn(body, key) ? (body as Record<string, unknown>)[key] : undefined);

const isFieldError = (value: unknown): value is FieldError =>
  typeof value === 'object' && value !== null && typeof (value as FieldError).field === 'string' && typeof (value as FieldError).code === 'string';

/**
 * Words an error answer through the catalogs by its stable `code` (and each
 * invalid field by its own), with field names as the forms label them. An
 * answer without a code keeps its text, record ids taken out; null when the
 * body is not an error answer at all.
 */
export const serverErrorText = (body: unknown, translate: Translate, resource?: string): ServerErrorText | null => {
  if (typeof body !== 'object' || body === null) return null;
  const code = bodyField(body, 'code');
  const rawMessage = bodyField(body, 'message');
  const english = withoutIds(
    Array.isArray(rawMessage) ? rawMessage.filter((part) => typeof part === 'string').join('; ') : typeof rawMessage === 'string' ? rawMessage : '',
  );
  if (!isErrorCode(code)) return english ? { message: english, fields: {} } : null;

  const fields: Record<string, string> = {};
  const errors = bodyField(body, 'errors');
  if (code === 'validation_failed' && Array.isArray(errors)) {
    const lines: string[] = [];
    for (const error of errors.filter(isFieldError)) {
      const text = translate(`app.field_errors.${error.code}`, { ...(error.params ?? {}), _: withoutIds(error.message) });
      const top = error.field.split('.')[0] ?? error.field;
      fields[top] = fields[top] ? `${fields[top]}; ${text}` : text;
      lines.push(`${fieldLabel(translate, resource, error.field)}: ${text}`);
    }
    return { message: `${translate('app.server_errors.validation_failed')} ${lines.join('; ')}`.trim(), fields };
  }
  const paramsValue = bodyField(body, 'params');
  const params = typeof paramsValue === 'object' && paramsValue !== null ? (paramsValue as ErrorParams) : {};
  const message = translate(`app.server_errors.${code}`, { ...readableParams(translate, code, params, resource), detail: english, _: english });
  const field = bodyField(body, 'field');
  if (typeof field === 'string' && /^[a-z][A-Za-z0-9]*$/.test(field)) fields[field] = message;
  return { message, fields };
};
