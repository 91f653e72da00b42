import type { Schema } from '../api/schema';

/** `GET /api/me/two-factor` (and the answer of disable and of an admin's reset). */
export type TwoFactorStatus = Schema<'TwoFactorStatusDto'>;

/** `POST /api/me/two-factor/setup`: shown once. */
export type TwoFactorSetup = Schema<'TwoFactorSetupDto'>;

/** `POST /api/me/two-factor/enable`: shown once. */
export type RecoveryCodes = Schema<'RecoveryCodesDto'>;

/** `GET/PUT /api/security-policy`. */
export type SecurityPolicy = Schema<'SecurityPolicyDto'>;

export const SECURITY_PATH = '/security';
export const SECURITY_POLICY_PATH = '/security-policy';
export const CONFIRM_EMAIL_PATH = '/confirm-email';
