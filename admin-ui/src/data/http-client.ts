import { fetchUtils, HttpError } from 'react-admin';
import { readToken } from '../auth/auth-storage';
import { readServerMessage } from './server-message';

type FetchJsonResult = Awaited<ReturnType<typeof fetchUtils.fetchJson>>;

const statusKey = (status: number): string => {
  if (status === 403) return 'app.errors.forbidden';
  if (status === 404) return 'app.errors.not_found';
  if (status === 429) return 'app.errors.throttled';
  if (status >= 502 && status <= 504) return 'app.errors.network';
  if (status >= 500) return 'app.errors.server';
  return 'ra.notification.http_error';
};

/**
 * React-Admin notifies with `error.message`. NestJS puts validation messages
 * in an array, which would otherwise reach the screen as "a,b,c"; and when
 * the body has no message we fall back to an i18n key rather than the bare
 * HTTP status text.
 */
const readableError = (error: unknown): unknown => {
  if (!(error instanceof HttpError)) {
    // fetch() itself failed: the server is unreachable.
    return error instanceof TypeError ? new HttpError('app.errors.network', 0, null) : error;
  }
  const message = readServerMessage(error.body) ?? statusKey(error.status);
  return new HttpError(message, error.status, error.body);
};

export const httpClient = async (url: string, options: fetchUtils.Options = {}): Promise<FetchJsonResult> => {
  const headers = new Headers(options.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  const token = readToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  try {
    return await fetchUtils.fetchJson(url, { ...options, headers });
  } catch (error: unknown) {
    throw readableError(error);
  }
};
