import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { DEFAULT_JOB_OPTIONS, QueueName } from '../queue/queue-names.js';
import { OutboxMessage } from './outbox-message.entity.js';

const BATCH = 100;
const INTERVAL_MS = 500;
/** The channel the outbox's insert trigger notifies on commit (migration NotifyOutboxInserts). */
const CHANNEL = 'outbox_messages';
const RELISTEN_MS = 5000;

/** The mailing sync retries on its own schedule (MAILING_SYNC_ATTEMPTS, MAILING_RETRY_DELAY_MS); every other queue the default one. */
function jobOptionsOf(queue: string, config: AppConfig): typeof DEFAULT_JOB_OPTIONS | Record<string, unknown> {
  if (queue !== String(QueueName.MailingSync)) return DEFAULT_JOB_OPTIONS;
  return { ...DEFAULT_JOB_OPTIONS, attempts: config.MAILING_SYNC_ATTEMPTS, backoff: { type: 'exponential', delay: config.MAILING_RETRY_DELAY_MS } };
}

/**
 * Moves committed outbox rows to their BullMQ queue. The row id is the job id,
 * so a row relayed twice (a crash between add and mark) is still one job.
 * Several workers may run: rows are claimed with SKIP LOCKED. It drains when
 * PostgreSQL notifies a commit of new rows (on a connection of its own) and
 * every half second besides, which catches what a lost connection missed.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayService.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  /** A notice came while a drain was under way: drain once more after it. */
  private again = false;
  private listener: pg.Client | undefined;
  private relisten: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly queues: Record<QueueName, Queue>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.Email) emailQueue: Queue,
    @InjectQueue(QueueName.Imports) importsQueue: Queue,
    @InjectQueue(QueueName.Accounts) accountsQueue: Queue,
    @InjectQueue(QueueName.Tasks) tasksQueue: Queue,
    @InjectQueue(QueueName.MailingSync) mailingSyncQueue: Queue,
    @InjectQueue(QueueName.MailingReconcile) mailingReconcileQueue: Queue,
    private readonly config: AppConfig,
  ) {
    this.queues = {
      [QueueName.Email]: emailQueue,
      [QueueName.Imports]: importsQueue,
      [QueueName.Accounts]: accountsQueue,
      [QueueName.Tasks]: tasksQueue,
      [QueueName.MailingSync]: mailingSyncQueue,
      [QueueName.MailingReconcile]: mailingReconcileQueue,
    };
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), INTERVAL_MS);
    void this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    clearTimeout(this.relisten);
    await this.listener?.end().catch(() => undefined);
    await this.running;
  }

  /** Listens for the insert trigger's notices; a lost connection is opened again a few seconds later, the poll covering the gap. */
  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.config.DATABASE_URL, application_name: 'coalition-outbox-relay' });
    const retry = (error: unknown): void => {
      if (this.listener !== client || this.stopped) return;
      this.listener = undefined;
      this.logger.debug({ err: error }, 'Outbox notices lost; listening again soon');
      void client.end().catch(() => undefined);
      this.relisten = setTimeout(() => void this.listen(), RELISTEN_MS);
      this.relisten.unref();
    };
    this.listener = client;
    client.on('notification', () => void this.tick());
    client.on('error', retry);
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      retry(error);
    }
  }

  private async tick(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    do {
      this.again = false;
      this.running = this.drain().catch((error: unknown) => {
        this.logger.warn({ err: error }, 'Outbox relay failed; will retry');
        return 0;
      });
      await this.running;
      this.running = undefined;
    } while (this.again && !this.stopped);
  }

  /** Relays batch after batch while full ones come (a backlog goes out at once, not one batch per tick). */
  private async drain(): Promise<number> {
    let total = 0;
    for (let round = 0; round < 50; round += 1) {
      const relayed = await this.relayBatch();
      total += relayed;
      if (relayed < BATCH) break;
    }
    return total;
  }

  /** Relays one batch of pending messages; returns how many went out. */
  async relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const pending = await manager
        .getRepository(OutboxMessage)
        .createQueryBuilder('m')
        .where('m.relayedAt IS NULL')
        .orderBy('m.createdAt', 'ASC')
        .limit(BATCH)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      // One round trip per queue and one update for the batch: a row at a time held every change behind the whole backlog.
      const byQueue = new Map<string, OutboxMessage[]>();
      for (const message of pending) byQueue.set(message.queue, [...(byQueue.get(message.queue) ?? []), message]);
      let relayed = 0;
      for (const [name, messages] of byQueue) {
        const queue = this.queues[name as QueueName];
        try {
          if (!queue) throw new Error(`No queue named ${name}`);
          const options = jobOptionsOf(name, this.config);
          // A row about a person carries the person in its job, so the handler need not read the row to find them.
          await queue.addBulk(
            messages.map((message) => ({
              name: message.jobName,
              data: message.personId ? { ...message.payload, personId: message.personId } : message.payload,
              opts: { ...options, jobId: message.id },
            })),
          );
          await manager.query(`UPDATE outbox_messages SET relayed_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ANY($1::uuid[])`, [
            messages.map((message) => message.id),
          ]);
          relayed += messages.length;
        } catch (error) {
          const text = error instanceof Error ? error.message : String(error);
          await manager.query(`UPDATE outbox_messages SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1::uuid[])`, [
            messages.map((message) => message.id),
            text.slice(0, 1000),
          ]);
        }
      }
      return relayed;
    });
  }
}
