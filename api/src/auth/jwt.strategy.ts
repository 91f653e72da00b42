import { Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AppConfig } from '../config/app-config.js';
import { UsersService } from '../users/users.service.js';
import type { AuthenticatedUser } from './authenticated-user.js';

export interface JwtPayload {
  sub: string;
  role: string;
}

/**
 * Verifies the bearer token and reloads the user, so that a deactivated or
 * locked account, or a changed role, takes effect at once rather than at expiry.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly users: UsersService,
  ) {
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: config.JWT_SECRET, ignoreExpiration: false });
  }

  async validate(payload: JwtPayload): Promise<AuthenticatedUser> {
    const user = await this.users.findActive(payload.sub);
    if (!user) throw new UnauthorizedException('This account is no longer active');
    return { id: user.id, email: user.email, role: user.role, personId: user.personId };
  }
}
