import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan, QueryFailedError, type EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../../auth/authenticated-user.js';
import { DomainException } from '../../common/domain.exception.js';
import { hashLinkToken, newLinkToken } from '../../common/link-token.js';
import type { PostgresErrorFields } from '../../common/postgres-error.js';
import { AppConfig } from '../../config/app-config.js';
import { mailTemplates } from '../../mail/mail-templates.js';
import { MailService } from '../../mail/mail.service.js';
import { NotesService } from '../../notes/notes.service.js';
import { PeopleService } from '../../people/people.service.js';
import type { Person } from '../../people/person.entity.js';
import { requestContext } from '../../request-context/request-context.js';
import { UsersService } from '../../users/users.service.js';
import type { ConfirmEmailResponseDto } from '../dto/confirm-email-response.dto.js';
import { EmailChangeRequest } from './email-change-request.entity.js';

const LINK_LIFETIME_MS = 24 * 3600 * 1000;
/** Saving the same new address again within this time sends no second e-mail. */
const RESEND_AFTER_MS = 5 * 60 * 1000;

const INVALID_LINK = 'This link is invalid, used or expired; change the e-mail on your profile again to get a new one';

const isPeopleEmailClash = (error: unknown): boolean => {
  if (!(error instanceof QueryFailedError)) return false;
  const driver = error.driverError as PostgresErrorFields;
  return driver.code === '23505' && driver.constraint === 'people_email_key';
};

/**
 * Self-service changes of one's own contact e-mail. The change waits for a
 * link sent to the new address, and the request is answered alike whether the
 * address is free or another contact's: the profile form must not tell a
 * member who else is in the CRM. A collision found at confirmation goes to
 * the secretariat as a note on the person.
 */
@Injectable()
export class EmailChangeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly notes: NotesService,
    private readonly config: AppConfig,
    private readonly people: PeopleService,
    private readonly users: UsersService,
  ) {}

  /**
   * Inside the caller's transaction: records the wish to use `email` and mails
   * a confirmation link to it, voiding earlier links. Deliberately does not
   * look at whether another contact uses the address.
   */
  async request(manager: EntityManager, user: AuthenticatedUser, person: Person, email: string): Promise<void> {
    const address = email.trim().toLowerCase();
    if (address === person.email?.toLowerCase()) return;
    const latest = await this.latest(manager, person.id);
    const open = latest && latest.closedAt === null && latest.expiresAt > new Date();
    if (open && latest.email === address && Date.now() - latest.createdAt.getTime() < RESEND_AFTER_MS) return;
    await manager.update(EmailChangeRequest, { personId: person.id, closedAt: IsNull() }, { closedAt: new Date(), outcome: 'superseded' });
    const token = newLinkToken();
    await manager.insert(EmailChangeRequest, {
      personId: person.id,
      userId: user.id,
      email: address,
      tokenHash: hashLinkToken(token),
      expiresAt: new Date(Date.now() + LINK_LIFETIME_MS),
    });
    await this.mail.queue(manager, mailTemplates.emailChange(address, `${this.config.publicUrl}/#/confirm-email?token=${token}`));
  }

  /**
   * The address a change is waiting on, or null. A change handed to the
   * secretariat looks pending until its link would have expired, exactly like
   * one nobody confirmed, so that the requester cannot tell the two apart.
   */
  async pendingEmail(manager: EntityManager, person: Person): Promise<string | null> {
    const latest = await this.latest(manager, person.id);
    if (!latest || latest.expiresAt <= new Date()) return null;
    if (latest.outcome !== null && latest.outcome !== 'secretariat') return null;
    return latest.email === person.email?.toLowerCase() ? null : latest.email;
  }

  /** Applies the change a link confirms, or hands it to the secretariat when the address is taken. */
  async confirm(token: string): Promise<ConfirmEmailResponseDto> {
    try {
      return await this.dataSource.transaction((manager) => this.confirmWithin(manager, token, false));
    } catch (error: unknown) {
      // Another contact took the address between the check and the write.
      if (!isPeopleEmailClash(error)) throw error;
      return this.dataSource.transaction((manager) => this.confirmWithin(manager, token, true));
    }
  }

  private async confirmWithin(manager: EntityManager, token: string, clashed: boolean): Promise<ConfirmEmailResponseDto> {
    const request = await manager.findOne(EmailChangeRequest, {
      where: { tokenHash: hashLinkToken(token), closedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      lock: { mode: 'pessimistic_write' },
    });
    const user = request ? await this.users.findById(manager, request.userId) : null;
    // The account must still be active and still the person's own.
    if (!request || !user || !user.isActive || user.personId !== request.personId) {
      throw new DomainException('link_invalid', { field: 'token' }, INVALID_LINK, 'token');
    }
    // The link is public: the change is the requesting user's, and audited as theirs.
    requestContext.setActor({ id: user.id, email: user.email });
    const person = await this.people.load(manager, request.personId, true);
    const holderId = await this.holderOf(manager, request.email, person.id);
    if (holderId || clashed) {
      await this.close(manager, request, 'secretariat');
      await this.notes.addWithin(
        manager,
        {
          targetType: 'person',
          targetId: person.id,
          body:
            `Asked through self-service to change the contact e-mail to ${request.email}, and confirmed it from that address on ` +
            `${new Date().toISOString().slice(0, 10)}. The change was not applied: another contact record ` +
            `${holderId ? `(person ${holderId}) ` : ''}uses that address. Check whether the two records are the same person ` +
            '(merge them) or complete the change by hand.',
        },
        null,
      );
      return { outcome: 'secretariat' };
    }
    // The person's owner keeps the new primary address out of the further ones, and audits the change.
    await this.people.updateWithin(manager, person.id, { email: request.email });
    await this.close(manager, request, 'changed');
    return { outcome: 'changed', email: request.email };
  }

  /** Another contact that uses the address, as primary or as a further e-mail. */
  private async holderOf(manager: EntityManager, email: string, ownId: string): Promise<string | undefined> {
    const rows = await manager.query<Array<{ id: string }>>(
      `SELECT id FROM people
        WHERE id <> $2 AND (lower(email) = $1 OR other_emails && ARRAY[$1]::text[])
        ORDER BY created_at LIMIT 1`,
      [email, ownId],
    );
    return rows[0]?.id;
  }

  private latest(manager: EntityManager, personId: string): Promise<EmailChangeRequest | null> {
    return manager.findOne(EmailChangeRequest, { where: { personId }, order: { createdAt: 'DESC' } });
  }

  private async close(manager: EntityManager, request: EmailChangeRequest, outcome: 'changed' | 'secretariat'): Promise<void> {
    await manager.update(EmailChangeRequest, { id: request.id }, { closedAt: new Date(), outcome });
  }
}
