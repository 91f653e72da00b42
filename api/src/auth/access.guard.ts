import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { requestContext } from '../request-context/request-context.js';
import type { UserRole } from '../users/user-role.contract.js';
import { IS_PUBLIC, ROLES } from './access.decorators.js';
import type { AuthenticatedUser } from './authenticated-user.js';
import { ACCEPTS_CALENDAR_FEED_TOKEN } from './calendar-feed/calendar-feed-token.decorator.js';
import { CalendarFeedTokenService } from './calendar-feed/calendar-feed-token.service.js';
import { ALLOWED_BEFORE_TWO_FACTOR, TWO_FACTOR_ENROLMENT_REQUIRED } from './mfa/two-factor-enrolment.decorator.js';
import { TwoFactorEnrolmentService } from './mfa/two-factor-enrolment.service.js';
import { DomainException } from '../common/domain.exception.js';

const JwtAuthGuard = AuthGuard('jwt');

/**
 * The one global guard. Default deny: a route must declare @Public() or
 * @Roles(...); a route that declares neither is refused for everybody. A user
 * who owes the two-factor set-up the security policy requires of their role
 * reaches only the routes marked @AllowedBeforeTwoFactor(). A route marked
 * @AcceptsCalendarFeedToken() also takes the personal feed token as `?token=`
 * when no bearer token is sent; every other route ignores it.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly jwt = new JwtAuthGuard();

  constructor(
    private readonly reflector: Reflector,
    private readonly twoFactorEnrolment: TwoFactorEnrolmentService,
    private readonly feedTokens: CalendarFeedTokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES, targets);
    if (!roles || roles.length === 0) {
      throw new DomainException('route_closed', {}, 'This route declares no access rule and is closed');
    }
    const request = context.switchToHttp().getRequest<Request & { user: AuthenticatedUser }>();
    const acceptsFeedToken = this.reflector.getAllAndOverride<boolean>(ACCEPTS_CALENDAR_FEED_TOKEN, targets) === true;
    const feedToken: unknown = acceptsFeedToken ? request.query.token : undefined;
    if (typeof feedToken === 'string' && !request.headers.authorization) {
      const owner = await this.feedTokens.ownerOf(feedToken);
      if (!owner) throw new DomainException('calendar_link_invalid', {}, 'This calendar address is no longer valid; copy the current one from your profile');
      request.user = owner;
    } else {
      await this.jwt.canActivate(context);
    }
    const user = request.user;
    requestContext.setActor({ id: user.id, email: user.email });
    if (!roles.includes(user.role)) {
      throw new DomainException('role_not_allowed', { role: user.role }, `Your role (${user.role}) may not do this; allowed: ${roles.join(', ')}`);
    }
    const beforeTwoFactor = this.reflector.getAllAndOverride<boolean>(ALLOWED_BEFORE_TWO_FACTOR, targets) === true;
    if (!beforeTwoFactor && (await this.twoFactorEnrolment.isOutstanding(user))) {
      throw new DomainException('two_factor_required', {}, TWO_FACTOR_ENROLMENT_REQUIRED);
    }
    return true;
  }
}
