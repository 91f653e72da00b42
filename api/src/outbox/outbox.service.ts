import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { JobName, QueueName } from '../queue/queue-names.js';
import { OutboxMessage } from './outbox-message.entity.js';

/** Records a job for the outside world in the caller's transaction; the relay delivers it after commit. */
@Injectable()
export class OutboxService {
  async add<P extends object>(manager: EntityManager, queue: QueueName, jobName: JobName, payload: P): Promise<string> {
    const result = await manager.insert(OutboxMessage, { queue, jobName, payload: { ...payload } });
    return String(result.identifiers[0]?.id);
  }
}
