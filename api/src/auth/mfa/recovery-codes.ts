import { createHash, randomInt } from 'node:crypto';

export const RECOVERY_CODE_COUNT = 10;

// No 0/o, 1/l/i: the codes are read off paper and typed in by hand.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const GROUPS = 4;
const GROUP_LENGTH = 4;

/** Sixteen characters of a 31-letter alphabet (79 bits), shown as four groups: "k7mq-2xhp-…". */
export function newRecoveryCode(): string {
  const groups = Array.from({ length: GROUPS }, () => Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''));
  return groups.join('-');
}

/** What the user typed, as it was issued but without spaces and dashes, in lower case. */
export const normalizeRecoveryCode = (typed: string): string => typed.toLowerCase().replace(/[\s-]+/g, '');

/** Whether a typed code could be a recovery code at all (before any database work). */
export const looksLikeRecoveryCode = (typed: string): boolean => new RegExp(`^[${ALPHABET}]{${GROUPS * GROUP_LENGTH}}$`).test(normalizeRecoveryCode(typed));

/** Only this hash is stored; with 79 random bits a fast hash does not make the codes guessable. */
export const hashRecoveryCode = (typed: string): string => createHash('sha256').update(normalizeRecoveryCode(typed)).digest('hex');
