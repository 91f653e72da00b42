import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { UnrecoverableError, type Job, type Queue } from 'bullmq';
import { AppConfig } from '../../config/app-config.js';
import { isJobNamed, JobName, QueueName } from '../../queue/queue-names.js';
import { MailingSyncService, type SyncPersonPayload } from '../mailing-sync.service.js';
import { PermanentProviderError } from '../providers/mailing-provider.js';

/**
 * Delivers the `mailing-sync` queue: one job per outbox row, its id the row's.
 * A provider's 4xx fails the row at once; 5xx, timeouts and connection errors
 * are retried with exponential backoff, and after the last try the row is
 * failed with its reason, retryable from the admin UI.
 */
@Processor(QueueName.MailingSync)
export class SyncPersonJob extends WorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  static readonly handles = [JobName.SyncPerson];
  private readonly logger = new Logger(SyncPersonJob.name);
  private sweeper: NodeJS.Timeout | undefined;

  constructor(
    private readonly sync: MailingSyncService,
    private readonly config: AppConfig,
    @InjectQueue(QueueName.MailingSync) private readonly queue: Queue,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.MAILING_SYNC_CONCURRENCY;
    // Changes that waited for a provider (or whose job was lost) go out once the worker is up.
    void this.sync.requeueWaiting().catch((error: unknown) => this.logger.warn({ err: error }, 'Could not requeue waiting mailing changes'));
    this.sweeper = setInterval(() => void this.releaseLostJobs(), this.config.MAILING_LOST_JOB_SECONDS * 500);
    this.sweeper.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweeper);
  }

  /**
   * A Redis that restarts without its data forgets jobs the relay had handed
   * it: their rows stay undelivered. Rows relayed long ago whose job Redis no
   * longer has go back to the relay; a job Redis still has is left to BullMQ.
   */
  async releaseLostJobs(): Promise<number> {
    try {
      const stale = await this.sync.staleRelayed(this.config.MAILING_LOST_JOB_SECONDS);
      const lost: string[] = [];
      for (const id of stale) if (!(await this.queue.getJob(id))) lost.push(id);
      await this.sync.release(lost);
      if (lost.length > 0) this.logger.warn({ count: lost.length }, 'Mailing changes whose job Redis lost were queued again');
      return lost.length;
    } catch (error) {
      this.logger.debug({ err: error }, 'Lost-job sweep skipped');
      return 0;
    }
  }

  async process(job: Job<SyncPersonPayload & { personId?: string }>): Promise<string> {
    if (!isJobNamed(job, JobName.SyncPerson)) throw new Error(`The mailing-sync queue has no handler for job ${job.name}`);
    const messageId = String(job.id);
    const personId = await this.personOf(job);
    try {
      return await this.sync.syncPerson(messageId, personId, job.data);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const attempts = job.opts.attempts ?? 1;
      if (error instanceof PermanentProviderError || job.attemptsMade + 1 >= attempts) {
        await this.sync.markFailed(messageId, reason);
        this.logger.warn({ jobId: job.id, personId, reason }, 'Mailing change failed for good');
        if (error instanceof PermanentProviderError) throw new UnrecoverableError(reason);
      } else {
        await this.sync.noteAttempt(messageId, reason);
      }
      throw error;
    }
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn({ err: error }, 'Mailing sync worker error');
  }

  private async personOf(job: Job<SyncPersonPayload & { personId?: string }>): Promise<string> {
    if (job.data.personId) return job.data.personId;
    const personId = await this.sync.personOfMessage(String(job.id));
    if (!personId) throw new UnrecoverableError(`Outbox row ${job.id} names no person`);
    return personId;
  }
}
