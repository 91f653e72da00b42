import type { Schema } from '../api/schema';
import { isRole } from './roles';

/** localStorage keys; browser tests read and seed them, so keep them stable. */
export const TOKEN_KEY = 'coalition-crm.token';
export const USER_KEY = 'coalition-crm.user';

/** The signed-in user as the session answers carry it (`SessionUserDto`), without what the admin does not keep. */
export type StoredUser = Pick<Schema<'SessionUserDto'>, 'id' | 'email' | 'role'>;

export const isStoredUser = (value: unknown): value is StoredUser => {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.id === 'string' && typeof candidate.email === 'string' && isRole(candidate.role);
};

export const readToken = (): string | null => localStorage.getItem(TOKEN_KEY);

export const readUser = (): StoredUser | null => {
  const raw = localStorage.getItem(USER_KEY);
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return isStoredUser(parsed) ? parsed : null;
  } catch {
    return null;
  }
};

export const writeSession = (token: string, user: StoredUser): void => {
  localStorage.setItem(TOKEN_KEY, token);
  localStorage.setItem(USER_KEY, JSON.stringify(user));
};

export const clearSession = (): void => {
  localStorage.removeItem(TOKEN_KEY);
  localStorage.removeItem(USER_KEY);
};

// Per tab, and read once: tells the login page why the user landed there.
const SESSION_EXPIRED_KEY = 'coalition-crm.session-expired';

export const markSessionExpired = (): void => {
  sessionStorage.setItem(SESSION_EXPIRED_KEY, '1');
};

export const takeSessionExpired = (): boolean => {
  const expired = sessionStorage.getItem(SESSION_EXPIRED_KEY) !== null;
  sessionStorage.removeItem(SESSION_EXPIRED_KEY);
  return expired;
};
