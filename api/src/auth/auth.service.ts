import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DomainException } from '../common/domain.exception.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { JobName, QueueName } from '../queue/queue-names.js';
import { SessionsService, type OpenedSession, type SessionClient } from '../sessions/sessions.service.js';
import { PasswordService } from '../users/password.service.js';
import type { UserTokenPurpose } from '../users/user-token.entity.js';
import { UserTokensService } from '../users/user-tokens.service.js';
import type { User } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { accessClaimsOf, bearerTokenOf } from './access-token.js';
import type { AuthenticatedUser } from './authenticated-user.js';
import { IssuedSession } from './issued-session.js';
import type { RequestPasswordResetPayload } from './jobs/request-password-reset.job.js';
import { LoginThrottleService, normaliseTypedEmail } from './login-throttle.service.js';
import type { TwoFactorChallengeDto } from './mfa/dto/two-factor-challenge.dto.js';
import { TwoFactorChallengeService } from './mfa/two-factor-challenge.service.js';

const WRONG_CREDENTIALS = 'Wrong e-mail or password';
const SESSION_ENDED = 'Your session has ended; sign in again';

const toAuthenticated = (user: User): AuthenticatedUser => ({ id: user.id, email: user.email, role: user.role, personId: user.personId });

/** Deactivated and admin-locked accounts cannot sign in; they are told nothing more than a wrong password is. */
const maySignIn = (user: User): boolean => user.isActive && !(user.lockedUntil && user.lockedUntil > new Date());

