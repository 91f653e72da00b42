import { describe, expect, it } from '@jest/globals';
import { derivedKey } from './derived-key.js';
import { SecretBox } from './secret-box.js';

describe('SecretBox', () => {
  const box = new SecretBox(derivedKey('a configured secret of at least thirty-two characters', 'two-factor-secrets'));

  it('opens what it sealed, for the same context only', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', 'user-1');
    expect(sealed).not.toContain('JBSWY3DP');
    expect(box.open(sealed, 'user-1')).toBe('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
    expect(box.open(sealed, 'user-2')).toBeUndefined();
  });

  it('seals the same secret differently each time', () => {
    expect(box.seal('same', 'user-1')).not.toBe(box.seal('same', 'user-1'));
  });

  it('refuses a tampered box, a box of another key and garbage', () => {
    const sealed = box.seal('secret', 'user-1');
    const parts = sealed.split('.');
    const flipped = Buffer.from(parts[3], 'base64url');
    flipped[0] ^= 1;
    expect(box.open([...parts.slice(0, 3), flipped.toString('base64url')].join('.'), 'user-1')).toBeUndefined();
    const other = new SecretBox(derivedKey('another configured secret of thirty-two chars', 'two-factor-secrets'));
    expect(other.open(sealed, 'user-1')).toBeUndefined();
    expect(box.open('not a box', 'user-1')).toBeUndefined();
  });

  it('derives different keys for different purposes', () => {
    expect(derivedKey('secret', 'a').equals(derivedKey('secret', 'b'))).toBe(false);
  });
});
