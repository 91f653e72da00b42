import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { DomainException, notFound } from '../common/domain.exception.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { JobName, QueueName } from '../queue/queue-names.js';
import { FailedChangeDto, ReconcileRunDto, RetryResultDto, SyncStatusDto, toReconcileRunDto } from './dto/mailing-operations.dto.js';
import { reconcilePercent, type ReconcileMode } from './mailing.contract.js';
import { MailingProviderFactory } from './providers/provider-factory.js';
import { ReconcileRun } from './reconcile-run.entity.js';
import { SubscriptionChangesService } from './subscription-changes.service.js';

/** What the reconcile job's payload carries. */
export interface ReconcilePayload {
  runId: string;
  mode: ReconcileMode;
}

/** The state of the mailing sync as a whole: outbox depth and age, failures, reconcile runs. */
@Injectable()
export class MailingOperationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly providers: MailingProviderFactory,
    private readonly outbox: OutboxService,
    private readonly changes: SubscriptionChangesService,
  ) {}

  async status(): Promise<SyncStatusDto> {
    const [outbox] = await this.dataSource.query<{ pending: string; oldest: string | null }[]>(
      `SELECT count(*) FILTER (WHERE failed_at IS NULL) AS pending,
              extract(epoch FROM now() - min(created_at) FILTER (WHERE failed_at IS NULL)) AS oldest
         FROM outbox_messages WHERE queue = $1 AND delivered_at IS NULL AND failed_at IS NULL`,
      [QueueName.MailingSync],
    );
    const [failed] = await this.dataSource.query<{ failed: string }[]>(
      `SELECT count(*) AS failed FROM outbox_messages WHERE queue = $1 AND failed_at IS NOT NULL AND delivered_at IS NULL`,
      [QueueName.MailingSync],
    );
    const last = await this.dataSource.getRepository(ReconcileRun).find({ order: { createdAt: 'DESC' }, take: 1 });
    return {
      configuredProviders: this.providers.configuredKinds(),
      pending: Number(outbox?.pending ?? 0),
      failed: Number(failed?.failed ?? 0),
      oldestPendingSeconds: outbox?.oldest === null || outbox?.oldest === undefined ? null : Math.round(Number(outbox.oldest)),
      lastReconcile: last[0] ? toRun(last[0]) : null,
    };
  }

  async failedChanges(limit: number): Promise<FailedChangeDto[]> {
    const rows: { id: string; person_id: string | null; last_error: string | null; created_at: Date; failed_at: Date | null }[] = await this.dataSource.query(
      `SELECT id, person_id, last_error, created_at, failed_at FROM outbox_messages
        WHERE queue = $1 AND failed_at IS NOT NULL AND delivered_at IS NULL ORDER BY failed_at DESC LIMIT $2`,
      [QueueName.MailingSync, limit],
    );
    return rows.map((row) => ({
      id: row.id,
      personId: row.person_id,
      reason: row.last_error,
      createdAt: new Date(row.created_at).toISOString(),
      failedAt: row.failed_at ? new Date(row.failed_at).toISOString() : null,
    }));
  }

  /** Queues again the people of every failed change: their subscriptions' current state is sent. */
  async retryFailed(): Promise<RetryResultDto> {
    return this.dataSource.transaction(async (manager) => {
      const [rows]: [{ person_id: string }[], number] = await manager.query(
        `UPDATE subscriptions s SET sync_failed_at = NULL, last_error = NULL, version = s.version + 1
          WHERE s.sync_failed_at IS NOT NULL
             OR s.person_id IN (SELECT m.person_id FROM outbox_messages m WHERE m.queue = $1 AND m.failed_at IS NOT NULL AND m.delivered_at IS NULL AND m.person_id IS NOT NULL)
          RETURNING s.person_id`,
        [QueueName.MailingSync],
      );
      const people = new Set(rows.map((row) => row.person_id));
      for (const personId of people) await this.changes.notifyWithin(manager, personId, 'retry');
      return { requeued: people.size };
    });
  }

  /** Records a reconcile run and queues it; the worker runs it and reports progress on the run. */
  async startReconcile(mode: ReconcileMode, user: AuthenticatedUser): Promise<ReconcileRunDto> {
    return this.dataSource.transaction(async (manager) => {
      const running = await manager
        .getRepository(ReconcileRun)
        .createQueryBuilder('r')
        .where("r.status IN ('queued', 'running')")
        .andWhere("r.createdAt > now() - interval '1 hour'")
        .getOne();
      if (running)
        throw new DomainException(
          'reconcile_running',
          { mode: running.mode, status: running.status },
          `A ${running.mode} reconcile is already ${running.status}; follow it at /api/mailing/reconcile/${running.id}`,
        );
      const run = await manager.save(manager.create(ReconcileRun, { mode, status: 'queued', changes: {}, requestedBy: user.email }));
      const payload: ReconcilePayload = { runId: run.id, mode };
      await this.outbox.add(manager, QueueName.MailingReconcile, JobName.ReconcileMailing, payload);
      return toRun(run);
    });
  }

  async reconcileRun(id: string): Promise<ReconcileRunDto> {
    const run = await this.dataSource.getRepository(ReconcileRun).findOne({ where: { id } });
    if (!run) throw notFound('mailing-reconcile-runs', 'reconcile run');
    return toRun(run);
  }

  async reconcileRuns(): Promise<ReconcileRunDto[]> {
    return (await this.dataSource.getRepository(ReconcileRun).find({ order: { createdAt: 'DESC' }, take: 20 })).map(toRun);
  }
}

const toRun = (run: ReconcileRun): ReconcileRunDto => toReconcileRunDto(run, reconcilePercent(run));
