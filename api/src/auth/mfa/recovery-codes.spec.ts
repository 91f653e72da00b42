import { describe, expect, it } from '@jest/globals';
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCode, normalizeRecoveryCode } from './recovery-codes.js';

describe('recovery codes', () => {
  it('are four groups of four unambiguous characters, and differ', () => {
    const codes = Array.from({ length: 200 }, newRecoveryCode);
    for (const code of codes) expect(code).toMatch(/^[a-hjkmnp-z2-9]{4}(-[a-hjkmnp-z2-9]{4}){3}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('match however they are typed: case, spaces and dashes do not matter', () => {
    const code = newRecoveryCode();
    const typed = ` ${code.toUpperCase().replace(/-/g, '  ')} `;
    expect(normalizeRecoveryCode(typed)).toBe(code.replace(/-/g, ''));
    expect(hashRecoveryCode(typed)).toBe(hashRecoveryCode(code));
    expect(looksLikeRecoveryCode(typed)).toBe(true);
  });

  it.each(['123456', 'short-code', 'k7mq-2xhp-9fdr-tw3', 'k7mq-2xhp-9fdr-tw3c-x', 'o0o0-1111-llll-iiii'])('does not take %j for a recovery code', (typed) => {
    expect(looksLikeRecoveryCode(typed)).toBe(false);
  });
});
