const decodeBase64Url = (segment: string): string => {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), '=');
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
};

/** The payload of a JWT, or null when the token is not a readable JWT. The signature is the server's business. */
export const decodeJwtClaims = (token: string): Record<string, unknown> | null => {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) return null;
  try {
    const claims: unknown = JSON.parse(decodeBase64Url(parts[1]));
    return typeof claims === 'object' && claims !== null && !Array.isArray(claims) ? (claims as Record<string, unknown>) : null;
  } catch {
    return null;
  }
};

// A few seconds of margin so a request does not leave with a token that expires in flight.
const CLOCK_SKEW_MS = 5_000;

export const isJwtUsable = (token: string, now: number = Date.now()): boolean => {
  const claims = decodeJwtClaims(token);
  if (!claims) return false;
  const exp = claims.exp;
  if (exp === undefined) return true;
  return typeof exp === 'number' && exp * 1000 - CLOCK_SKEW_MS > now;
};

const RENEW_AHEAD_MS = 60_000;

/**
 * Whether a token should be renewed before it is sent: a minute ahead of its
 * expiry, or a quarter of its lifetime when that is shorter, so that very
 * short lifetimes do not renew on every request.
 */
export const shouldRenewJwt = (token: string, now: number = Date.now()): boolean => {
  const claims = decodeJwtClaims(token);
  if (!claims || typeof claims.exp !== 'number') return false;
  const lifetimeMs = typeof claims.iat === 'number' ? (claims.exp - claims.iat) * 1000 : RENEW_AHEAD_MS * 4;
  return claims.exp * 1000 - Math.min(RENEW_AHEAD_MS, lifetimeMs / 4) <= now;
};
