import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-custom';
import { SessionsService } from '../sessions/sessions.service.js';
import { accessClaimsOf, bearerTokenOf } from './access-token.js';
import type { AuthenticatedUser } from './authenticated-user.js';
import { DomainException } from '../common/domain.exception.js';

/**
 * Verifies the bearer token (HS256 with the module's key object, expiry
 * enforced), then checks in one query that its session is live and its
 * account active and unlocked: a logout, a password change, a deactivation, a
 * lock or a role change ends the token at its next request. The role comes
 * from the account, never from the token.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    private readonly jwt: JwtService,
    private readonly sessions: SessionsService,
  ) {
    super();
  }

  async validate(request: Request): Promise<AuthenticatedUser> {
    const token = bearerTokenOf(request.headers.authorization);
    if (!token) throw new DomainException('sign_in_required', {}, 'Sign in to continue');
    const payload: unknown = await this.jwt.verifyAsync<object>(token, { algorithms: ['HS256'] }).catch(() => undefined);
    const claims = accessClaimsOf(payload);
    if (!claims) throw new DomainException('session_ended', {}, 'This token is not valid; sign in again');
    const owner = await this.sessions.activeOwner(claims.sid, claims.sub);
    if (!owner) throw new DomainException('session_ended', {}, 'Your session has ended; sign in again');
    return owner;
  }
}
