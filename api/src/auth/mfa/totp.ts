import { generateSecret, generateURI, verify } from 'otplib';

/** RFC 6238 defaults, which every authenticator app supports: SHA-1, 6 digits, 30-second steps. */
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_ISSUER = 'Coalition CRM';
export const TOTP_CODE = /^\d{6}$/;

/** A new base32 secret of 20 random bytes (160 bits, RFC 4226's recommendation). */
export const newTotpSecret = (): string => generateSecret({ length: 20 });

/** The otpauth:// URI an authenticator app reads from the QR code. */
export const totpUri = (secret: string, account: string): string => generateURI({ issuer: TOTP_ISSUER, label: account, secret });

/**
 * Checks a code against the current time step and one step either side
 * (clock drift, slow typing). Returns the matched step, or undefined. A code
 * of a step at or before `lastUsedStep` is refused: each code works once.
 */
export async function verifyTotp(secret: string, code: string, lastUsedStep: number | null, now = Date.now()): Promise<number | undefined> {
  if (!TOTP_CODE.test(code)) return undefined;
  const epoch = Math.floor(now / 1000);
  const currentStep = Math.floor(epoch / TOTP_PERIOD_SECONDS);
  // Every step the window allows has been used already.
  if (lastUsedStep !== null && lastUsedStep >= currentStep + 1) return undefined;
  try {
    const result = await verify({
      secret,
      token: code,
      epoch,
      epochTolerance: TOTP_PERIOD_SECONDS,
      ...(lastUsedStep !== null ? { afterTimeStep: lastUsedStep } : {}),
    });
    return result.valid && 'timeStep' in result ? result.timeStep : undefined;
  } catch {
    return undefined;
  }
}
