/**
 * How the audit trail shows the recorded values of one field of a resource:
 * an enumeration through the same choices its forms use, or a reference to
 * another resource's record, shown by that record's name.
 */
export type AuditValueKind =
  | { readonly choices: ReadonlyArray<{ readonly id: string | number; readonly name: string }> }
  | { readonly reference: string }
  /** A reference whose resource another field of the same record names (a note's `targetId`, by its `targetType`). */
  | { readonly referenceBy: string; readonly resources: Readonly<Record<string, string>> };

/**
 * The kind of one field's values in an entry whose recorded values are `values`:
 * a reference named by another field becomes a plain reference to the resource
 * that field's value names (none when it names no known resource).
 */
export const resolveAuditValueKind = (kind: AuditValueKind | undefined, values: Readonly<Record<string, unknown>>): AuditValueKind | undefined => {
  if (!kind || !('referenceBy' in kind)) return kind;
  const named = Object.hasOwn(values, kind.referenceBy) ? values[kind.referenceBy] : undefined;
  return typeof named === 'string' && Object.hasOwn(kind.resources, named) ? { reference: kind.resources[named] } : undefined;
};

/** A resource's fields whose recorded values need more than their text, by field name. */
export type AuditValueKinds = Readonly<Record<string, AuditValueKind>>;
