import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JwtModule } from '@nestjs/jwt';
import { SecurityPolicyModule } from '../../security-policy/security-policy.module.js';
import { SessionsModule } from '../../sessions/sessions.module.js';
import { UsersModule } from '../../users/users.module.js';
import { MyTwoFactorController } from './my-two-factor.controller.js';
import { TwoFactorAttemptsService } from './two-factor-attempts.service.js';
import { TwoFactorChallengeService } from './two-factor-challenge.service.js';
import { TwoFactorEnrolmentService } from './two-factor-enrolment.service.js';
import { TwoFactorService } from './two-factor.service.js';
import { UserTwoFactorController } from './user-two-factor.controller.js';
import { TwoFactorCredential } from './two-factor-credential.entity.js';
import { RecoveryCode } from './recovery-code.entity.js';

/**
 * TOTP two-factor authentication. Its own JwtModule has no default key: the
 * challenge tokens are signed with a key derived for them alone.
 */
@Module({
  imports: [TypeOrmModule.forFeature([TwoFactorCredential, RecoveryCode]), UsersModule, SecurityPolicyModule, SessionsModule, JwtModule.register({})],
  controllers: [MyTwoFactorController, UserTwoFactorController],
  providers: [TwoFactorService, TwoFactorAttemptsService, TwoFactorChallengeService, TwoFactorEnrolmentService],
  exports: [TwoFactorChallengeService, TwoFactorEnrolmentService],
})
export class MfaModule {}
