import { Injectable } from '@nestjs/common';
import { SecurityPolicyService } from '../../security-policy/security-policy.service.js';
import type { AuthenticatedUser } from '../authenticated-user.js';
import { TwoFactorService } from './two-factor.service.js';

/** Whether a signed-in user still owes the two-factor set-up the security policy requires of their role. */
@Injectable()
export class TwoFactorEnrolmentService {
  constructor(
    private readonly policy: SecurityPolicyService,
    private readonly twoFactor: TwoFactorService,
  ) {}

  /** Cheap for the common case: the policy is cached, and the credential is read only for roles that need it. */
  async isOutstanding(user: AuthenticatedUser): Promise<boolean> {
    if (!(await this.policy.requiresTwoFactor(user.role))) return false;
    return !(await this.twoFactor.isEnabled(user.id));
  }
}
