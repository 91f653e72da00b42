import { describe, expect, it } from '@jest/globals';
import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { DomainException } from '../common/domain.exception.js';
import type { SessionsService } from '../sessions/sessions.service.js';
import { Public, Roles } from './access.decorators.js';
import { accessTokenKey } from './access-token.js';
import { AccessGuard } from './access.guard.js';
import { JwtStrategy } from './jwt.strategy.js';
import type { TwoFactorEnrolmentService } from './mfa/two-factor-enrolment.service.js';
import type { CalendarFeedTokenService } from './calendar-feed/calendar-feed-token.service.js';

class Undeclared {
  handler(): void {}
}

class Open {
  @Public()
  handler(): void {}
}

class Closed {
  @Roles('admin')
  handler(): void {}
}

const contextFor = (controller: new () => { handler(): void }): ExecutionContext =>
  ({
    getHandler: () => controller.prototype.handler,
    getClass: () => controller,
    switchToHttp: () => ({ getRequest: () => ({ headers: {} }), getResponse: () => ({}) }),
  }) as unknown as ExecutionContext;

describe('AccessGuard', () => {
  // Constructing the strategy registers it with passport, as the application does.
  // A request without a token is refused before any session is looked up.
  new JwtStrategy(new JwtService({ secret: accessTokenKey('x'.repeat(32)) }), {} as SessionsService);
  // These routes are decided before anybody's two-factor set-up is looked at.
  const noEnrolmentLookup = { isOutstanding: () => Promise.reject(new Error('not reached')) } as unknown as TwoFactorEnrolmentService;
  // None of these routes takes a calendar-feed token, so none is looked up.
  const noFeedTokenLookup = { ownerOf: () => Promise.reject(new Error('not reached')) } as unknown as CalendarFeedTokenService;
  const guard = new AccessGuard(new Reflector(), noEnrolmentLookup, noFeedTokenLookup);

  it('refuses a route that declares neither @Public() nor @Roles()', async () => {
    await expect(guard.canActivate(contextFor(Undeclared))).rejects.toMatchObject({ code: 'route_closed', kind: 'forbidden' });
  });

  it('lets anyone through a @Public() route', async () => {
    await expect(guard.canActivate(contextFor(Open))).resolves.toBe(true);
  });

  it('asks for a token on a @Roles() route', async () => {
    const refusal = await guard.canActivate(contextFor(Closed)).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(DomainException);
    expect(refusal).toMatchObject({ code: 'sign_in_required', kind: 'unauthorized' });
  });
});
