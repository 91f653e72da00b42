import { ZxcvbnFactory, type ZxcvbnResult } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import * as zxcvbnEnglish from '@zxcvbn-ts/language-en';
import { PASSWORD_ANALYSED_LENGTH, PASSWORD_MIN_SCORE, PERSONAL_TOKEN_MIN_LENGTH } from './password-rules.contract.js';

/** What is known about the owner of a password, to refuse passwords made of it. */
export interface PasswordOwner {
  email: string;
  firstName?: string | null;
  lastName?: string | null;
}

export type PasswordVerdict =
  | { acceptable: true; score: number }
  | { acceptable: false; reason: 'personal' }
  | { acceptable: false; reason: 'weak'; score: number; warning: string | null; suggestions: string[] };

/** Words of the product itself: a password built from them is easy to guess for anyone who knows where it is used. */
const PRODUCT_WORDS = ['coalition', 'crm', 'icescr', 'op-icescr', 'opicescr', 'escr', 'pidesc'];

let estimator: ZxcvbnFactory | undefined;

/**
 * Built on first use and kept for the process: ranking the dictionaries takes
 * a few hundred milliseconds and tens of megabytes, once.
 */
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEnglish.dictionary },
    graphs: zxcvbnCommon.adjacencyGraphs,
    translations: zxcvbnEnglish.translations,
    maxLength: PASSWORD_ANALYSED_LENGTH,
    // The default (100) lets a long string of l33t characters cost the server most of a second.
    l33tMaxSubstitutions: 12,
  });
  return estimator;
}

/** Lower case, letters and digits only: "Wanjiru.Kamau" and "wanjiru kamau" are the same personal data. */
const squash = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/** The owner's e-mail, its local part and its words, and their names: what a password must not be built from. */
export function personalTokens(owner: PasswordOwner): string[] {
  const email = owner.email.trim().toLowerCase();
  const local = email.split('@', 1)[0] ?? '';
  const words = [email, local, ...local.split(/[._+-]+/), owner.firstName ?? '', owner.lastName ?? '', `${owner.firstName ?? ''}${owner.lastName ?? ''}`];
  return [...new Set(words.map(squash).filter((token) => token.length >= PERSONAL_TOKEN_MIN_LENGTH))];
}

/**
 * The one judgement of a new password: refused when it contains the owner's
 * e-mail or name, or when zxcvbn scores it below PASSWORD_MIN_SCORE. Lengths
 * are the DTOs' business and are checked before this runs.
 */
export function judgePassword(password: string, owner: PasswordOwner): PasswordVerdict {
  const tokens = personalTokens(owner);
  const squashed = squash(password);
  if (tokens.some((token) => squashed.includes(token))) return { acceptable: false, reason: 'personal' };
  const result: ZxcvbnResult = zxcvbn().check(password, [...tokens, ...PRODUCT_WORDS]);
  if (result.score < PASSWORD_MIN_SCORE) {
    return { acceptable: false, reason: 'weak', score: result.score, warning: result.feedback.warning, suggestions: result.feedback.suggestions };
  }
  return { acceptable: true, score: result.score };
}
