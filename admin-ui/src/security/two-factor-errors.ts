import { HttpError } from 'react-admin';

const fieldOf = (error: HttpError): unknown =>
  typeof error.body === 'object' && error.body !== null ? (error.body as Record<string, unknown>).field : undefined;

/**
 * The i18n key for a refusal of the two-factor routes: the API's messages are
 * English, and these pages speak the user's language.
 */
export const twoFactorErrorKey = (error: unknown, fallback: string): string => {
  if (!(error instanceof HttpError)) return 'app.errors.network';
  if (error.status === 429) return 'app.two_factor.throttled';
  if (error.status === 400 && fieldOf(error) === 'code') return 'app.security.wrong_code';
  if (error.status === 409 && fieldOf(error) === 'code') return 'app.security.setup_expired';
  if (error.status === 400 && fieldOf(error) === 'password') return 'app.security.wrong_password';
  if (error.status >= 500) return 'app.errors.server';
  return fallback;
};
