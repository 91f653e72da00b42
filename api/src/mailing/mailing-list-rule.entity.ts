import { Column, Entity } from 'typeorm';
import { AuditEntityType } from '../audit/audit-ignore.decorator.js';
import { BaseEntity } from '../common/base.entity.js';
import type { MailingLanguage, RuleAudience } from './mailing.contract.js';

/**
 * "The primary contact of every active member organization whose language is
 * X joins list Y", as data. Re-evaluated when membership, affiliation,
 * language or consent change.
 */
@AuditEntityType('MailingListRule')
@Entity('mailing_list_rules')
export class MailingListRule extends BaseEntity {
  @Column({ type: 'uuid' })
  mailingListId: string;

  @Column({ type: 'text' })
  audience: RuleAudience;

  /** Only people (or, when they state none, organizations) speaking this language; null: any. */
  @Column({ type: 'text', nullable: true })
  language: MailingLanguage | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;
}
