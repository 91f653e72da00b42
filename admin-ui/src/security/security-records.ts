import type { TwoFactorPolicyRole } from '@contract/security-policy/two-factor-roles.contract';

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

/** `GET/PUT /api/security-policy`. */
export type SecurityPolicy = {
  twoFactorRequiredRoles: TwoFactorPolicyRole[];
};

export const SECURITY_PATH = '/security';
export const SECURITY_POLICY_PATH = '/security-policy';
export const CONFIRM_EMAIL_PATH = '/confirm-email';
