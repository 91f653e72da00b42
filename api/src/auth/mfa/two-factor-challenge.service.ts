import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Redis } from 'ioredis';
import { DomainException } from '../../common/domain.exception.js';
import { AppConfig } from '../../config/app-config.js';
import { REDIS } from '../../redis/redis.module.js';
import { requestContext } from '../../request-context/request-context.js';
import { UsersService } from '../../users/users.service.js';
import type { AuthenticatedUser } from '../authenticated-user.js';
import { derivedKey } from './derived-key.js';
import type { TwoFactorChallengeDto } from './dto/two-factor-challenge.dto.js';
import { TwoFactorService } from './two-factor.service.js';

const CHALLENGE_AUDIENCE = 'two-factor-challenge';
const CHALLENGE_SECONDS = 5 * 60;
const EXPIRED = 'This sign-in has expired or was already completed; sign in again with your password';

interface ChallengeClaims {
  sub: string;
  jti: string;
}

const isChallengeClaims = (value: unknown): value is ChallengeClaims =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Record<string, unknown>).sub === 'string' &&
  typeof (value as Record<string, unknown>).jti === 'string';

/**
 * The step between a right password and a session for accounts with
 * two-factor authentication. The challenge token is signed with a key of its
 * own (not the access tokens'), so the bearer-token check can never accept
 * it; it names the user, lives five minutes and completes one sign-in.
 */
@Injectable()
export class TwoFactorChallengeService {
  private readonly logger = new Logger(TwoFactorChallengeService.name);
  private readonly key: string;
  private readonly usedPrefix: string;

  constructor(
    private readonly jwt: JwtService,
    private readonly twoFactor: TwoFactorService,
    private readonly users: UsersService,
    @Inject(REDIS) private readonly redis: Redis,
    config: AppConfig,
  ) {
    this.key = derivedKey(config.JWT_SECRET, CHALLENGE_AUDIENCE).toString('base64url');
    this.usedPrefix = `${config.QUEUE_PREFIX}:two-factor:used-challenge:`;
  }

  /** A challenge when the user has two-factor authentication on, else null (the password was enough). */
  async challengeFor(user: AuthenticatedUser): Promise<TwoFactorChallengeDto | null> {
    if (!(await this.twoFactor.isEnabled(user.id))) return null;
    const challengeToken = await this.jwt.signAsync(
      { sub: user.id, jti: randomUUID() },
      { secret: this.key, audience: CHALLENGE_AUDIENCE, expiresIn: CHALLENGE_SECONDS },
    );
    return { twoFactorRequired: true, challengeToken };
  }

  /** The user a challenge and its code sign in, or a refusal (401 wrong or expired, 429 too many tries). */
  async complete(challengeToken: string, code: string): Promise<AuthenticatedUser> {
    const claims = await this.read(challengeToken);
    const user = await this.users.findActive(claims.sub);
    // A deactivated or locked account is told no more than an expired challenge.
    if (!user) throw new DomainException('two_factor_sign_in_expired', { field: 'challengeToken' }, EXPIRED, 'challengeToken');
    // Nobody is signed in yet: what this step writes is the user's own doing.
    requestContext.setActor({ id: user.id, email: user.email });
    if (!(await this.twoFactor.verifySecondFactor(user.id, code))) {
      throw new DomainException('two_factor_sign_in_code_wrong', { field: 'code' }, 'Wrong code, or a code that was already used', 'code');
    }
    if (!(await this.firstUse(claims))) throw new DomainException('two_factor_sign_in_expired', { field: 'challengeToken' }, EXPIRED, 'challengeToken');
    return { id: user.id, email: user.email, role: user.role, personId: user.personId };
  }

  private async read(challengeToken: string): Promise<ChallengeClaims> {
    try {
      const claims: unknown = await this.jwt.verifyAsync(challengeToken, { secret: this.key, audience: CHALLENGE_AUDIENCE, algorithms: ['HS256'] });
      if (isChallengeClaims(claims)) return claims;
    } catch {
      // Expired, forged, or an access token: all the same to the caller.
    }
    throw new DomainException('two_factor_sign_in_expired', { field: 'challengeToken' }, EXPIRED, 'challengeToken');
  }

  /**
   * One challenge, one session. Codes are single-use in the database already;
   * this is a second lock, so it gives way when Redis is unreachable.
   */
  private async firstUse(claims: ChallengeClaims): Promise<boolean> {
    try {
      return (await this.redis.set(`${this.usedPrefix}${claims.jti}`, '1', 'EX', CHALLENGE_SECONDS, 'NX')) === 'OK';
    } catch (error: unknown) {
      this.logger.warn({ err: error }, 'Could not record a used two-factor challenge');
      return true;
    }
  }
}
