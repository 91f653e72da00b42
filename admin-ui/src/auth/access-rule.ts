import type { Role } from './roles';

export const ACTIONS = ['list', 'show', 'create', 'edit', 'delete', 'export'] as const;
export type Action = (typeof ACTIONS)[number];

/** Who may do what with one resource or page. A role left out may do nothing. */
export type AccessRule = Readonly<Partial<Record<Role, readonly Action[]>>>;

export const ALL: readonly Action[] = ACTIONS;
/** Campaign records the steering committee follows: read and take away as CSV. */
export const READ: readonly Action[] = ['list', 'show', 'export'];
/** Records that are looked at, never exported: the audit trail, reference data, import jobs. */
export const LIST_AND_SHOW: readonly Action[] = ['list', 'show'];
/** One's own record on a self-service page. */
export const SELF: readonly Action[] = ['show', 'edit'];
