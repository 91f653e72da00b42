import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config.js';
import { MailModule } from '../mail/mail.module.js';
import { OutboxModule } from '../outbox/outbox.module.js';
import { SessionsModule } from '../sessions/sessions.module.js';
import { UsersModule } from '../users/users.module.js';
import { accessTokenKey } from './access-token.js';
import { AccessGuard } from './access.guard.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { CalendarFeedToken } from './calendar-feed/calendar-feed-token.entity.js';
import { CalendarFeedTokenService } from './calendar-feed/calendar-feed-token.service.js';
import { JwtStrategy } from './jwt.strategy.js';
import { LocalStrategy } from './local.strategy.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { MfaModule } from './mfa/mfa.module.js';
import { TwoFactorLoginController } from './mfa/two-factor-login.controller.js';
import { RateLimitGuard } from './rate-limit.guard.js';
import { SessionCookieInterceptor } from './session-cookie.interceptor.js';

type Duration = `${number}${'s' | 'm' | 'h' | 'd'}`;

@Module({
  imports: [
    TypeOrmModule.forFeature([CalendarFeedToken]),
    PassportModule,
    UsersModule,
    SessionsModule,
    OutboxModule,
    MailModule,
    MfaModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: accessTokenKey(config.JWT_SECRET),
        // AppConfig has checked the format.
        signOptions: { expiresIn: config.JWT_EXPIRES_IN as Duration, algorithm: 'HS256' },
      }),
    }),
  ],
  controllers: [AuthController, TwoFactorLoginController],
  providers: [
    AuthService,
    CalendarFeedTokenService,
    LocalStrategy,
    JwtStrategy,
    LoginThrottleService,
    RateLimitGuard,
    SessionCookieInterceptor,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [AuthService, CalendarFeedTokenService, RateLimitGuard, SessionCookieInterceptor],
})
export class AuthModule {}
