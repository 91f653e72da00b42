/** The values of a list kept first, then the merged record's values it did not have. */
export function unionOf<T>(kept: readonly T[], merged: readonly T[]): T[] {
  return [...new Set([...kept, ...merged])];
}

/**
 * Fills the empty fields of the kept record from the merged one: a merge
 * never overwrites what the kept record says, it only completes it.
 */
export function fillEmpty<T extends object, K extends keyof T>(kept: T, merged: T, fields: readonly K[]): void {
  for (const field of fields) {
    const value = kept[field] as unknown;
    if (value === null || value === undefined || value === '') kept[field] = merged[field];
  }
}
