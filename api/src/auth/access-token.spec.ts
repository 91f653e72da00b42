import { describe, expect, it } from '@jest/globals';
import { accessClaimsOf } from './access-token.js';

const valid = { sub: '6f1c2d3e-4a5b-4c6d-8e7f-901234567890', role: 'coordinator', sid: '0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d', exp: 1_900_000_000 };

describe('accessClaimsOf', () => {
  it('accepts the claims the API signs', () => {
    expect(accessClaimsOf({ ...valid, iat: 1_899_999_100 })).toEqual(valid);
  });

  it.each([
    ['no expiry', { ...valid, exp: undefined }],
    ['an expiry that is not a number', { ...valid, exp: '1900000000' }],
    ['an infinite expiry', { ...valid, exp: Infinity }],
    ['no session', { ...valid, sid: undefined }],
    ['a session id that is not a UUID', { ...valid, sid: "x' OR 1=1" }],
    ['a user id that is not a UUID', { ...valid, sub: 'admin' }],
    ['an unknown role', { ...valid, role: 'superuser' }],
    ['a role inherited from the prototype', { ...valid, role: 'toString' }],
  ])('refuses a token with %s', (_case, payload) => {
    expect(accessClaimsOf(payload)).toBeUndefined();
  });

  it.each([null, 'a string', 42, []])('refuses the payload %j', (payload) => {
    expect(accessClaimsOf(payload)).toBeUndefined();
  });
});
