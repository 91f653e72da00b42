import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AuditService, type ManualAuditEntry } from '../audit/audit.service.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { JobName, QueueName } from '../queue/queue-names.js';
import type { ReconcileMode } from './mailing.contract.js';
import { MailingList } from './mailing-list.entity.js';
import { MailingRulesService } from './mailing-rules.service.js';
import { MailingSyncService } from './mailing-sync.service.js';
import type { MailingProvider, ProviderMember } from './providers/mailing-provider.js';
import { MailingProviderFactory } from './providers/provider-factory.js';
import { ReconcileRun } from './reconcile-run.entity.js';

/** How far back an incremental pass looks before the last one, against clock skew between us and the provider. */
const OVERLAP_MS = 60_000;

interface OurRow {
  id: string;
  person_id: string;
  email: string;
  status: string;
  version: number;
  synced_version: number;
  subscribed_at: Date | null;
}

type Counts = Record<string, number>;

/**
 * Brings back what happened at the providers: opt-outs, blocklists, bounces
 * and removals from the roster become our subscriptions' status (the provider
 * wins for opt-outs); where the provider is behind our record (someone we
 * unsubscribed is still on it), the change is sent again (we win for our data),
 * also for an address we never recorded there (an add that timed out on our
 * side and was applied by the provider after the removal).
 * Incremental passes ask for changes since the last pass where the provider
 * can filter; the full pass walks every member and also treats a member we
 * delivered but the provider no longer lists as removed.
 */
@Injectable()
export class ReconcileService {
  private readonly logger = new Logger(ReconcileService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly providers: MailingProviderFactory,
    private readonly rules: MailingRulesService,
    private readonly sync: MailingSyncService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /** Runs the pass recorded as `runId` (created by the API or the schedule); a finished run is not run again. */
  async run(runId: string | null, mode: ReconcileMode): Promise<ReconcileRun> {
    const repository = this.dataSource.getRepository(ReconcileRun);
    let run = runId ? await repository.findOne({ where: { id: runId } }) : null;
    if (!run) run = await repository.save(repository.create({ id: runId ?? undefined, mode, status: 'queued', changes: {} }));
    if (run.status === 'done') return run;
    const started = new Date();
    await repository.update({ id: run.id }, { status: 'running', startedAt: started, processed: 0, error: null });
    const counts: Counts = {};
    try {
      if (mode === 'full') {
        const outcome = await this.dataSource.transaction((manager) => this.rules.evaluateWithin(manager, null));
        add(counts, 'ruleSubscribed', outcome.subscribed);
        add(counts, 'ruleEnded', outcome.ended + outcome.consentWithdrawn);
      }
      const lists = (await this.dataSource.getRepository(MailingList).find({ order: { name: 'ASC' } })).filter(
        (list) => list.providerListId && this.providers.forKind(list.provider),
      );
      const totals: { total: string }[] = await this.dataSource.query(
        `SELECT count(*) AS total FROM subscriptions WHERE mailing_list_id = ANY($1::uuid[]) AND synced_email IS NOT NULL`,
        [lists.map((list) => list.id)],
      );
      await repository.update({ id: run.id }, { total: Number(totals[0]?.total ?? 0) });
      let processed = 0;
      for (const list of lists) {
        const provider = this.providers.forKind(list.provider) as MailingProvider;
        const since = mode === 'incremental' && list.reconciledAt ? new Date(list.reconciledAt.getTime() - OVERLAP_MS) : undefined;
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const page = await provider.listMembers(list.providerListId as string, cursor, since);
          await this.applyPage(list, page.members, counts);
          if (mode === 'full') for (const member of page.members) if (member.state === 'subscribed') seen.push(member.email.toLowerCase());
          processed += page.members.length;
          cursor = page.next;
          await repository.update({ id: run.id }, { processed, changes: { ...counts } });
        } while (cursor !== null);
        if (mode === 'full') add(counts, 'removedAtProvider', await this.missingAtProvider(list.id, seen, started));
        await this.dataSource.getRepository(MailingList).update({ id: list.id }, { reconciledAt: started, updatedAt: () => 'updated_at' });
      }
      add(counts, 'requeued', await this.sync.requeueWaiting());
      await repository.update({ id: run.id }, { status: 'done', processed, changes: counts, finishedAt: new Date() });
      this.logger.log({ runId: run.id, mode, counts }, 'Mailing reconcile done');
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await repository.update({ id: run.id }, { status: 'failed', error: message.slice(0, 2000), changes: counts, finishedAt: new Date() });
      throw error;
    }
    return (await repository.findOne({ where: { id: run.id } })) as ReconcileRun;
  }

