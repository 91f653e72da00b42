import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxService } from '../outbox/outbox.service.js';
import { JobName, QueueName } from '../queue/queue-names.js';
import type { SyncPersonPayload } from './mailing-sync.service.js';

/**
 * Tells the providers of a change, in the caller's transaction: the
 * subscriptions' version moves (so that the sync knows what the provider has
 * not heard yet) and one outbox row per person is written.
 */
@Injectable()
export class SubscriptionChangesService {
  constructor(private readonly outbox: OutboxService) {}

  /** One outbox row for a person whose subscriptions' versions were already moved. */
  async notifyWithin(manager: EntityManager, personId: string, reason: string): Promise<void> {
    const payload: SyncPersonPayload = { reason };
    await this.outbox.addForPerson(manager, QueueName.MailingSync, JobName.SyncPerson, personId, payload);
  }

  /**
   * A person's address or name changed: every subscription the provider knows
   * (or should know) of is sent again.
   */
  async personChangedWithin(manager: EntityManager, personIds: readonly string[], reason: string): Promise<void> {
    if (personIds.length === 0) return;
    const [rows]: [{ person_id: string }[], number] = await manager.query(
      `UPDATE subscriptions SET version = version + 1
        WHERE person_id = ANY($1::uuid[]) AND (status = 'subscribed' OR synced_email IS NOT NULL)
        RETURNING person_id`,
      [[...new Set(personIds)]],
    );
    for (const personId of new Set(rows.map((row) => row.person_id))) await this.notifyWithin(manager, personId, reason);
  }

  /** A person is erased: the providers remove the addresses they have, after the rows are gone. */
  async personErasedWithin(manager: EntityManager, personId: string): Promise<void> {
    const rows: { mailing_list_id: string; synced_email: string }[] = await manager.query(
      `SELECT mailing_list_id, synced_email FROM subscriptions WHERE person_id = $1 AND synced_email IS NOT NULL`,
      [personId],
    );
    if (rows.length === 0) return;
    const payload: SyncPersonPayload = { reason: 'erasure', erase: rows.map((row) => ({ mailingListId: row.mailing_list_id, email: row.synced_email })) };
    await this.outbox.addForPerson(manager, QueueName.MailingSync, JobName.SyncPerson, personId, payload);
  }

  /** A list moved to another provider: everyone on it is sent to the new one. */
  async resendListWithin(manager: EntityManager, mailingListId: string): Promise<void> {
    const [rows]: [{ person_id: string }[], number] = await manager.query(
      `UPDATE subscriptions SET version = version + 1, synced_email = NULL, sync_failed_at = NULL
        WHERE mailing_list_id = $1 AND status = 'subscribed' RETURNING person_id`,
      [mailingListId],
    );
    for (const personId of new Set(rows.map((row) => row.person_id))) await this.notifyWithin(manager, personId, 'list-provider');
  }
}
