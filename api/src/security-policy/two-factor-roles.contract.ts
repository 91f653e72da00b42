import type { UserRole } from '../users/user-role.contract.js';

/**
 * The roles an admin may oblige to use two-factor authentication: those who
 * see or change every campaign record. Members may turn it on for themselves.
 */
export const TWO_FACTOR_POLICY_ROLES = ['admin', 'coordinator', 'steering'] as const satisfies readonly UserRole[];
export type TwoFactorPolicyRole = (typeof TWO_FACTOR_POLICY_ROLES)[number];

export const isTwoFactorPolicyRole = (role: string): role is TwoFactorPolicyRole => TWO_FACTOR_POLICY_ROLES.some((candidate) => candidate === role);
