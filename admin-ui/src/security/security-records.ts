import type { Role } from '../auth/roles';

/** `GET /api/me/two-factor` (and the answer of disable and of an admin's reset). */
export type TwoFactorStatus = {
  enabled: boolean;
  enabledAt: string | null;
  setupPending: boolean;
  recoveryCodesLeft: number;
  requiredForRole: boolean;
};

/** `POST /api/me/two-factor/setup`: shown once. */
export type TwoFactorSetup = {
  secret: string;
  otpauthUrl: string;
  qrCodeDataUrl: string;
};

/** `POST /api/me/two-factor/enable`: shown once. */
export type RecoveryCodes = {
  recoveryCodes: string[];
};

/** The roles the security policy may oblige to use two-factor authentication (the API refuses `member`). */
export const TWO_FACTOR_POLICY_ROLES = ['admin', 'coordinator', 'steering'] as const satisfies readonly Role[];
export type TwoFactorPolicyRole = (typeof TWO_FACTOR_POLICY_ROLES)[number];

/** `GET/PUT /api/security-policy`. */
export type SecurityPolicy = {
  twoFactorRequiredRoles: TwoFactorPolicyRole[];
};

export const SECURITY_PATH = '/security';
export const SECURITY_POLICY_PATH = '/security-policy';
export const CONFIRM_EMAIL_PATH = '/confirm-email';
