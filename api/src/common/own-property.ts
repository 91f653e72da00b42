/**
 * The value a client-named key has in a whitelist, or undefined. Only the
 * object's own keys count: with `key in record` or `record[key]`, names that
 * every object inherits (`__proto__`, `constructor`, `toString`) pass as
 * whitelisted and reach code that treats them as data.
 */
export function ownValue<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** An empty map for client-named keys: it has no prototype, so no key is there before it is set. */
export function emptyRecord<V>(): Record<string, V> {
  return Object.create(null) as Record<string, V>;
}
