import { Column, Entity, Index } from 'typeorm';
import { AuditEntityType, AuditIgnore } from '../audit/audit-ignore.decorator.js';
import { BaseEntity } from '../common/base.entity.js';
import { OwnMergeRule } from '../duplicates/merge-references.js';
import type { SubscriptionEnder, SubscriptionSource, SubscriptionStatus } from './mailing.contract.js';

/**
 * A person on a list. `version` counts the changes the provider must hear of;
 * `syncedVersion` is the last one it has. The sync columns are bookkeeping and
 * stay out of the audit trail.
 */
@AuditEntityType('Subscription')
@OwnMergeRule('the provider must hear of it: a dropped duplicate subscription removes its address there (SubscriptionChangesService.personMergedWithin)')
@Entity('subscriptions')
@Index('subscriptions_person_list_key', ['personId', 'mailingListId'], { unique: true })
export class Subscription extends BaseEntity {
  @Column({ type: 'uuid' })
  personId: string;

  @Column({ type: 'uuid' })
  mailingListId: string;

  @Column({ type: 'text' })
  status: SubscriptionStatus;

  @Column({ type: 'text' })
  source: SubscriptionSource;

  @Column({ type: 'uuid', nullable: true })
  ruleId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  subscribedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  unsubscribedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  endedBy: SubscriptionEnder | null;

  @AuditIgnore()
  @Column({ type: 'integer', default: 1 })
  version: number;

  @AuditIgnore()
  @Column({ type: 'integer', default: 0 })
  syncedVersion: number;

  /** The address the provider has for this person, null when it has none. */
  @AuditIgnore()
  @Column({ type: 'varchar', length: 254, nullable: true })
  syncedEmail: string | null;

  @AuditIgnore()
  @Column({ type: 'timestamptz', nullable: true })
  lastSyncedAt: Date | null;

  @AuditIgnore()
  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @AuditIgnore()
  @Column({ type: 'timestamptz', nullable: true })
  syncFailedAt: Date | null;
}
