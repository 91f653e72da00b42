/**
 * The second step of signing in for accounts with two-factor authentication.
 * `POST /api/auth/login` (and a password reset or accepted invitation) may
 * answer `{twoFactorRequired, challengeToken}` instead of a session; the login
 * page then asks for a code and the auth provider completes the sign-in with it.
 */
import type { Schema } from '../api/schema';

export type TwoFactorChallenge = Schema<'TwoFactorChallengeDto'>;

export const isTwoFactorChallenge = (body: unknown): body is TwoFactorChallenge =>
  typeof body === 'object' &&
  body !== null &&
  (body as Record<string, unknown>).twoFactorRequired === true &&
  typeof (body as Record<string, unknown>).challengeToken === 'string';

/** What the code step hands to authProvider.login. */
export type TwoFactorAnswer = {
  challengeToken: string;
  code: string;
};

export const isTwoFactorAnswer = (params: unknown): params is TwoFactorAnswer =>
  typeof params === 'object' &&
  params !== null &&
  typeof (params as Record<string, unknown>).challengeToken === 'string' &&
  typeof (params as Record<string, unknown>).code === 'string';

/** Thrown by authProvider.login after a right password when a code is needed; the login page catches it. */
export class TwoFactorRequired extends Error {
  constructor(readonly challengeToken: string) {
    super('app.two_factor.prompt');
    this.name = 'TwoFactorRequired';
  }
}

/** A refused code. `restart`: the challenge is spent or expired, so the password must be given again. */
export class TwoFactorRefused extends Error {
  constructor(
    message: string,
    readonly restart: boolean,
  ) {
    super(message);
    this.name = 'TwoFactorRefused';
  }
}

const fieldOf = (body: unknown): unknown => (typeof body === 'object' && body !== null ? (body as Record<string, unknown>).field : undefined);

/** Trades a challenge and a code for the session body `{accessToken, user}`. Messages are i18n keys. */
export const completeTwoFactorSignIn = async ({ challengeToken, code }: TwoFactorAnswer): Promise<unknown> => {
  let response: Response;
  try {
    response = await fetch('/api/auth/two-factor', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ challengeToken, code: code.trim() }),
    });
  } catch {
    throw new TwoFactorRefused('app.auth.network_error', false);
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return body;
  if (response.status === 429) throw new TwoFactorRefused('app.two_factor.throttled', false);
  if (response.status === 423) throw new TwoFactorRefused('app.two_factor.locked', true);
  if (response.status === 401 && fieldOf(body) === 'challengeToken') throw new TwoFactorRefused('app.two_factor.expired', true);
  if (response.status === 400 || response.status === 401) throw new TwoFactorRefused('app.two_factor.wrong_code', false);
  if (response.status >= 502 && response.status <= 504) throw new TwoFactorRefused('app.auth.network_error', false);
  throw new TwoFactorRefused('app.auth.server_error', false);
};
