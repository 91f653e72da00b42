import type { AuthProvider, UserIdentity } from 'react-admin';
import { canAccess } from './can-access';
import { clearSession, markSessionExpired, readToken, readUser } from './auth-storage';
import { isJwtUsable } from './jwt';
import { endSession, openSession, refreshSession } from './session';
import { localizedServerMessage } from '../data/localized-server-message';
import { completeTwoFactorSignIn, isTwoFactorAnswer, isTwoFactorChallenge, TwoFactorRequired } from '../security/two-factor-sign-in';

const LOGIN_URL = '/api/auth/login';
const PERMISSIONS_SETTLE_MS = 50;

type LoginParams = {
  email?: unknown;
  username?: unknown;
  password?: unknown;
};

const readJson = async (response: Response): Promise<unknown> => {
  try {
    return (await response.json()) as unknown;
  } catch {
    return null;
  }
};

/**
 * Errors thrown from here are shown by React-Admin's login form, which
 * translates the message when it is an i18n key and shows it verbatim
 * otherwise: server messages pass through, our own fallbacks get translated.
 */
const loginError = async (response: Response): Promise<Error> => {
  const serverMessage = localizedServerMessage(await readJson(response));
  switch (response.status) {
    case 429:
      return new Error('app.auth.throttled');
    case 400:
    case 401:
      return new Error(serverMessage ?? 'app.auth.invalid_credentials');
    // A gateway in front of the API answers these when the API itself is down.
    case 502:
    case 503:
    case 504:
      return new Error('app.auth.network_error');
    default:
      return new Error(serverMessage ?? 'app.auth.server_error');
  }
};

const stringParam = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/**
 * React-Admin shows a rejection's `message` as a notification; `false` keeps
 * the login page quiet for someone who simply has not signed in yet.
 */
const SILENT_REJECTION = { message: false } as const;

function rejectSilently(): never {
  // React-Admin reads `message: false` off the rejection to skip its notice; an Error's message is always a string.
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  throw SILENT_REJECTION;
}

const statusOf = (error: unknown): number | undefined => {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = (error as Record<string, unknown>).status;
  return typeof status === 'number' ? status : undefined;
};

export const authProvider: AuthProvider = {
  async login(params: LoginParams) {
    // The second step of a sign-in with two-factor authentication: a code for the challenge of the first.
    if (isTwoFactorAnswer(params)) {
      openSession(await completeTwoFactorSignIn(params));
      return;
    }
    // React-Admin's stock login form names the field `username`; the API wants `email`.
    const email = stringParam(params.email) || stringParam(params.username);
    const password = typeof params.password === 'string' ? params.password : '';

    let response: Response;
    try {
      response = await fetch(LOGIN_URL, {
        method: 'POST',
        // The answer sets the refresh cookie as well.
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ email, password }),
      });
    } catch {
      throw new Error('app.auth.network_error');
    }
    if (!response.ok) throw await loginError(response);

    const body = await readJson(response);
    if (isTwoFactorChallenge(body)) throw new TwoFactorRequired(body.challengeToken);
    openSession(body);
  },

  async logout() {
    const token = readToken();
    clearSession();
    // React-Admin also calls this, several times, whenever the login page shows: only a session this
    // browser holds is ended on the server, so that nothing is awaited once the user is signed out.
    if (token !== null) await endSession(token);
  },

  async checkAuth() {
    const token = readToken();
    if (token === null || readUser() === null) {
      clearSession();
      rejectSilently();
    }
    // Access tokens live minutes; the refresh cookie carries the session across them.
    if (!isJwtUsable(token) && !(await refreshSession(token))) {
      clearSession();
      // With <Admin requireAuth>, React-Admin redirects without showing this
      // rejection's message, so the login page announces it instead.
      markSessionExpired();
      rejectSilently();
    }
  },

  async checkError(error: unknown) {
    const status = statusOf(error);
    // React-Admin answers a rejection here by calling logout(), which clears
    // the session; clearing it only there lets the "session ended" notice show.
    if (status === 401) throw new Error('app.auth.session_expired');
    // 403 keeps the session: the user is who they say, just not allowed there;
    // the failing query or mutation shows its own notification.
  },

  async getIdentity(): Promise<UserIdentity> {
    const user = readUser();
    if (!user) throw new Error('ra.auth.auth_check_error');
    return { id: user.id, fullName: user.email, email: user.email, role: user.role };
  },

  async getPermissions() {
    // React-Admin's logout resets its store after a short delay; permissions that
    // resolve at once can re-trigger the logout before that and spin the page for
    // seconds (react-admin issue 10764). A brief wait lets the logout settle first.
    await new Promise((resolve) => setTimeout(resolve, PERMISSIONS_SETTLE_MS));
    return readUser()?.role ?? null;
  },

  async canAccess({ action, resource }) {
    return canAccess(readUser()?.role, { action, resource });
  },
};
