import { Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AppConfig } from '../config/app-config.js';
import { SessionsService } from '../sessions/sessions.service.js';
import { accessClaimsOf } from './access-token.js';
import type { AuthenticatedUser } from './authenticated-user.js';

/**
 * Verifies the bearer token, then checks in one query that its session is
 * live and its account active and unlocked: a logout, a password change, a
 * deactivation, a lock or a role change ends the token at its next request.
 * The role comes from the account, never from the token.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly sessions: SessionsService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.JWT_SECRET,
      ignoreExpiration: false,
      algorithms: ['HS256'],
    });
  }

  async validate(payload: unknown): Promise<AuthenticatedUser> {
    const claims = accessClaimsOf(payload);
    if (!claims) throw new UnauthorizedException('This token is not valid; sign in again');
    const owner = await this.sessions.activeOwner(claims.sid, claims.sub);
    if (!owner) throw new UnauthorizedException('Your session has ended; sign in again');
    return owner;
  }
}
