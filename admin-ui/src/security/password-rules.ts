import { PERSONAL_TOKEN_MIN_LENGTH } from '@contract/auth/password-policy/password-rules.contract';

// The API's password rules, checked here as well so that the form answers
// while the user types; the server's judgement is the one that counts.

const squash = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/** The e-mail, its local part and its words, and the names, as the API refuses them inside a password. */
export const personalTokens = (inputs: readonly string[]): string[] => {
  const words = inputs.flatMap((input) => {
    const email = input.trim().toLowerCase();
    const local = email.includes('@') ? (email.split('@', 1)[0] ?? '') : '';
    return local ? [email, local, ...local.split(/[._+-]+/)] : [email];
  });
  return [...new Set(words.map(squash).filter((token) => token.length >= PERSONAL_TOKEN_MIN_LENGTH))];
};

export const containsPersonalData = (password: string, inputs: readonly string[]): boolean => {
  const squashed = squash(password);
  return personalTokens(inputs).some((token) => squashed.includes(token));
};
