import type { AuditChanges } from './audit-entry.entity.js';

type Row = Record<string, unknown>;

const normalize = (value: unknown): unknown => {
  if (value instanceof Date) return value.toISOString();
  if (value === undefined) return null;
  return value;
};

const same = (a: unknown, b: unknown): boolean => JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));

/**
 * The fields that differ between two snapshots of a record, as {before, after}.
 * Either snapshot may be missing (a create has no before, a delete no after).
 */
export function diffRecords(before: Row | undefined, after: Row | undefined, fields: string[]): AuditChanges {
  const changes: AuditChanges = {};
  for (const field of fields) {
    const previous = normalize(before?.[field]);
    const next = normalize(after?.[field]);
    if (before && after && same(previous, next)) continue;
    if (!before && next === null) continue;
    if (!after && previous === null) continue;
    changes[field] = { before: before ? previous : null, after: after ? next : null };
  }
  return changes;
}
