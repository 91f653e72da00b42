import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module.js';
import { UsersModule } from '../users/users.module.js';
import { PasswordResetRequestService } from './password-reset-request.service.js';

/** The worker's side of "forgot password": deciding, out of the API's sight, whether a reset e-mail goes out. */
@Module({
  imports: [UsersModule, MailModule],
  providers: [PasswordResetRequestService],
  exports: [PasswordResetRequestService],
})
export class PasswordResetModule {}
