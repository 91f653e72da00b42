import type { NamingLanguage } from './demo-countries.js';

/** Letters without accents, for e-mail addresses and host names. */
export const ascii = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '');

/** Lower-case ASCII letters and digits joined by single hyphens. */
export const slug = (text: string): string =>
  ascii(text)
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** The local part of a person's e-mail address: `maria-jose.garcia-quispe`. */
export const mailbox = (firstName: string, lastName: string): string => `${slug(firstName)}.${slug(lastName)}`;

const MINOR_WORDS = new Set([
  'a',
  'al',
  'and',
  'as',
  'au',
  'aux',
  'da',
  'das',
  'de',
  'del',
  'des',
  'do',
  'dos',
  'du',
  'e',
  'el',
  'em',
  'en',
  'et',
  'for',
  'in',
  'la',
  'las',
  'le',
  'les',
  'los',
  'o',
  'of',
  'on',
  'os',
  'para',
  'pela',
  'pelo',
  'pelos',
  'pour',
  'por',
  'sobre',
  'sur',
  'the',
  'to',
  'y',
  'à',
]);

/** The words of a name that carry meaning, without its " — City" suffix and without articles and prepositions. */
export function significantWords(name: string): string[] {
  return name
    .split(' — ')[0]
    .split(/[\s,]+/)
    .map((word) => word.replace(/^[ldLD]['’]/, ''))
    .filter((word) => word.length > 0 && !MINOR_WORDS.has(word.toLowerCase()));
}

/**
 * The initials of a name's significant words, as organizations abbreviate
 * themselves ("Centre for Housing Rights — Lusaka" → "CHR"); undefined when
 * that gives fewer than two or more than six letters.
 */
export function acronymOf(name: string): string | undefined {
  const letters = significantWords(name)
    .map((word) => ascii(word).charAt(0).toUpperCase())
    .join('');
  return letters.length >= 2 && letters.length <= 6 ? letters : undefined;
}

const CONTRACTIONS: Partial<Record<NamingLanguage, Array<[string, string]>>> = {
  es: [
    ['de el', 'del'],
    ['a el', 'al'],
  ],
  fr: [
    ['de le', 'du'],
    ['de les', 'des'],
    ['à le', 'au'],
    ['à les', 'aux'],
  ],
  pt: [
    ['de o', 'do'],
    ['de a', 'da'],
    ['de os', 'dos'],
    ['de as', 'das'],
    ['por o', 'pelo'],
    ['por a', 'pela'],
    ['por os', 'pelos'],
    ['por as', 'pelas'],
    ['em o', 'no'],
    ['em a', 'na'],
  ],
};

/** Applies the article contractions a language requires ("de el" → "del", "de les" → "des", "por o" → "pelo"). */
export function contract(language: NamingLanguage, text: string): string {
  // Whole words only, delimited by spaces: \b does not treat "à" as a letter.
  return (CONTRACTIONS[language] ?? []).reduce((result, [from, to]) => result.replace(new RegExp(`(?<=^|\\s)${from}(?=\\s|$)`, 'g'), to), text);
}

const AND: Record<NamingLanguage, string> = { en: 'and', ar: 'and', es: 'y', fr: 'et', pt: 'e' };

/** "a, b and c" in the given language. */
export function joinList(language: NamingLanguage, items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${AND[language]} ${items[items.length - 1]}`;
}

/** Upper-cases the first letter. */
export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A host name for an organization without an acronym: its first three significant words. */
export const hostBase = (name: string): string => slug(significantWords(name).slice(0, 3).join(' '));

const trigrams = (text: string): Set<string> => {
  const result = new Set<string>();
  for (const word of text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) result.add(padded.slice(i, i + 3));
  }
  return result;
};

/**
 * How alike two names are, as PostgreSQL's pg_trgm `similarity()` measures it
 * (shared trigrams of the padded words over all trigrams): the duplicate check
 * uses that function, so the demo can tell which names it will flag.
 */
export function trigramSimilarity(a: string, b: string): number {
  const left = trigrams(a);
  const right = trigrams(b);
  let shared = 0;
  for (const trigram of left) if (right.has(trigram)) shared++;
  const union = left.size + right.size - shared;
  return union === 0 ? 0 : shared / union;
}
