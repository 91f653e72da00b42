import { isStoredUser, readToken, writeSession } from './auth-storage';
import { isJwtUsable, shouldRenewJwt } from './jwt';

const REFRESH_URL = '/api/auth/refresh';
const LOGOUT_URL = '/api/auth/logout';
// Tabs of one browser share the refresh cookie; they take turns under this lock.
const REFRESH_LOCK = 'coalition-crm.refresh';

type SessionResponse = {
  accessToken: string;
  user: unknown;
};

const isSessionResponse = (value: unknown): value is SessionResponse =>
  typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>).accessToken === 'string' && 'user' in value;

/**
 * Keeps the session a login, an invitation, a password reset, a password
 * change or a refresh answers with: all return `{accessToken, user}` (the
 * refresh cookie beside it is the browser's business), and all must store it alike.
 */
export const openSession = (body: unknown): void => {
  if (!isSessionResponse(body) || !isStoredUser(body.user)) {
    throw new Error('app.auth.unexpected_response');
  }
  const { id, email, role } = body.user;
  writeSession(body.accessToken, { id, email, role });
};

const withTabLock = <T>(work: () => Promise<T>): Promise<T> => {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? locks.request(REFRESH_LOCK, work) : work();
};

const renew = async (staleToken: string | null): Promise<boolean> => {
  // Another tab may have renewed the session while this one waited for the lock.
  const current = readToken();
  if (current !== null && current !== staleToken && isJwtUsable(current)) return true;
  try {
    const response = await fetch(REFRESH_URL, { method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) return false;
    openSession(await response.json());
    return true;
  } catch {
    return false;
  }
};

let inFlight: Promise<boolean> | null = null;

/**
 * Trades the refresh cookie for a new access token; true when a usable token
 * is stored afterwards. Callers of one tab share one request, and tabs take
 * turns: the API takes a refresh cookie presented twice for a stolen one and
 * ends the session.
 */
export const refreshSession = (staleToken: string | null): Promise<boolean> => {
  inFlight ??= withTabLock(() => renew(staleToken)).finally(() => {
    inFlight = null;
  });
  return inFlight;
};

/** The access token to send, renewed first when it is about to expire (so that none lapses in flight). */
export const currentToken = async (): Promise<string | null> => {
  const token = readToken();
  if (token === null || !shouldRenewJwt(token)) return token;
  await refreshSession(token);
  return readToken();
};

/** Ends the session on the server (by its cookie and its access token); offline, it lapses by itself. */
export const endSession = async (token: string | null): Promise<void> => {
  try {
    await fetch(LOGOUT_URL, {
      method: 'POST',
      credentials: 'same-origin',
      headers: token ? { Authorization: `Bearer ${token}` } : {},
    });
  } catch {
    // Nothing more to do: the access token expires within minutes and the cookie is unusable without this browser.
  }
};
