import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { isJobNamed, JobName, QueueName } from '../../queue/queue-names.js';
import { PasswordResetRequestService } from '../password-reset-request.service.js';

export interface RequestPasswordResetPayload {
  /** As the requester typed it, trimmed and lower-cased. */
  email: string;
}

/** Handles the forgot-password requests of the `accounts` queue (see PasswordResetRequestService). */
@Processor(QueueName.Accounts)
export class RequestPasswordResetJob extends WorkerHost {
  static readonly handles = [JobName.RequestPasswordReset];
  private readonly logger = new Logger(RequestPasswordResetJob.name);

  constructor(private readonly requests: PasswordResetRequestService) {
    super();
  }

  async process(job: Job<RequestPasswordResetPayload>): Promise<void> {
    if (!isJobNamed(job, JobName.RequestPasswordReset)) throw new Error(`The accounts queue has no handler for job ${job.name}`);
    if (!job.id) throw new Error('A password-reset request needs its job id to be handled once');
    const outcome = await this.requests.handle(job.id, job.data.email);
    // Never the address: with the outcome beside it, the log would list which addresses have accounts.
    this.logger.log({ jobId: job.id, outcome }, 'Password-reset request handled');
  }
}
