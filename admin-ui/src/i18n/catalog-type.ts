/**
 * The shape of a catalog derived from the English one: every key English has,
 * nested the same way, each leaf a string. Spanish and French are typed with
 * it, so a key added to en.ts and forgotten elsewhere fails type-checking.
 */
export type CatalogShape<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : CatalogShape<T[K]>;
};
