import { RESOURCES } from '../resources';
import { SELF, type AccessRule, type Action } from './access-rule';
import type { Role } from './roles';

export type AccessRequest = {
  action: string;
  resource: string;
};

/**
 * Pages that are not resources (custom routes), named here like resources.
 * Members get nothing in the admin lists; their self-service pages
 * ("My profile", "My organization") are these, not resources.
 */
const PAGE_RULES: Readonly<Record<string, AccessRule>> = {
  'my-profile': { member: SELF },
  'my-organization': { member: SELF },
  // The staff have the organizations list; members find each other here.
  'member-directory': { member: ['list'] },
  // Everyone who signs in changes their own password.
  'my-password': { admin: ['edit'], coordinator: ['edit'], steering: ['edit'], member: ['edit'] },
  // Everyone's own two-factor authentication; the policy that requires it of a role is the admins'.
  security: { admin: SELF, coordinator: SELF, steering: SELF, member: SELF },
  'security-policy': { admin: ['list', 'show', 'edit'] },
};

let rules: ReadonlyMap<string, AccessRule> | undefined;

// Built on first use, not at import: resource pages import canAccess, so
// resources.ts may still be loading when this module is evaluated.
const accessRules = (): ReadonlyMap<string, AccessRule> => {
  rules ??= new Map([...Object.entries(PAGE_RULES), ...RESOURCES.map(({ name, access }): [string, AccessRule] => [name, access])]);
  return rules;
};

/**
 * DESIGN.md's roles table as data: each resource declares its rule in its own
 * index.ts, pages declare theirs above. A resource or role without a rule is
 * denied, so a new resource stays invisible until someone decides who may see it.
 * The single place where role rules are read, for the menu, the buttons and React-Admin's own checks.
 */
export const canAccess = (role: Role | null | undefined, { action, resource }: AccessRequest): boolean => {
  if (!role) return false;
  const allowed: readonly Action[] | undefined = accessRules().get(resource)?.[role];
  return allowed !== undefined && allowed.some((a) => a === action);
};
