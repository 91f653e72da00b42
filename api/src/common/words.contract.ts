/**
 * The languages the application speaks, and the shape of a table of words:
 * one wording per language for each value of an enumeration. Word tables live
 * next to the contract of their enumeration and are shared by the admin UI's
 * catalogs and the API's documents (the country report PDF), so each value is
 * worded once.
 */
export const WORD_LANGUAGES = ['en', 'es', 'fr'] as const;
export type WordLanguage = (typeof WORD_LANGUAGES)[number];

export type Words<K extends string> = Readonly<Record<WordLanguage, Readonly<Record<K, string>>>>;

export const isWordLanguage = (value: unknown): value is WordLanguage => WORD_LANGUAGES.some((language) => language === value);

/** A wording with its `%{name}` placeholders filled from params (own properties only); a placeholder without a value stays as written. */
export const fillWords = (wording: string, params: Readonly<Record<string, unknown>>): string =>
  wording.replace(/%\{(\w+)\}/g, (placeholder, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : placeholder));
