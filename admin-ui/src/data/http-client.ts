import { fetchUtils, HttpError } from 'react-admin';
import { readToken } from '../auth/auth-storage';
import { currentToken, refreshSession } from '../auth/session';
import { translate } from '../i18n/i18n-provider';
import { readServerMessage } from './server-message';
import { resourceOfUrl, serverErrorText } from './server-error-text';

/** React-Admin's fetchJson answer, its parsed body left for the caller to check or name. */
type FetchJsonResult = Omit<Awaited<ReturnType<typeof fetchUtils.fetchJson>>, 'json'> & { json: unknown };

const statusKey = (status: number): string => {
  if (status === 403) return 'app.errors.forbidden';
  if (status === 404) return 'app.errors.not_found';
  if (status === 429) return 'app.errors.throttled';
  if (status >= 502 && status <= 504) return 'app.errors.network';
  if (status >= 500) return 'app.errors.server';
  return 'ra.notification.http_error';
};

// Refusals of what the form sent: invalid (400), not allowed for this field (403), conflicting (409).
const FORM_ERROR_STATUSES = new Set([400, 403, 409]);

// A form field name as the API writes it at the start of its messages ("email must be…").
const FIELD_NAME = /^[a-z][A-Za-z0-9]*$/;

/**
 * React-Admin forms show `body.errors` under the inputs they name, and notify
 * `root.serverError`. The API names the field in `field` (business rules such
 * as a duplicate e-mail) or as the first word of each validation message.
 */
const formErrorsOf = (body: unknown, message: string): Record<string, unknown> | undefined => {
  if (typeof body !== 'object' || body === null) return undefined;
  const { field, message: raw } = body as Record<string, unknown>;
  const fields: Record<string, string> = {};
  if (typeof field === 'string' && FIELD_NAME.test(field)) {
    fields[field] = message;
  } else {
    const messages = Array.isArray(raw) ? raw : [raw];
    for (const part of messages) {
      if (typeof part !== 'string') continue;
      const name = part.split(' ', 1)[0] ?? '';
      if (FIELD_NAME.test(name) && part.includes(' ')) fields[name] = fields[name] ? `${fields[name]}; ${part}` : part;
    }
  }
  return Object.keys(fields).length > 0 ? { ...fields, root: { serverError: message } } : undefined;
};

/**
 * React-Admin notifies with `error.message`. NestJS puts validation messages
 * in an array, which would otherwise reach the screen as "a,b,c"; and when
 * the body has no message we fall back to an i18n key rather than the bare
 * HTTP status text.
 */
const readableError = (error: unknown, url: string): unknown => {
  if (!(error instanceof HttpError)) {
    // fetch() itself failed: the server is unreachable.
    return error instanceof TypeError ? new HttpError('app.errors.network', 0, null) : error;
  }
  // React-Admin types an HttpError's status and body as `any`.
  const status: unknown = error.status;
  const body: unknown = error.body;
  const code = typeof status === 'number' ? status : 0;
  // An answer with a stable code is worded in the user's language; the form shows each field's own text.
  const worded = serverErrorText(body, translate, resourceOfUrl(url));
  if (worded && typeof (body as { code?: unknown }).code === 'string') {
    const fields = Object.keys(worded.fields).length > 0 ? { ...worded.fields, root: { serverError: worded.message } } : undefined;
    const errors = FORM_ERROR_STATUSES.has(code) ? fields : undefined;
    return new HttpError(worded.message, code, errors ? { ...(body as object), errors } : body);
  }
  const message = worded?.message ?? readServerMessage(body) ?? statusKey(code);
  const errors = FORM_ERROR_STATUSES.has(code) ? formErrorsOf(body, message) : undefined;
  return new HttpError(message, code, errors ? { ...(body as object), errors } : body);
};

const send = (url: string, options: fetchUtils.Options, token: string | null): Promise<FetchJsonResult> => {
  const headers = new Headers(options.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  if (token) headers.set('Authorization', `Bearer ${token}`);
  return fetchUtils.fetchJson(url, { ...options, headers });
};

const isUnauthorized = (error: unknown): boolean => error instanceof HttpError && error.status === 401;

/**
 * Sends a request with the access token, renewing the token first when it is
 * about to expire, and once more, with one retry, when the API answers 401
 * (the token expired in flight, or was signed before a change on the server).
 * A 401 that survives the renewal reaches React-Admin, which signs the user out.
 */
export const httpClient = async (url: string, options: fetchUtils.Options = {}): Promise<FetchJsonResult> => {
  const token = await currentToken();
  try {
    return await send(url, options, token);
  } catch (error: unknown) {
    if (!isUnauthorized(error) || !token || !(await refreshSession(token))) throw readableError(error, url);
  }
  try {
    return await send(url, options, readToken());
  } catch (error: unknown) {
    throw readableError(error, url);
  }
};