  /**
   * One set-based query per page: whether any member of it differs from our record (an opt-out,
   * blocklist or bounce of someone we have subscribed; someone we ended still on the list, by the
   * address we delivered or, never delivered, by the person's address). A page that agrees with
   * us, the usual case, costs that one query; one that does not is applied under row locks.
   */
  private async pageDiffers(listId: string, members: ProviderMember[]): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `WITH page AS (SELECT * FROM unnest($2::text[], $3::text[]) AS m(email, state))
       SELECT 1 FROM page JOIN subscriptions s ON s.mailing_list_id = $1 AND lower(s.synced_email) = page.email AND s.synced_email IS NOT NULL
        WHERE (page.state <> 'subscribed' AND s.status IN ('subscribed', 'pending'))
           OR (page.state = 'subscribed' AND s.status <> 'subscribed' AND s.version <= s.synced_version)
       UNION ALL
       SELECT 1 FROM page JOIN people p ON lower(p.email) = page.email JOIN subscriptions s ON s.person_id = p.id AND s.mailing_list_id = $1
        WHERE page.state = 'subscribed' AND s.status <> 'subscribed' AND s.synced_email IS NULL
          AND s.ended_by IS DISTINCT FROM 'provider' AND s.version <= s.synced_version
       LIMIT 1`,
      [listId, members.map((member) => member.email.toLowerCase()), members.map((member) => member.state)],
    );
    return rows.length > 0;
  }

  private async applyPage(list: MailingList, members: ProviderMember[], counts: Counts): Promise<void> {
    if (members.length === 0 || !(await this.pageDiffers(list.id, members))) return;
    const byEmail = new Map(members.map((member) => [member.email.toLowerCase(), member]));
    await this.dataSource.transaction(async (manager) => {
      const ours: OurRow[] = await manager.query(
        `SELECT id, person_id, lower(synced_email) AS email, status, version, synced_version, subscribed_at
           FROM subscriptions WHERE mailing_list_id = $1 AND lower(synced_email) = ANY($2::text[]) FOR UPDATE`,
        [list.id, [...byEmail.keys()]],
      );
      const optOuts: { row: OurRow; status: 'unsubscribed' | 'bounced' }[] = [];
      const resend: OurRow[] = [];
      for (const row of ours) {
        const member = byEmail.get(row.email);
        if (!member) continue;
        if (member.state !== 'subscribed') {
          if (row.status !== 'subscribed' && row.status !== 'pending') continue;
          // An opt-out older than our (re)subscription is what we are about to overwrite, not news.
          if (member.updatedAt && row.subscribed_at && member.updatedAt < new Date(row.subscribed_at) && row.version > row.synced_version) continue;
          optOuts.push({ row, status: member.state === 'bounced' ? 'bounced' : 'unsubscribed' });
        } else if (row.status !== 'subscribed' && row.version <= row.synced_version) {
          resend.push(row);
        }
      }
      for (const status of ['unsubscribed', 'bounced'] as const) {
        const ids = optOuts.filter((entry) => entry.status === status).map((entry) => entry.row.id);
        if (ids.length === 0) continue;
        // The provider has it already: recorded as delivered, with no address left there.
        await manager.query(
          `UPDATE subscriptions SET status = $2, ended_by = 'provider', unsubscribed_at = now(), version = version + 1, synced_version = version + 1,
                  synced_email = NULL, last_synced_at = now(), last_error = NULL, sync_failed_at = NULL, updated_at = now()
            WHERE id = ANY($1::uuid[])`,
          [ids, status],
        );
        add(counts, status === 'bounced' ? 'bounced' : 'unsubscribed', ids.length);
      }
      if (resend.length > 0) {
        await manager.query(`UPDATE subscriptions SET version = version + 1 WHERE id = ANY($1::uuid[])`, [resend.map((row) => row.id)]);
        add(counts, 'resent', resend.length);
      }
      const entries: ManualAuditEntry[] = optOuts.map(({ row, status }) => ({
        action: 'update',
        entityType: 'Subscription',
        entityId: row.id,
        changes: { status: { before: row.status, after: status }, endedBy: { before: null, after: 'provider' } },
        actor: null,
      }));
      await this.audit.record(manager, entries);
      const strays = await this.strayMembers(manager, list.id, members);
      if (strays.length > 0) {
        // The provider has the address though we delivered its removal: a call that timed out landed late. It is removed again.
        for (const stray of strays) {
          await manager.query(`UPDATE subscriptions SET version = version + 1, synced_email = $2 WHERE id = $1`, [stray.id, stray.providerEmail]);
        }
        add(counts, 'resent', strays.length);
      }
      for (const personId of new Set([...resend, ...strays].map((row) => row.person_id))) {
        await this.outbox.addForPerson(manager, QueueName.MailingSync, JobName.SyncPerson, personId, { reason: 'reconcile' });
      }
    });
  }

  /**
   * Members the provider lists as subscribed whose subscription we hold ended, delivered, and with
   * no address at the provider: an add that timed out on our side and was applied after the
   * removal. Opt-outs the provider reported are left alone (the member may have come back there).
   * Matched by the person's address, read in SQL like the rules read people.
   */
  private async strayMembers(
    manager: EntityManager,
    listId: string,
    members: ProviderMember[],
  ): Promise<{ id: string; person_id: string; providerEmail: string }[]> {
    const subscribed = new Map(members.filter((member) => member.state === 'subscribed').map((member) => [member.email.toLowerCase(), member.email]));
    if (subscribed.size === 0) return [];
    const rows: { id: string; person_id: string; email: string }[] = await manager.query(
      `SELECT s.id, s.person_id, lower(p.email) AS email
         FROM subscriptions s JOIN people p ON p.id = s.person_id
        WHERE s.mailing_list_id = $1 AND lower(p.email) = ANY($2::text[]) AND s.status <> 'subscribed' AND s.synced_email IS NULL
          AND s.ended_by IS DISTINCT FROM 'provider' AND s.version <= s.synced_version
        FOR UPDATE OF s`,
      [listId, [...subscribed.keys()]],
    );
    return rows.map((row) => ({ id: row.id, person_id: row.person_id, providerEmail: subscribed.get(row.email) ?? row.email }));
  }

  /** Full pass: subscriptions we delivered before the pass began that the provider no longer lists were removed there. */
  private async missingAtProvider(listId: string, seen: string[], started: Date): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const [rows]: [{ id: string }[], number] = await manager.query(
        `WITH seen AS (SELECT DISTINCT unnest($2::text[]) AS email)
         UPDATE subscriptions s
            SET status = 'unsubscribed', ended_by = 'provider', unsubscribed_at = now(), version = s.version + 1, synced_version = s.version + 1,
                synced_email = NULL, updated_at = now()
          WHERE s.mailing_list_id = $1 AND s.status = 'subscribed' AND s.version = s.synced_version AND s.synced_email IS NOT NULL
            AND s.last_synced_at < $3
            AND NOT EXISTS (SELECT 1 FROM seen WHERE seen.email = lower(s.synced_email))
          RETURNING s.id`,
        [listId, seen, started],
      );
      await this.audit.record(
        manager,
        rows.map((row) => ({
          action: 'update' as const,
          entityType: 'Subscription',
          entityId: row.id,
          changes: { status: { before: 'subscribed', after: 'unsubscribed' }, endedBy: { before: null, after: 'provider' } },
          actor: null,
        })),
      );
      return rows.length;
    });
  }

  /** Runs of the last days, newest first. */
  async latest(limit: number): Promise<ReconcileRun[]> {
    return this.dataSource.getRepository(ReconcileRun).find({ order: { createdAt: 'DESC' }, take: limit });
  }

  async find(ids: string[]): Promise<ReconcileRun[]> {
    return this.dataSource.getRepository(ReconcileRun).find({ where: { id: In(ids) } });
  }
}

function add(counts: Counts, key: string, value: number): void {
  if (value > 0) counts[key] = (counts[key] ?? 0) + value;
}
