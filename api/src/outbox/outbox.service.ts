import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { JobName, QueueName } from '../queue/queue-names.js';
import { OutboxMessage } from './outbox-message.entity.js';

/**
 * A message id derived from the job that writes it: a job run twice writes the
 * same id, so its handler can see that its message is already out.
 */
export function outboxIdFor(jobId: string, purpose: string): string {
  const hex = createHash('sha256').update(`${jobId}:${purpose}`).digest('hex');
  // Shaped as an RFC 9562 version 8 (custom) UUID.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Records a job for the outside world in the caller's transaction; the relay delivers it after commit. */
@Injectable()
export class OutboxService {
  async add<P extends object>(manager: EntityManager, queue: QueueName, jobName: JobName, payload: P, id?: string): Promise<string> {
    const result = await manager.insert(OutboxMessage, { ...(id ? { id } : {}), queue, jobName, payload: { ...payload } });
    return String(result.identifiers[0]?.id);
  }

  /** As add, for a change to one person that its handler applies in order with the person's others. */
  async addForPerson<P extends object>(manager: EntityManager, queue: QueueName, jobName: JobName, personId: string, payload: P): Promise<string> {
    const result = await manager.insert(OutboxMessage, { queue, jobName, personId, payload: { ...payload } });
    return String(result.identifiers[0]?.id);
  }

  exists(manager: EntityManager, id: string): Promise<boolean> {
    return manager.exists(OutboxMessage, { where: { id } });
  }
}
