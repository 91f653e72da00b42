/**
 * For unit tests of checks that must not reach the database: a stand-in for
 * a table owner that fails the test on any use.
 */
export function unreachable<T extends object>(during: string): T {
  return new Proxy({} as T, {
    get(_target, property) {
      throw new Error(`${String(property)} was used while ${during}, which must not reach the database`);
    },
  });
}
