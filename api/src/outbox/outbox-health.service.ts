import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface OutboxBacklog {
  /** Rows not relayed to their queue yet. */
  unrelayed: number;
  /** Rows of queues that report delivery, neither delivered nor failed. */
  undelivered: number;
  failed: number;
  /** Age in seconds of the oldest row still waiting (to be relayed or delivered), null when none waits. */
  oldestPendingSeconds: number | null;
}

/** How far the outbox is behind, for /api/health. */
@Injectable()
export class OutboxHealthService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async backlog(): Promise<OutboxBacklog> {
    const [row] = await this.dataSource.query<{ unrelayed: string; undelivered: string; failed: string; oldest: string | null }[]>(
      `SELECT (SELECT count(*) FROM outbox_messages WHERE relayed_at IS NULL) AS unrelayed,
              (SELECT count(*) FROM outbox_messages WHERE person_id IS NOT NULL AND delivered_at IS NULL AND failed_at IS NULL) AS undelivered,
              (SELECT count(*) FROM outbox_messages WHERE failed_at IS NOT NULL AND delivered_at IS NULL) AS failed,
              extract(epoch FROM now() - LEAST(
                (SELECT min(created_at) FROM outbox_messages WHERE relayed_at IS NULL),
                (SELECT min(created_at) FROM outbox_messages WHERE person_id IS NOT NULL AND delivered_at IS NULL AND failed_at IS NULL)
              )) AS oldest`,
    );
    return {
      unrelayed: Number(row?.unrelayed ?? 0),
      undelivered: Number(row?.undelivered ?? 0),
      failed: Number(row?.failed ?? 0),
      oldestPendingSeconds: row?.oldest === null || row?.oldest === undefined ? null : Math.round(Number(row.oldest)),
    };
  }
}
