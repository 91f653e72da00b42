import { createSecretKey, type KeyObject } from 'node:crypto';
import { USER_ROLES, type UserRole } from '../users/user-role.contract.js';

/** What an access token must carry; anything else signed with our key is still refused. */
export interface AccessClaims {
  sub: string;
  role: UserRole;
  sid: string;
  exp: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const isRole = (value: unknown): value is UserRole => typeof value === 'string' && (USER_ROLES as readonly string[]).includes(value);

/**
 * The claims of a verified token, or undefined when one is missing or
 * malformed. A token without `exp` would never expire, and one without `sid`
 * could not be ended: both are refused.
 */
export function accessClaimsOf(payload: unknown): AccessClaims | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const { sub, role, sid, exp } = payload as Record<string, unknown>;
  if (typeof sub !== 'string' || !UUID.test(sub)) return undefined;
  if (typeof sid !== 'string' || !UUID.test(sid)) return undefined;
  if (!isRole(role)) return undefined;
  if (typeof exp !== 'number' || !Number.isFinite(exp)) return undefined;
  return { sub, role, sid, exp };
}

/**
 * The key that signs and verifies access tokens. Handed a string, the JWT
 * library first tries to read it as a PEM public key and catches the failure
 * on every verification (about 0.5 ms each); a ready key object skips that.
 */
export function accessTokenKey(secret: string): KeyObject {
  return createSecretKey(Buffer.from(secret, 'utf8'));
}

const BEARER = /^Bearer ([A-Za-z0-9_.-]{1,4096})$/;

/** The token of an `Authorization: Bearer …` header, or undefined for anything else. */
export function bearerTokenOf(authorization: string | undefined): string | undefined {
  return BEARER.exec(authorization ?? '')?.[1];
}
