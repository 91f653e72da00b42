/** A type guard for a value of a closed list (a stored string that should be one of an enumeration's values). */
export const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string): value is T =>
    (values as readonly string[]).includes(value);
