import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import QRCode from 'qrcode';
import { DataSource, IsNull, Not, type EntityManager } from 'typeorm';
import { DomainException, notFound } from '../../common/domain.exception.js';
import { AppConfig } from '../../config/app-config.js';
import { SecurityPolicyService } from '../../security-policy/security-policy.service.js';
import { SessionsService } from '../../sessions/sessions.service.js';
import { PasswordService } from '../../users/password.service.js';
import { UsersService } from '../../users/users.service.js';
import type { AuthenticatedUser } from '../authenticated-user.js';
import { derivedKey } from './derived-key.js';
import type { RecoveryCodesDto } from './dto/recovery-codes.dto.js';
import type { TwoFactorSetupDto } from './dto/two-factor-setup.dto.js';
import type { TwoFactorStatusDto } from './dto/two-factor-status.dto.js';
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCode, RECOVERY_CODE_COUNT } from './recovery-codes.js';
import { RecoveryCode } from './recovery-code.entity.js';
import { SecretBox } from './secret-box.js';
import { newTotpSecret, TOTP_CODE, totpUri, verifyTotp } from './totp.js';
import { TwoFactorAttemptsService } from './two-factor-attempts.service.js';
import { TwoFactorCredential } from './two-factor-credential.entity.js';

/** A set-up not confirmed within this time must be started again (its QR code may have been seen by others). */
const SETUP_LIFETIME_MS = 30 * 60 * 1000;

/**
 * TOTP two-factor authentication of a user: set-up, confirmation with a first
 * code (which issues the recovery codes), checking a second factor at
 * sign-in, and turning it off (by the user with their password, or by an
 * admin for a lost phone).
 */
