import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { mailTemplates } from '../mail/mail-templates.js';
import { MailService } from '../mail/mail.service.js';
import { outboxIdFor } from '../outbox/outbox.service.js';
import { UserTokensService } from '../users/user-tokens.service.js';
import { UsersService } from '../users/users.service.js';

export type PasswordResetOutcome = 'sent' | 'already-sent' | 'no-account' | 'daily-limit';

const DAY_MS = 86_400_000;

/**
 * Handles a forgot-password request in the worker. The API only records the
 * request, the same way for every address, so that its answer and its timing
 * say nothing about which addresses have accounts; whether there is an
 * account is decided here, out of sight.
 */
@Injectable()
export class PasswordResetRequestService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly tokens: UserTokensService,
    private readonly mail: MailService,
    private readonly config: AppConfig,
  ) {}

  /** `requestId` is the job's id: a request handled twice sends one e-mail. */
  handle(requestId: string, email: string): Promise<PasswordResetOutcome> {
    const mailId = outboxIdFor(requestId, 'password-reset-mail');
    return this.dataSource.transaction(async (manager): Promise<PasswordResetOutcome> => {
      // Locked, so that parallel requests for one account count against the daily limit one at a time.
      const user = await this.users.findByEmail(email, manager, true);
      if (!user || !user.isActive) return 'no-account';
      if (await this.mail.isQueued(manager, mailId)) return 'already-sent';
      const sentToday = await this.tokens.countIssuedSince(manager, user.id, 'password_reset', new Date(Date.now() - DAY_MS));
      // Silently: the requester gets the same 202 either way, the owner's inbox is not flooded.
      if (sentToday >= this.config.RESET_EMAILS_PER_DAY) return 'daily-limit';
      const token = await this.tokens.issue(manager, user.id, 'password_reset');
      await this.mail.queue(manager, mailTemplates.passwordReset(user.email, `${this.config.publicUrl}/#/reset-password?token=${token}`), mailId);
      return 'sent';
    });
  }
}
