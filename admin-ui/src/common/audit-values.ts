/**
 * How the audit trail shows the recorded values of one field of a resource:
 * an enumeration through the same choices its forms use, or a reference to
 * another resource's record, shown by that record's name.
 */
export type AuditValueKind = { readonly choices: ReadonlyArray<{ readonly id: string | number; readonly name: string }> } | { readonly reference: string };

/** A resource's fields whose recorded values need more than their text, by field name. */
export type AuditValueKinds = Readonly<Record<string, AuditValueKind>>;
