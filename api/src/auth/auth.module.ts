import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AppConfig } from '../config/app-config.js';
import { MailModule } from '../mail/mail.module.js';
import { UsersModule } from '../users/users.module.js';
import { AccessGuard } from './access.guard.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { JwtStrategy } from './jwt.strategy.js';
import { LocalStrategy } from './local.strategy.js';
import { MfaModule } from './mfa/mfa.module.js';
import { TwoFactorLoginController } from './mfa/two-factor-login.controller.js';
import { RateLimitGuard } from './rate-limit.guard.js';

@Module({
  imports: [
    PassportModule,
    UsersModule,
    MailModule,
    MfaModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: config.JWT_SECRET,
        signOptions: { expiresIn: config.JWT_EXPIRES_IN as `${number}h` },
      }),
    }),
  ],
  controllers: [AuthController, TwoFactorLoginController],
  providers: [AuthService, LocalStrategy, JwtStrategy, RateLimitGuard, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [AuthService, RateLimitGuard],
})
export class AuthModule {}
