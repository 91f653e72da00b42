import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainException } from '../common/domain.exception.js';
import { AppConfig } from '../config/app-config.js';
import { mailTemplates } from '../mail/mail-templates.js';
import { MailService } from '../mail/mail.service.js';
import { PasswordService } from '../users/password.service.js';
import { UserTokensService } from '../users/user-tokens.service.js';
import { User } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import type { AuthenticatedUser } from './authenticated-user.js';
import type { LoginResponseDto } from './dto/login-response.dto.js';
import type { TwoFactorChallengeDto } from './mfa/dto/two-factor-challenge.dto.js';
import { TwoFactorChallengeService } from './mfa/two-factor-challenge.service.js';
import type { UserTokenPurpose } from '../users/user-token.entity.js';

const WRONG_CREDENTIALS = 'Wrong e-mail or password';

@Injectable()
export class AuthService {
  /** Verified against when the e-mail is unknown, so that a miss takes as long as a wrong password. */
  private decoyHash: Promise<string> | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly passwords: PasswordService,
    private readonly tokens: UserTokensService,
    private readonly mail: MailService,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly twoFactorChallenges: TwoFactorChallengeService,
  ) {}

  async verifyCredentials(email: string, password: string): Promise<AuthenticatedUser> {
    const user = await this.users.findByEmail(email);
    if (!user) {
      this.decoyHash ??= this.passwords.hash('decoy password for unknown accounts');
      await this.passwords.verify(await this.decoyHash, password);
      throw new DomainException('unauthorized', WRONG_CREDENTIALS);
    }
    if (user.lockedUntil && user.lockedUntil > new Date()) {
      throw new DomainException('locked', `This account is locked after too many failed logins until ${user.lockedUntil.toISOString()}`);
    }
    if (!(await this.passwords.verify(user.passwordHash, password))) {
      await this.recordFailure(user);
      throw new DomainException('unauthorized', WRONG_CREDENTIALS);
    }
    if (!user.isActive) throw new DomainException('forbidden', 'This account is deactivated; ask an administrator');
    await this.dataSource.getRepository(User).update({ id: user.id }, { failedLoginCount: 0, lastLoginAt: new Date() });
    return { id: user.id, email: user.email, role: user.role, personId: user.personId };
  }

  async issueSession(user: AuthenticatedUser): Promise<LoginResponseDto> {
    const accessToken = await this.jwt.signAsync({ sub: user.id, role: user.role });
    return { accessToken, user: { id: user.id, email: user.email, role: user.role, personId: user.personId } };
  }

  /**
   * Every way of signing in ends here: a session, or first a two-factor
   * challenge when the account uses it (completed at POST /api/auth/two-factor,
   * which then calls issueSession).
   */
  async signIn(user: AuthenticatedUser): Promise<LoginResponseDto | TwoFactorChallengeDto> {
    return (await this.twoFactorChallenges.challengeFor(user)) ?? this.issueSession(user);
  }

  async acceptInvitation(token: string, password: string): Promise<LoginResponseDto | TwoFactorChallengeDto> {
    return this.setPasswordWithToken(token, password, 'invitation');
  }

  async resetPassword(token: string, password: string): Promise<LoginResponseDto | TwoFactorChallengeDto> {
    return this.setPasswordWithToken(token, password, 'password_reset');
  }

  /** Always succeeds from the caller's view, so that nobody learns which e-mails have accounts. */
  async forgotPassword(email: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await this.users.findByEmail(email, manager);
      if (!user || !user.isActive) return;
      const token = await this.tokens.issue(manager, user.id, 'password_reset');
      await this.mail.queue(manager, mailTemplates.passwordReset(user.email, `${this.config.publicUrl}/#/reset-password?token=${token}`));
    });
  }

  private async setPasswordWithToken(token: string, password: string, purpose: UserTokenPurpose): Promise<LoginResponseDto | TwoFactorChallengeDto> {
    const user = await this.dataSource.transaction(async (manager) => {
      const userId = await this.tokens.consume(manager, token, purpose);
      const found = userId ? await manager.findOne(User, { where: { id: userId } }) : null;
      if (!found || !found.isActive) {
        throw new DomainException('invalid', 'This link is invalid, used or expired; ask for a new one', 'token');
      }
      found.passwordHash = await this.passwords.hashNew(manager, password, found);
      found.failedLoginCount = 0;
      found.lockedUntil = null;
      return manager.save(found);
    });
    return this.signIn({ id: user.id, email: user.email, role: user.role, personId: user.personId });
  }

  private async recordFailure(user: User): Promise<void> {
    const failures = user.failedLoginCount + 1;
    const lock = failures >= this.config.LOCKOUT_AFTER_FAILURES;
    await this.dataSource.getRepository(User).update(
      { id: user.id },
      lock
        ? { failedLoginCount: 0, lockedUntil: new Date(Date.now() + this.config.LOCKOUT_MINUTES * 60_000) }
        : { failedLoginCount: failures },
    );
  }
}
