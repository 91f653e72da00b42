import { Column, Entity } from 'typeorm';
import { AuditEntityType } from '../audit/audit-ignore.decorator.js';
import { BaseEntity } from '../common/base.entity.js';
import type { MailingAudience, MailingLanguage, MailingProviderKind } from './mailing.contract.js';

/** A mailing list we keep the roster of; its provider delivers the mail. */
@AuditEntityType('MailingList')
@Entity('mailing_lists')
export class MailingList extends BaseEntity {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** The list's slug at the provider, e.g. members-es; unique. */
  @Column({ type: 'varchar', length: 63 })
  key: string;

  @Column({ type: 'text' })
  language: MailingLanguage;

  @Column({ type: 'text' })
  audience: MailingAudience;

  @Column({ type: 'text', default: 'none' })
  provider: MailingProviderKind;

  /** The provider's id of the list, learnt by ensureList on the first delivery. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  providerListId: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** When the last reconcile finished for this list. */
  @Column({ type: 'timestamptz', nullable: true })
  reconciledAt: Date | null;
}