@Injectable()
export class AuthService {
  /** Verified against when there is no password to check, so that every refusal costs one argon2 verification. */
  private decoyHash: Promise<string> | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly passwords: PasswordService,
    private readonly tokens: UserTokensService,
    private readonly sessions: SessionsService,
    private readonly outbox: OutboxService,
    private readonly throttle: LoginThrottleService,
    private readonly jwt: JwtService,
    private readonly twoFactorChallenges: TwoFactorChallengeService,
  ) {}

  /**
   * Checks a password for an e-mail typed by a client at `address`. Unknown,
   * invited (no password yet), deactivated and locked accounts get exactly the
   * answer of a wrong password, after the same work, and count alike in the backoff.
   */
  async verifyCredentials(email: string, password: string, address: string): Promise<AuthenticatedUser> {
    await this.throttle.attempt(email, address);
    const user = await this.users.findByEmail(email);
    const matches = await this.passwords.verify(user?.passwordHash ?? (await this.decoy()), password);
    if (!user?.passwordHash || !matches || !maySignIn(user)) throw new DomainException('wrong_credentials', {}, WRONG_CREDENTIALS);
    await this.throttle.succeeded(email, address);
    return toAuthenticated(user);
  }

  /**
   * The one way into a session, once the user has proved who they are: opens
   * a session (in the caller's transaction when given one) and returns the
   * access token with the refresh token for the cookie. Routes that call it
   * declare @SessionCookie('open').
   */
  async issueSession(user: AuthenticatedUser, client: SessionClient, manager?: EntityManager): Promise<IssuedSession> {
    const open = async (within: EntityManager): Promise<OpenedSession> => {
      const session = await this.sessions.open(within, user.id, client);
      await this.users.recordSignIn(within, user.id);
      return session;
    };
    return this.tokensFor(user, manager ? await open(manager) : await this.dataSource.transaction(open));
  }

  /**
   * Every way of signing in with a password ends here: a session, or first a
   * two-factor challenge when the account uses it (completed at
   * POST /api/auth/two-factor, which then calls issueSession).
   */
  async signIn(user: AuthenticatedUser, client: SessionClient, manager?: EntityManager): Promise<IssuedSession | TwoFactorChallengeDto> {
    return (await this.twoFactorChallenges.challengeFor(user)) ?? this.issueSession(user, client, manager);
  }

  /** Trades a refresh token for a new access token and the next refresh token. */
  async refresh(presented: string | undefined): Promise<IssuedSession> {
    const rotation = await this.sessions.rotate(presented);
    if (rotation.outcome !== 'rotated') throw new DomainException('session_ended', {}, SESSION_ENDED);
    return this.tokensFor(rotation.owner, rotation);
  }

  /** Ends the session named by the refresh cookie, by the access token, or both; quietly does nothing for anything else. */
  async logout(presentedCookie: string | undefined, authorization: string | undefined): Promise<void> {
    await this.sessions.endByRefreshToken(presentedCookie);
    const bearer = bearerTokenOf(authorization);
    if (!bearer) return;
    const claims = accessClaimsOf(await this.jwt.verifyAsync<object>(bearer, { algorithms: ['HS256'] }).catch(() => undefined));
    if (claims) await this.sessions.end(claims.sid, claims.sub);
  }

  /**
   * Changes the signed-in user's password after checking the current one
   * (which counts in the login backoff like a sign-in); every session of the
   * account ends and a new one opens for the caller.
   */
  async changePassword(user: AuthenticatedUser, currentPassword: string, newPassword: string, client: SessionClient): Promise<IssuedSession> {
    const address = client.ip ?? 'unknown';
    await this.throttle.attempt(user.email, address);
    const account = await this.users.findById(this.dataSource.manager, user.id);
    if (!account || !(await this.passwords.verify(account.passwordHash, currentPassword))) {
      throw new DomainException('wrong_password', { field: 'currentPassword' }, 'currentPassword is not your current password', 'currentPassword');
    }
    await this.throttle.succeeded(user.email, address);
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.users.findById(manager, user.id, true);
      if (!locked || !maySignIn(locked)) throw new DomainException('session_ended', {}, SESSION_ENDED);
      const saved = await this.users.setPasswordWithin(manager, locked, newPassword, 'newPassword');
      return this.issueSession(toAuthenticated(saved), client, manager);
    });
  }

  async acceptInvitation(token: string, password: string, client: SessionClient): Promise<IssuedSession | TwoFactorChallengeDto> {
    return this.setPasswordWithToken(token, password, 'invitation', client);
  }

  async resetPassword(token: string, password: string, client: SessionClient): Promise<IssuedSession | TwoFactorChallengeDto> {
    return this.setPasswordWithToken(token, password, 'password_reset', client);
  }

  /**
   * Records the request and nothing else, the same for every address: the
   * worker decides whether there is an account to write to (see
   * PasswordResetRequestService), so neither the answer nor its timing tells.
   */
  async forgotPassword(email: string): Promise<void> {
    const payload: RequestPasswordResetPayload = { email: normaliseTypedEmail(email) };
    await this.outbox.add(this.dataSource.manager, QueueName.Accounts, JobName.RequestPasswordReset, payload);
  }

  private async setPasswordWithToken(
    token: string,
    password: string,
    purpose: UserTokenPurpose,
    client: SessionClient,
  ): Promise<IssuedSession | TwoFactorChallengeDto> {
    return this.dataSource.transaction(async (manager) => {
      const userId = await this.tokens.consume(manager, token, purpose);
      const found = userId ? await this.users.findById(manager, userId, true) : null;
      if (!found || !maySignIn(found)) {
        throw new DomainException('link_invalid', { field: 'token' }, 'This link is invalid, used or expired; ask for a new one', 'token');
      }
      const saved = await this.users.setPasswordWithin(manager, found, password);
      return this.signIn(toAuthenticated(saved), client, manager);
    });
  }

  private async tokensFor(user: AuthenticatedUser, session: OpenedSession): Promise<IssuedSession> {
    const accessToken = await this.jwt.signAsync({ sub: user.id, role: user.role, sid: session.sessionId });
    return new IssuedSession(
      { accessToken, user: { id: user.id, email: user.email, role: user.role, personId: user.personId } },
      session.refreshToken,
      session.expiresAt,
    );
  }

  private decoy(): Promise<string> {
    // Random, so that no password can ever match it.
    this.decoyHash ??= this.passwords.hash(randomBytes(32).toString('base64url'));
    return this.decoyHash;
  }
}
