import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxService } from '../outbox/outbox.service.js';
import { JobName, QueueName } from '../queue/queue-names.js';
import type { MailMessage } from './mail-message.js';

/** Queues e-mail through the outbox, so that a message is sent only if its transaction commits. */
@Injectable()
export class MailService {
  constructor(private readonly outbox: OutboxService) {}

  queue(manager: EntityManager, message: MailMessage): Promise<string> {
    return this.outbox.add(manager, QueueName.Email, JobName.SendEmail, message);
  }
}
