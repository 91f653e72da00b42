import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** What the refresh cookie holds: `<session id>.<secret>`. */
export interface RefreshToken {
  sessionId: string;
  secret: string;
}

const SESSION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** 32 random bytes in base64url, without padding. */
const SECRET = /^[A-Za-z0-9_-]{43}$/;
const TOKEN_LENGTH = 36 + 1 + 43;

export const newRefreshSecret = (): string => randomBytes(32).toString('base64url');

export const formatRefreshToken = (token: RefreshToken): string => `${token.sessionId}.${token.secret}`;

/** The parts of a presented refresh token, or undefined for anything that is not one (a cookie is client input). */
export function parseRefreshToken(value: unknown): RefreshToken | undefined {
  if (typeof value !== 'string' || value.length !== TOKEN_LENGTH) return undefined;
  const sessionId = value.slice(0, 36);
  const secret = value.slice(37);
  if (value.charAt(36) !== '.' || !SESSION_ID.test(sessionId) || !SECRET.test(secret)) return undefined;
  return { sessionId, secret };
}

export const hashRefreshSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/** Compares two stored hashes in constant time. */
export function sameHash(a: string | null, b: string): boolean {
  if (a === null || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
