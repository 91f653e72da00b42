import { DomainException } from './domain.exception.js';
/** How deep a JSON body may nest: the deepest form the API takes nests three levels. */
export const MAX_JSON_DEPTH = 32;

/**
 * Keys no API field is named, that class-transformer and plain objects treat
 * as special: refused wherever they appear, so that nothing downstream meets them.
 */
const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type ShapeProblem = { kind: 'nul' | 'ill-formed' | 'reserved-key'; path: string } | { kind: 'depth' };

const child = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);

/**
 * The first thing in a parsed JSON value that no handler should meet: text
 * holding U+0000 (PostgreSQL refuses it) or a lone surrogate (the e-mail
 * validator throws on it), a reserved key, or nesting deeper than
 * MAX_JSON_DEPTH (the validators recurse and would overflow the stack).
 * Walks with an explicit stack, so the check itself cannot overflow.
 */
export function findShapeProblem(value: unknown, root = ''): ShapeProblem | undefined {
  const pending: Array<{ value: unknown; path: string; depth: number }> = [{ value, path: root, depth: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { value: current, path, depth } = next;
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return { kind: 'nul', path };
      if (!current.isWellFormed()) return { kind: 'ill-formed', path };
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= MAX_JSON_DEPTH) return { kind: 'depth' };
    const entries: Array<[string, unknown]> = Array.isArray(current)
      ? current.map((item, index): [string, unknown] => [`[${index}]`, item])
      : Object.entries(current);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, item] = entries[i];
      if (key.includes('\u0000')) return { kind: 'nul', path: child(path, key.replaceAll('\u0000', '\\u0000')) };
      if (!key.isWellFormed()) return { kind: 'ill-formed', path: child(path, key.toWellFormed()) };
      if (!Array.isArray(current) && RESERVED_KEYS.has(key)) return { kind: 'reserved-key', path: child(path, key) };
      pending.push({ value: item, path: key.startsWith('[') ? `${path}${key}` : child(path, key), depth: depth + 1 });
    }
  }
  return undefined;
}

export function shapeMessage(problem: ShapeProblem): string {
  switch (problem.kind) {
    case 'nul':
      return `${problem.path || 'the value'} must not contain a NUL character`;
    case 'ill-formed':
      return `${problem.path || 'the value'} must be well-formed Unicode text`;
    case 'reserved-key':
      return `${problem.path} is not a field of any request`;
    case 'depth':
      return `The body is nested more than ${MAX_JSON_DEPTH} levels deep`;
  }
}

/** The refusal of a shape problem: the field at fault, or the nesting limit. */
export function shapeException(problem: ShapeProblem): DomainException {
  const message = shapeMessage(problem);
  if (problem.kind === 'depth') return new DomainException('too_deeply_nested', { depth: MAX_JSON_DEPTH }, message);
  const field = problem.path || 'value';
  return new DomainException(problem.kind === 'reserved-key' ? 'reserved_key' : 'bad_text', { field }, message, problem.path || undefined);
}
