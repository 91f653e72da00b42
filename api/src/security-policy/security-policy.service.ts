import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { UserRole } from '../users/user-role.contract.js';
import type { SecurityPolicyDto } from './dto/security-policy.dto.js';
import { Setting } from './setting.entity.js';
import { TWO_FACTOR_POLICY_ROLES, type TwoFactorPolicyRole } from './two-factor-roles.contract.js';

const KEY = 'security-policy';

/**
 * Every authenticated request asks whether its user's role requires two-factor
 * authentication; the answer is kept this long per process. A change made
 * here applies at once in this process and within this time in the others.
 */
const CACHE_MS = 5_000;

/** Reads a stored value defensively: only known roles count, in a stable order. */
const rolesOf = (value: unknown): TwoFactorPolicyRole[] => {
  const listed = typeof value === 'object' && value !== null ? (value as Record<string, unknown>).twoFactorRequiredRoles : undefined;
  return Array.isArray(listed) ? TWO_FACTOR_POLICY_ROLES.filter((role) => listed.includes(role)) : [];
};

/** The security policy an admin sets: for now, which roles must use two-factor authentication. */
@Injectable()
export class SecurityPolicyService {
  private cached: { roles: TwoFactorPolicyRole[]; until: number } | undefined;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(): Promise<SecurityPolicyDto> {
    return { twoFactorRequiredRoles: await this.load() };
  }

  async update(dto: SecurityPolicyDto): Promise<SecurityPolicyDto> {
    const roles = rolesOf(dto);
    await this.dataSource.transaction(async (manager) => {
      const setting = (await manager.findOne(Setting, { where: { id: KEY }, lock: { mode: 'pessimistic_write' } })) ?? manager.create(Setting, { id: KEY });
      setting.value = { twoFactorRequiredRoles: roles };
      await manager.save(setting);
    });
    this.cached = undefined;
    return { twoFactorRequiredRoles: roles };
  }

  async requiresTwoFactor(role: UserRole): Promise<boolean> {
    if (!this.cached || this.cached.until < Date.now()) this.cached = { roles: await this.load(), until: Date.now() + CACHE_MS };
    return this.cached.roles.some((required) => required === role);
  }

  private async load(): Promise<TwoFactorPolicyRole[]> {
    const setting = await this.dataSource.getRepository(Setting).findOne({ where: { id: KEY } });
    return rolesOf(setting?.value);
  }
}
