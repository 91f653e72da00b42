import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxService } from '../outbox/outbox.service.js';
import { JobName, QueueName } from '../queue/queue-names.js';
import type { MailMessage } from './mail-message.js';

/** Queues e-mail through the outbox, so that a message is sent only if its transaction commits. */
@Injectable()
export class MailService {
  constructor(private readonly outbox: OutboxService) {}

  /** `id` makes the message idempotent for a job that may run twice (see outboxIdFor). */
  queue(manager: EntityManager, message: MailMessage, id?: string): Promise<string> {
    return this.outbox.add(manager, QueueName.Email, JobName.SendEmail, message, id);
  }

  isQueued(manager: EntityManager, id: string): Promise<boolean> {
    return this.outbox.exists(manager, id);
  }
}
