import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { AppConfig } from '../config/app-config.js';
import { QueueName } from './queue-names.js';

export type QueueCounts = Record<'waiting' | 'active' | 'delayed' | 'failed' | 'completed', number>;

/**
 * Read-only handles on every queue for the API process: their depths for
 * /api/health and the queues dashboard. Opened on first use; a Redis that
 * does not answer makes the counts fail within the timeout, not hang.
 */
@Injectable()
export class QueueInspectorService implements OnApplicationShutdown {
  private readonly logger = new Logger(QueueInspectorService.name);
  private handles: Queue[] | undefined;

  constructor(private readonly config: AppConfig) {}

  queues(): Queue[] {
    this.handles ??= Object.values(QueueName).map((name) => {
      const queue = new Queue(name, {
        connection: { url: this.config.REDIS_URL, maxRetriesPerRequest: 1, enableOfflineQueue: false },
        prefix: this.config.QUEUE_PREFIX,
      });
      queue.on('error', (error) => this.logger.debug({ err: error, queue: name }, 'Queue handle error'));
      return queue;
    });
    return this.handles;
  }

  /** Jobs per state of every queue. */
  async counts(timeoutMs = 2000): Promise<Record<string, QueueCounts>> {
    const entries = await Promise.all(
      this.queues().map(async (queue) => {
        const counts = await withTimeout(queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed'), timeoutMs);
        return [
          queue.name,
          {
            waiting: counts.waiting ?? 0,
            active: counts.active ?? 0,
            delayed: counts.delayed ?? 0,
            failed: counts.failed ?? 0,
            completed: counts.completed ?? 0,
          },
        ] as const;
      }),
    );
    return Object.fromEntries(entries);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all((this.handles ?? []).map((queue) => queue.close().catch(() => undefined)));
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer from Redis within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
