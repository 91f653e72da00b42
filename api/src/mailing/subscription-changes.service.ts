import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MergeReferencesService } from '../duplicates/merge-references.service.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { JobName, QueueName } from '../queue/queue-names.js';
import type { SyncPersonPayload } from './mailing-sync.service.js';

/**
 * Tells the providers of a change, in the caller's transaction: the
 * subscriptions' version moves (so that the sync knows what the provider has
 * not heard yet) and one outbox row per person is written.
 */
@Injectable()
export class SubscriptionChangesService implements OnModuleInit {
  constructor(
    private readonly outbox: OutboxService,
    private readonly references: MergeReferencesService,
  ) {}

  /** Merges of people move subscriptions through this service, which tells the providers. */
  onModuleInit(): void {
    this.references.registerMover('people', (manager, fromId, toId) => this.personMergedWithin(manager, fromId, toId));
  }

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

  /**
   * A person is merged into another. Where both are on a list, the kept
   * person's subscription stays and the duplicate's is dropped: the address
   * the provider has for it (if not the kept one's) is removed there. Every
   * other subscription moves to the kept person and is sent again, so the
   * provider gets the kept person's address.
   */
  async personMergedWithin(manager: EntityManager, fromId: string, toId: string): Promise<void> {
    const dropped: { mailing_list_id: string; synced_email: string | null; kept_email: string | null }[] = await manager.query(
      `SELECT merged.mailing_list_id, merged.synced_email, kept.synced_email AS kept_email
         FROM subscriptions merged JOIN subscriptions kept ON kept.mailing_list_id = merged.mailing_list_id AND kept.person_id = $2
        WHERE merged.person_id = $1`,
      [fromId, toId],
    );
    if (dropped.length > 0) {
      await manager.query(`DELETE FROM subscriptions WHERE person_id = $1 AND mailing_list_id = ANY($2::uuid[])`, [
        fromId,
        dropped.map((row) => row.mailing_list_id),
      ]);
    }
    const [moved]: [{ id: string }[], number] = await manager.query(
      `UPDATE subscriptions SET person_id = $2, version = version + 1 WHERE person_id = $1 AND (status = 'subscribed' OR synced_email IS NOT NULL) RETURNING id`,
      [fromId, toId],
    );
    await manager.query(`UPDATE subscriptions SET person_id = $2 WHERE person_id = $1`, [fromId, toId]);
    const erase = dropped.flatMap((row) =>
      row.synced_email && row.synced_email.toLowerCase() !== row.kept_email?.toLowerCase()
        ? [{ mailingListId: row.mailing_list_id, email: row.synced_email }]
        : [],
    );
    if (erase.length === 0 && moved.length === 0) return;
    const payload: SyncPersonPayload = { reason: 'merge', ...(erase.length > 0 ? { erase } : {}) };
    await this.outbox.addForPerson(manager, QueueName.MailingSync, JobName.SyncPerson, toId, payload);
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
