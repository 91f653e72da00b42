import { describe, expect, it } from '@jest/globals';
import { formatRefreshToken, hashRefreshSecret, newRefreshSecret, parseRefreshToken, sameHash } from './refresh-token.js';

const sessionId = '0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d';

describe('refresh tokens', () => {
  it('reads back what it writes', () => {
    const secret = newRefreshSecret();
    expect(parseRefreshToken(formatRefreshToken({ sessionId, secret }))).toEqual({ sessionId, secret });
  });

  it('makes a different secret every time', () => {
    expect(newRefreshSecret()).not.toBe(newRefreshSecret());
  });

  it.each([
    ['nothing', undefined],
    ['an object from a j: cookie', { sessionId }],
    ['an empty string', ''],
    ['a session id alone', sessionId],
    ['a wrong separator', `${sessionId}:${'a'.repeat(43)}`],
    ['a short secret', `${sessionId}.${'a'.repeat(42)}`],
    ['a secret with other characters', `${sessionId}.${'a'.repeat(42)}=`],
    ['an upper-case session id', `${sessionId.toUpperCase()}.${'a'.repeat(43)}`],
    ['a very long value', `${sessionId}.${'a'.repeat(10_000)}`],
    ['a NUL byte', `${sessionId}.${'a'.repeat(42)}\u0000`],
  ])('refuses %s', (_case, value) => {
    expect(parseRefreshToken(value)).toBeUndefined();
  });

  it('compares hashes and never matches a missing one', () => {
    const hash = hashRefreshSecret('secret');
    expect(sameHash(hash, hashRefreshSecret('secret'))).toBe(true);
    expect(sameHash(hash, hashRefreshSecret('other'))).toBe(false);
    expect(sameHash(null, hash)).toBe(false);
    expect(sameHash('short', hash)).toBe(false);
  });
});
