import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { AppConfig } from '../../config/app-config.js';
import { isJobNamed, JobName, QueueName } from '../../queue/queue-names.js';
import type { ReconcileMode } from '../mailing.contract.js';
import type { ReconcilePayload } from '../mailing-operations.service.js';
import { ReconcileService } from '../reconcile.service.js';

/**
 * Runs reconcile passes: those asked for through the API (their run row exists)
 * and those of the schedule, an incremental pass every few minutes and a full
 * one at night, kept as BullMQ job schedulers (one per name, however many workers).
 */
@Processor(QueueName.MailingReconcile)
export class ReconcileMailingJob extends WorkerHost implements OnApplicationBootstrap {
  static readonly handles = [JobName.ReconcileMailing];
  private readonly logger = new Logger(ReconcileMailingJob.name);

  constructor(
    private readonly reconcile: ReconcileService,
    private readonly config: AppConfig,
    @InjectQueue(QueueName.MailingReconcile) private readonly queue: Queue,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    try {
      if (this.config.MAILING_RECONCILE_EVERY_MINUTES > 0) {
        await this.queue.upsertJobScheduler(
          'mailing-reconcile-incremental',
          { every: this.config.MAILING_RECONCILE_EVERY_MINUTES * 60_000 },
          { name: JobName.ReconcileMailing, data: { runId: null, mode: 'incremental' }, opts: { removeOnComplete: 100, removeOnFail: 100 } },
        );
      } else {
        await this.queue.removeJobScheduler('mailing-reconcile-incremental');
      }
      if (this.config.MAILING_FULL_RECONCILE_CRON.trim() !== '') {
        await this.queue.upsertJobScheduler(
          'mailing-reconcile-full',
          { pattern: this.config.MAILING_FULL_RECONCILE_CRON, tz: 'UTC' },
          { name: JobName.ReconcileMailing, data: { runId: null, mode: 'full' }, opts: { removeOnComplete: 100, removeOnFail: 100 } },
        );
      } else {
        await this.queue.removeJobScheduler('mailing-reconcile-full');
      }
    } catch (error) {
      this.logger.warn({ err: error }, 'Could not schedule the mailing reconcile; it still runs when asked for');
    }
  }

  async process(job: Job<Partial<ReconcilePayload> & { mode: ReconcileMode }>): Promise<void> {
    if (!isJobNamed(job, JobName.ReconcileMailing)) throw new Error(`The mailing-reconcile queue has no handler for job ${job.name}`);
    const run = await this.reconcile.run(job.data.runId ?? null, job.data.mode);
    this.logger.log({ jobId: job.id, runId: run.id, mode: run.mode, changes: run.changes }, 'Mailing reconcile ended');
  }
}
