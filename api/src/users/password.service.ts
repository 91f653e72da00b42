import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import type { EntityManager } from 'typeorm';
import { PasswordPolicyService, type PasswordAccount } from '../auth/password-policy/password-policy.service.js';

/**
 * argon2id (OWASP's first choice) with 64 MiB of memory, 3 passes and 4 lanes:
 * above OWASP's minimum (19 MiB, 2 passes, 1 lane), about 50 ms a hash here.
 * Written out rather than left to the library's defaults, so that an upgrade
 * cannot weaken them unnoticed; verification reads them from each hash.
 */
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 65536, timeCost: 3, parallelism: 4 } as const;

@Injectable()
export class PasswordService {
  constructor(private readonly policy: PasswordPolicyService) {}

  hash(password: string): Promise<string> {
    return argon2.hash(password, ARGON2_OPTIONS);
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
