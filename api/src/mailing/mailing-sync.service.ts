import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { OutboxMessage } from '../outbox/outbox-message.entity.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { JobName, QueueName } from '../queue/queue-names.js';
import type { SubscriptionStatus } from './mailing.contract.js';
import { MailingList } from './mailing-list.entity.js';
import { PermanentProviderError, type MailingProvider } from './providers/mailing-provider.js';
import { MailingProviderFactory } from './providers/provider-factory.js';
import { Subscription } from './subscription.entity.js';

/** What a sync-person job carries: whose subscriptions to bring to the provider, and, for an erased person, the addresses to remove. */
export interface SyncPersonPayload {
  reason: string;
  erase?: { mailingListId: string; email: string }[];
}

export type SyncOutcome = 'delivered' | 'already-delivered' | 'not-configured';

/** Marks an outbox row that waits for its list's provider to be configured. */
export const NOT_CONFIGURED = 'not configured: the list has no provider, or its provider address is not set';

/** A subscription the provider has not heard of yet, with its list and its person, as the sync reads them. */
interface PendingSubscription {
  id: string;
  status: SubscriptionStatus;
  ended_by: string | null;
  version: number;
  synced_email: string | null;
  list_id: string;
  list_key: string;
  list_name: string;
  list_language: MailingList['language'];
  provider: MailingList['provider'];
  provider_list_id: string | null;
  email: string | null;
  first_name: string | null;
  last_name: string | null;
}

/** What the provider holds of a subscription after this pass, and the version it was sent at. */
interface SyncedSubscription {
  id: string;
  syncedEmail: string | null;
  version: number;
}

/** What the sync needs of a list to find (or create) it at its provider. */
type ListOfSync = Pick<MailingList, 'id' | 'key' | 'name' | 'language' | 'providerListId'>;

interface Failure {
  subscriptionId: string;
  message: string;
  permanent: boolean;
}

/** The person's name as the list server shows it. */
const displayName = (person: { firstName: string; lastName: string }): string | null => `${person.firstName} ${person.lastName}`.trim() || null;

/** Whether the provider should have this person on the list. */
const wantsOnList = (status: SubscriptionStatus): boolean => status === 'subscribed';

/**
 * Brings one person's subscriptions to their lists' providers. It reads the
 * subscriptions' *current* state under a per-person lock, so changes apply in
 * order whatever order their jobs run in: a late job of an old subscribe finds
 * the later unsubscribe and removes. Each outbox row it saw before reading is
 * marked delivered once the provider has that state, so a job that runs twice
 * (a crash after the call, before the mark) sends nothing the second time.
 */
@Injectable()
export class MailingSyncService {
  private readonly logger = new Logger(MailingSyncService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly providers: MailingProviderFactory,
    private readonly outbox: OutboxService,
  ) {}

