import { describe, expect, it } from '@jest/globals';
import { generate } from 'otplib';
import { newTotpSecret, verifyTotp } from './totp.js';

const NOW = Date.UTC(2026, 0, 15, 12, 0, 10);
const STEP = Math.floor(NOW / 1000 / 30);
const codeAt = (secret: string, step: number): Promise<string> => generate({ secret, epoch: step * 30 + 5 });

describe('verifyTotp', () => {
  const secret = newTotpSecret();

  it('accepts the current code and one step either side, and answers its step', async () => {
    await expect(verifyTotp(secret, await codeAt(secret, STEP), null, NOW)).resolves.toBe(STEP);
    await expect(verifyTotp(secret, await codeAt(secret, STEP - 1), null, NOW)).resolves.toBe(STEP - 1);
    await expect(verifyTotp(secret, await codeAt(secret, STEP + 1), null, NOW)).resolves.toBe(STEP + 1);
  });

  it('refuses codes two steps away', async () => {
    await expect(verifyTotp(secret, await codeAt(secret, STEP - 2), null, NOW)).resolves.toBeUndefined();
    await expect(verifyTotp(secret, await codeAt(secret, STEP + 2), null, NOW)).resolves.toBeUndefined();
  });

  it('refuses a code of a step already used, or earlier', async () => {
    await expect(verifyTotp(secret, await codeAt(secret, STEP), STEP, NOW)).resolves.toBeUndefined();
    await expect(verifyTotp(secret, await codeAt(secret, STEP - 1), STEP, NOW)).resolves.toBeUndefined();
    await expect(verifyTotp(secret, await codeAt(secret, STEP + 1), STEP, NOW)).resolves.toBe(STEP + 1);
    await expect(verifyTotp(secret, await codeAt(secret, STEP + 1), STEP + 1, NOW)).resolves.toBeUndefined();
  });

  it.each(['', '12345', '1234567', 'abcdef', '12 456', '１２３４５６'])('refuses the malformed code %j without throwing', async (code) => {
    await expect(verifyTotp(secret, code, null, NOW)).resolves.toBeUndefined();
  });
});
