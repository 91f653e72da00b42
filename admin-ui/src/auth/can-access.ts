import type { Role } from './roles';

export const ACTIONS = ['list', 'show', 'create', 'edit', 'delete', 'export'] as const;
export type Action = (typeof ACTIONS)[number];

export type AccessRequest = {
  action: string;
  resource: string;
};

const ALL: readonly Action[] = ACTIONS;
const READ: readonly Action[] = ['list', 'show', 'export'];
const AUDIT_READ: readonly Action[] = ['list', 'show'];
const REFERENCE_READ: readonly Action[] = ['list', 'show'];
const SELF: readonly Action[] = ['show', 'edit'];

/**
 * DESIGN.md's roles table as data. A resource or role missing here is denied:
 * a new resource stays invisible until someone decides who may see it.
 * Members get nothing in the admin lists; their self-service pages
 * ("My profile", "My organization") are separate routes, not resources.
 */
const RULES: Readonly<Record<string, Partial<Record<Role, readonly Action[]>>>> = {
  users: { admin: ALL },
  'audit-entries': { admin: AUDIT_READ, coordinator: AUDIT_READ, steering: AUDIT_READ },
  organizations: { admin: ALL, coordinator: ALL, steering: READ },
  people: { admin: ALL, coordinator: ALL, steering: READ },
  affiliations: { admin: ALL, coordinator: ALL, steering: READ },
  'membership-applications': { admin: ALL, coordinator: ALL, steering: READ },
  // Steering members comment on records: they may add notes, not change or delete them.
  notes: { admin: ALL, coordinator: ALL, steering: ['list', 'show', 'create'] },
  imports: { admin: ALL, coordinator: ALL, steering: AUDIT_READ },
  'working-groups': { admin: ALL, coordinator: ALL, steering: READ },
  // Reference data: read-only for everyone in the admin; no export of what the UN publishes.
  countries: { admin: REFERENCE_READ, coordinator: REFERENCE_READ, steering: REFERENCE_READ },
  // Members' self-service pages (custom routes, named here like resources): their own records, nothing else.
  'my-profile': { member: SELF },
  'my-organization': { member: SELF },
  // Everyone who signs in changes their own password.
  'my-password': { admin: ['edit'], coordinator: ['edit'], steering: ['edit'], member: ['edit'] },
  // Everyone's own two-factor authentication; the policy that requires it of a role is the admins'.
  security: { admin: SELF, coordinator: SELF, steering: SELF, member: SELF },
  'security-policy': { admin: ['list', 'show', 'edit'] },
};

/** The single place where role rules live, for the menu, the buttons and React-Admin's own checks. */
export const canAccess = (role: Role | null | undefined, { action, resource }: AccessRequest): boolean => {
  if (!role) return false;
  const allowed = RULES[resource]?.[role];
  return allowed !== undefined && allowed.some((a) => a === action);
};
