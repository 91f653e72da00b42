import type { LocaleCode } from './locales';

/**
 * The shape of a catalog derived from the English one: every key English has,
 * nested the same way, each leaf a string. Spanish and French are typed with
 * it, so a key added to en.ts and forgotten elsewhere fails type-checking.
 */
export type CatalogShape<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : CatalogShape<T[K]>;
};

/**
 * A resource's own labels in every language, each checked against the English ones
 * and fetched when the reader uses that language: no one downloads the other two.
 */
export type ResourceCatalogs<T> = {
  readonly [L in LocaleCode]: () => Promise<CatalogShape<T>>;
};
