import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import type { EntityManager } from 'typeorm';
import { PasswordPolicyService, type PasswordAccount } from '../auth/password-policy/password-policy.service.js';

/** Password hashing with argon2id (OWASP's first choice), parameters from the library's defaults. */
@Injectable()
export class PasswordService {
  constructor(private readonly policy: PasswordPolicyService) {}

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  /**
   * The way to set a password someone chose: refused (400 naming `field`)
   * unless the policy accepts it for this account, then hashed.
   */
  async hashNew(manager: EntityManager, password: string, account: PasswordAccount, field = 'password'): Promise<string> {
    await this.policy.assertAcceptableFor(manager, password, account, field);
    return this.hash(password);
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    if (!hash) return false;
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }
}
