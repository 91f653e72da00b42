import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PasswordPolicyModule } from '../auth/password-policy/password-policy.module.js';
import { MailModule } from '../mail/mail.module.js';
import { SessionsModule } from '../sessions/sessions.module.js';
import { PasswordService } from './password.service.js';
import { UserTokensService } from './user-tokens.service.js';
import { UsersController } from './users.controller.js';
import { UsersService } from './users.service.js';
import { User } from './user.entity.js';
import { UserToken } from './user-token.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([User, UserToken]), MailModule, SessionsModule, PasswordPolicyModule],
  controllers: [UsersController],
  providers: [UsersService, PasswordService, UserTokensService],
  exports: [UsersService, PasswordService, UserTokensService],
})
export class UsersModule {}