  /** Applies the person's pending changes for the outbox row `messageId`; throws for a retry (or a PermanentProviderError). */
  async syncPerson(messageId: string, personId: string, payload: SyncPersonPayload): Promise<SyncOutcome> {
    const failures: Failure[] = [];
    let outcome: SyncOutcome;
    try {
      outcome = await this.dataSource.transaction(async (manager) => {
        await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`mailing-sync:${personId}`]);
        // The person's undelivered rows as of now: this job's own is among them unless another job delivered it.
        const seen: { id: string }[] = await manager.query(`SELECT id FROM outbox_messages WHERE person_id = $1 AND queue = $2 AND delivered_at IS NULL`, [
          personId,
          QueueName.MailingSync,
        ]);
        const seenIds = seen.map((message) => message.id);
        if (!seenIds.includes(messageId) && (await this.deliveredOrGone(manager, messageId))) return 'already-delivered';
        if (!seenIds.includes(messageId)) seenIds.push(messageId);
        const erased = payload.erase && payload.erase.length > 0 ? await this.erase(manager, payload.erase) : false;
        const applied = await this.applySubscriptions(manager, personId, failures);
        if (failures.length > 0) {
          // Nothing of this pass is kept: the rows are marked after the transaction, then the job is retried or given up.
          throw new SyncFailed(failures);
        }
        const waiting = erased || applied.waiting;
        await this.record(manager, applied.synced, seenIds, waiting);
        return waiting ? 'not-configured' : 'delivered';
      });
    } catch (error) {
      if (!(error instanceof SyncFailed)) throw error;
      await this.recordFailures(error.failures);
      const permanent = error.failures.find((failure) => failure.permanent);
      const summary = error.failures.map((failure) => failure.message).join('; ');
      if (permanent) throw new PermanentProviderError(summary);
      throw new Error(summary, { cause: error });
    }
    return outcome;
  }

  /** The person an outbox row is about. */
  async personOfMessage(messageId: string): Promise<string | null> {
    const row = await this.dataSource.manager.findOne(OutboxMessage, { select: { id: true, personId: true }, where: { id: messageId } });
    return row?.personId ?? null;
  }

  /** After the last try (or a permanent refusal): the row is failed, with its reason, until someone retries it. */
  async markFailed(messageId: string, reason: string): Promise<void> {
    await this.dataSource.manager.update(OutboxMessage, { id: messageId, deliveredAt: IsNull() }, { failedAt: new Date(), lastError: reason.slice(0, 2000) });
  }

  /** Notes a transient failure on the row without giving it up. */
  async noteAttempt(messageId: string, reason: string): Promise<void> {
    await this.dataSource.manager.update(OutboxMessage, { id: messageId, deliveredAt: IsNull() }, { lastError: reason.slice(0, 2000) });
  }

  /**
   * Queues a fresh sync for every person whose changes wait on a list whose
   * provider is now configured (or whose sync was lost): the worker runs it
   * at start and with every reconcile. Returns how many people it queued.
   */
  async requeueWaiting(limit = 10000): Promise<number> {
    const kinds = this.providers.configuredKinds();
    if (kinds.length === 0) return 0;
    return this.dataSource.transaction(async (manager) => {
      const rows: { person_id: string }[] = await manager.query(
        `SELECT DISTINCT s.person_id
           FROM subscriptions s JOIN mailing_lists l ON l.id = s.mailing_list_id
          WHERE s.version > s.synced_version AND s.sync_failed_at IS NULL AND l.provider = ANY($1)
            AND NOT EXISTS (
              SELECT 1 FROM outbox_messages m
               WHERE m.person_id = s.person_id AND m.queue = $2 AND m.delivered_at IS NULL AND m.failed_at IS NULL
                 AND (m.relayed_at IS NULL OR m.last_error IS DISTINCT FROM $3))
          LIMIT $4`,
        [kinds, QueueName.MailingSync, NOT_CONFIGURED, limit],
      );
      for (const row of rows) await this.outbox.addForPerson(manager, QueueName.MailingSync, JobName.SyncPerson, row.person_id, { reason: 'requeue' });
      return rows.length;
    });
  }

  /** Rows relayed a while ago and still undelivered (not failed, not waiting for a provider): candidates for a lost job. */
  async staleRelayed(olderThanSeconds: number, limit = 500): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM outbox_messages
        WHERE queue = $1 AND delivered_at IS NULL AND failed_at IS NULL AND relayed_at IS NOT NULL
          AND relayed_at < now() - make_interval(secs => $2) AND last_error IS DISTINCT FROM $3
        ORDER BY created_at LIMIT $4`,
      [QueueName.MailingSync, olderThanSeconds, NOT_CONFIGURED, limit],
    );
    return rows.map((row) => row.id);
  }

  /** Hands rows whose job Redis lost (restarted empty) back to the relay, which queues them again under their own id. */
  async release(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.query(`UPDATE outbox_messages SET relayed_at = NULL WHERE id = ANY($1::uuid[]) AND delivered_at IS NULL`, [ids]);
  }

  /** A row missing from the person's undelivered ones: delivered by another job, or of another person (then it is read as it is). */
  private async deliveredOrGone(manager: EntityManager, messageId: string): Promise<boolean> {
    const rows: { delivered_at: Date | null }[] = await manager.query(`SELECT delivered_at FROM outbox_messages WHERE id = $1`, [messageId]);
    return rows.length === 0 || rows[0]?.delivered_at !== null;
  }

  /**
   * Sends the person's unsent subscriptions, read with their lists and the person in one query;
   * returns what the provider now holds of each (written by `record`), and whether some change
   * waits for an unconfigured provider. A delivery is a handful of statements, most of its time
   * the provider's.
   */
  private async applySubscriptions(manager: EntityManager, personId: string, failures: Failure[]): Promise<{ waiting: boolean; synced: SyncedSubscription[] }> {
    const subscriptions: PendingSubscription[] = await manager.query(
      `SELECT s.id, s.status, s.ended_by, s.version, s.synced_email,
              l.id AS list_id, l.key AS list_key, l.name AS list_name, l.language AS list_language, l.provider, l.provider_list_id,
              p.email, p.first_name, p.last_name
         FROM subscriptions s
         JOIN mailing_lists l ON l.id = s.mailing_list_id
         LEFT JOIN people p ON p.id = s.person_id
        WHERE s.person_id = $1 AND s.version > s.synced_version`,
      [personId],
    );
    let waiting = false;
    const synced: SyncedSubscription[] = [];
    for (const subscription of subscriptions) {
      const provider = this.providers.forKind(subscription.provider);
      if (!provider) {
        waiting = true;
        continue;
      }
      const email = subscription.email;
      const name = email === null ? null : displayName({ firstName: subscription.first_name ?? '', lastName: subscription.last_name ?? '' });
      try {
        const listId = await this.providerListId(manager, provider, {
          id: subscription.list_id,
          key: subscription.list_key,
          name: subscription.list_name,
          language: subscription.list_language,
          providerListId: subscription.provider_list_id,
        });
        let syncedEmail = subscription.synced_email;
        if (wantsOnList(subscription.status) && email) {
          if (syncedEmail && syncedEmail.toLowerCase() !== email.toLowerCase()) await provider.changeEmail(listId, syncedEmail, email, name);
          else await provider.upsertMember(listId, { email, name });
          syncedEmail = email;
        } else if (syncedEmail) {
          // A bounce or an opt-out the provider reported is already in effect there.
          const providerKnows = subscription.status === 'bounced' || (subscription.status === 'unsubscribed' && subscription.ended_by === 'provider');
          if (!providerKnows || !email || email.toLowerCase() !== syncedEmail.toLowerCase()) await provider.removeMember(listId, syncedEmail);
          syncedEmail = null;
        }
        synced.push({ id: subscription.id, syncedEmail, version: subscription.version });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const permanent = error instanceof PermanentProviderError;
        failures.push({ subscriptionId: subscription.id, message: `${subscription.list_key}: ${message}`, permanent });
        if (!permanent && wantsOnList(subscription.status) && email && !subscription.synced_email) {
          await this.notePossiblyAdded(subscription.id, email);
        }
      }
    }
    return { waiting, synced };
  }

  /**
   * Writes, in one statement, what the provider now holds of each subscription sent and the
   * outcome on the outbox rows seen (delivered, or waiting for a provider). The address the
   * provider holds is a fact whatever changed meanwhile: an unsubscribe made while this add was
   * under way must find it, or it would take the person for absent there. The version is claimed
   * only if nothing changed meanwhile; a change that did is still to send.
   */
  private async record(manager: EntityManager, synced: SyncedSubscription[], seenIds: string[], waiting: boolean): Promise<void> {
    const outcome = waiting ? `last_error = $5` : `delivered_at = $5, failed_at = NULL, last_error = NULL`;
    await manager.query(
      `WITH synced AS (
         UPDATE subscriptions s
            SET synced_email = w.synced_email,
                synced_version = CASE WHEN s.version = w.version THEN w.version ELSE s.synced_version END,
                last_synced_at = CASE WHEN s.version = w.version THEN now() ELSE s.last_synced_at END,
                last_error = CASE WHEN s.version = w.version THEN NULL ELSE s.last_error END,
                sync_failed_at = CASE WHEN s.version = w.version THEN NULL ELSE s.sync_failed_at END
           FROM unnest($2::uuid[], $3::text[], $4::int[]) AS w(id, synced_email, version)
          WHERE s.id = w.id)
       UPDATE outbox_messages SET ${outcome} WHERE id = ANY($1::uuid[]) AND delivered_at IS NULL`,
      [
        seenIds,
        synced.map((entry) => entry.id),
        synced.map((entry) => entry.syncedEmail),
        synced.map((entry) => entry.version),
        waiting ? NOT_CONFIGURED : new Date(),
      ],
    );
  }

  /**
   * An add that timed out (or met a 5xx) may have been applied all the same, or may be applied
   * later. The address is recorded as possibly at the provider, so that a later unsubscribe
   * removes it instead of taking it for absent. Written on its own connection, while this pass
   * still holds the person's lock: the pass's own transaction is rolled back.
   */
  private async notePossiblyAdded(subscriptionId: string, email: string): Promise<void> {
    await this.dataSource.query(`UPDATE subscriptions SET synced_email = $2 WHERE id = $1 AND synced_email IS NULL`, [subscriptionId, email]);
  }

  private async erase(manager: EntityManager, entries: NonNullable<SyncPersonPayload['erase']>): Promise<boolean> {
    const lists = new Map((await manager.find(MailingList, { where: { id: In(entries.map((entry) => entry.mailingListId)) } })).map((list) => [list.id, list]));
    let waiting = false;
    for (const entry of entries) {
      const list = lists.get(entry.mailingListId);
      if (!list) continue;
      const provider = this.providers.forKind(list.provider);
      if (!provider) {
        waiting = true;
        continue;
      }
      await provider.removeMember(await this.providerListId(manager, provider, list), entry.email);
    }
    return waiting;
  }

  private async providerListId(manager: EntityManager, provider: MailingProvider, list: ListOfSync): Promise<string> {
    if (list.providerListId) return list.providerListId;
    // The first deliveries of a new list run at once: one creates the list at the provider, the others wait and read its id.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`mailing-list:${list.id}`]);
    const fresh = await manager.findOne(MailingList, { where: { id: list.id } });
    if (fresh?.providerListId) {
      list.providerListId = fresh.providerListId;
      return fresh.providerListId;
    }
    const id = await provider.ensureList({ key: list.key, name: list.name, language: list.language });
    await manager.update(MailingList, { id: list.id }, { providerListId: id, updatedAt: () => 'updated_at' });
    list.providerListId = id;
    this.logger.log({ list: list.key, providerListId: id }, 'Mailing list created at its provider');
    return id;
  }

  private async recordFailures(failures: Failure[]): Promise<void> {
    for (const failure of failures) {
      await this.dataSource.manager.update(
        Subscription,
        { id: failure.subscriptionId },
        { lastError: failure.message.slice(0, 2000), ...(failure.permanent ? { syncFailedAt: new Date() } : {}), updatedAt: () => 'updated_at' },
      );
    }
  }
}

class SyncFailed extends Error {
  constructor(readonly failures: Failure[]) {
    super(failures.map((failure) => failure.message).join('; '));
  }
}