@Injectable()
export class TwoFactorService {
  private readonly box: SecretBox;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly policy: SecurityPolicyService,
    private readonly attempts: TwoFactorAttemptsService,
    private readonly sessions: SessionsService,
    private readonly users: UsersService,
    config: AppConfig,
  ) {
    this.box = new SecretBox(derivedKey(config.TWO_FACTOR_ENCRYPTION_KEY ?? config.JWT_SECRET, 'two-factor-secrets'));
  }

  async status(user: Pick<AuthenticatedUser, 'id' | 'role'>): Promise<TwoFactorStatusDto> {
    const manager = this.dataSource.manager;
    const credential = await manager.findOne(TwoFactorCredential, { where: { id: user.id } });
    const enabled = Boolean(credential?.enabledAt);
    return {
      enabled,
      enabledAt: credential?.enabledAt?.toISOString() ?? null,
      setupPending: Boolean(credential?.pendingSince && credential.pendingSince.getTime() + SETUP_LIFETIME_MS > Date.now()),
      recoveryCodesLeft: enabled ? await manager.count(RecoveryCode, { where: { userId: user.id, usedAt: IsNull() } }) : 0,
      requiredForRole: await this.policy.requiresTwoFactor(user.role),
    };
  }

  isEnabled(userId: string): Promise<boolean> {
    return this.dataSource.getRepository(TwoFactorCredential).exists({ where: { id: userId, enabledAt: Not(IsNull()) } });
  }

  /** Starts (or restarts) a set-up with a new secret; the secret is shown in this answer only. */
  async setup(user: AuthenticatedUser): Promise<TwoFactorSetupDto> {
    const secret = newTotpSecret();
    await this.dataSource.transaction(async (manager) => {
      const credential = await this.credential(manager, user.id);
      if (credential?.enabledAt) {
        throw new DomainException('two_factor_already_on', {}, 'Two-factor authentication is already on; turn it off first to set up another device');
      }
      const next =
        credential ?? manager.create(TwoFactorCredential, { id: user.id, secret: null, enabledAt: null, lastUsedStep: null, recoveryCodeUsedAt: null });
      next.pendingSecret = this.box.seal(secret, user.id);
      next.pendingSince = new Date();
      await manager.save(next);
    });
    const otpauthUrl = totpUri(secret, user.email);
    const qrCodeDataUrl = await QRCode.toDataURL(otpauthUrl, { errorCorrectionLevel: 'M', margin: 2, width: 256 });
    return { secret, otpauthUrl, qrCodeDataUrl };
  }

  /** Turns it on with the first code from the app; answers the recovery codes, which are shown this once. */
  async enable(user: AuthenticatedUser, code: string): Promise<RecoveryCodesDto> {
    return this.dataSource.transaction(async (manager) => {
      const credential = await this.credential(manager, user.id);
      if (credential?.enabledAt) throw new DomainException('two_factor_already_on', {}, 'Two-factor authentication is already on');
      const fresh = credential?.pendingSince && credential.pendingSince.getTime() + SETUP_LIFETIME_MS > Date.now();
      const secret = fresh && credential.pendingSecret ? this.box.open(credential.pendingSecret, user.id) : undefined;
      if (!credential || !secret) {
        throw new DomainException(
          'two_factor_setup_missing',
          { field: 'code' },
          'No set-up is waiting for a code, or it expired: start the set-up again',
          'code',
        );
      }
      const step = await verifyTotp(secret, code, null);
      if (step === undefined) {
        throw new DomainException(
          'two_factor_code_wrong',
          { field: 'code' },
          'code is not the current code of your authenticator app; check the time on your phone and try again',
          'code',
        );
      }
      credential.secret = credential.pendingSecret;
      credential.pendingSecret = null;
      credential.pendingSince = null;
      credential.enabledAt = new Date();
      credential.lastUsedStep = step;
      credential.recoveryCodeUsedAt = null;
      await manager.save(credential);
      return { recoveryCodes: await this.replaceRecoveryCodes(manager, user.id) };
    });
  }

  /** Turns it off; the password is asked so that an open session alone cannot remove the second factor. */
  async disable(user: AuthenticatedUser, password: string): Promise<TwoFactorStatusDto> {
    await this.attempts.assertAllowed(user.id);
    const account = await this.users.findById(this.dataSource.manager, user.id);
    if (!account || !(await this.passwords.verify(account.passwordHash, password))) {
      await this.attempts.recordFailure(user.id);
      throw new DomainException('wrong_password', { field: 'password' }, 'password is not your current password', 'password');
    }
    await this.dataSource.transaction((manager) => this.remove(manager, user.id));
    return this.status(user);
  }

  /**
   * An admin's reset for a lost phone: the user signs in with the password
   * alone and may set it up again. Every session of the account ends, since
   * whoever holds the lost phone may hold one of them too.
   */
  async reset(userId: string): Promise<TwoFactorStatusDto> {
    const user = await this.dataSource.transaction(async (manager) => {
      const found = await this.users.findById(manager, userId);
      if (!found) throw notFound('users', 'user');
      await this.remove(manager, userId);
      await this.sessions.endAll(manager, userId);
      return found;
    });
    await this.attempts.clear(userId);
    return this.status(user);
  }

  /**
   * Checks the second factor of a sign-in: a code of the app (each works
   * once) or an unused recovery code. Wrong answers count against the user's
   * attempts; past the limit, nothing is checked until the window passes.
   */
  async verifySecondFactor(userId: string, code: string): Promise<boolean> {
    await this.attempts.assertAllowed(userId);
    const accepted = await this.dataSource.transaction(async (manager) => {
      const credential = await this.credential(manager, userId);
      const secret = credential?.enabledAt && credential.secret ? this.box.open(credential.secret, userId) : undefined;
      if (!credential || !secret) return false;
      if (TOTP_CODE.test(code)) {
        const step = await verifyTotp(secret, code, credential.lastUsedStep);
        if (step === undefined) return false;
        credential.lastUsedStep = step;
        await manager.save(credential);
        return true;
      }
      if (!looksLikeRecoveryCode(code)) return false;
      const used = await manager.update(RecoveryCode, { userId, codeHash: hashRecoveryCode(code), usedAt: IsNull() }, { usedAt: new Date() });
      if (!used.affected) return false;
      credential.recoveryCodeUsedAt = new Date();
      await manager.save(credential);
      return true;
    });
    if (!accepted) await this.attempts.recordFailure(userId);
    return accepted;
  }

  private credential(manager: EntityManager, userId: string): Promise<TwoFactorCredential | null> {
    return manager.findOne(TwoFactorCredential, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
  }

  private async remove(manager: EntityManager, userId: string): Promise<void> {
    const credential = await this.credential(manager, userId);
    if (credential) await manager.remove(credential);
    await manager.delete(RecoveryCode, { userId });
  }

  private async replaceRecoveryCodes(manager: EntityManager, userId: string): Promise<string[]> {
    await manager.delete(RecoveryCode, { userId });
    const codes = new Set<string>();
    while (codes.size < RECOVERY_CODE_COUNT) codes.add(newRecoveryCode());
    await manager.insert(
      RecoveryCode,
      [...codes].map((code) => ({ userId, codeHash: hashRecoveryCode(code) })),
    );
    return [...codes];
  }
}
