import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnModuleInit } from '@nestjs/common';
import type { Job } from 'bullmq';
import nodemailer, { type Transporter } from 'nodemailer';
import { AppConfig } from '../../config/app-config.js';
import { isJobNamed, JobName, QueueName } from '../../queue/queue-names.js';
import type { MailMessage } from '../mail-message.js';

export type SendEmailPayload = MailMessage;

/**
 * Sends the e-mails of the `email` queue through SMTP_URL. Without SMTP_URL
 * (the embedded default) the message is written to the worker's log instead,
 * so that invitation links can still be followed on a laptop.
 */
@Processor(QueueName.Email)
export class SendEmailJob extends WorkerHost implements OnModuleInit {
  static readonly handles = [JobName.SendEmail];
  private readonly logger = new Logger(SendEmailJob.name);
  private transport: Transporter;

  constructor(private readonly config: AppConfig) {
    super();
  }

  onModuleInit(): void {
    this.transport = this.config.SMTP_URL ? nodemailer.createTransport(this.config.SMTP_URL) : nodemailer.createTransport({ jsonTransport: true });
  }

  async process(job: Job<SendEmailPayload>): Promise<void> {
    if (!isJobNamed(job, JobName.SendEmail)) throw new Error(`The email queue has no handler for job ${job.name}`);
    const { to, subject, text, purpose } = job.data;
    await this.transport.sendMail({ from: this.config.MAIL_FROM, to, subject, text });
    if (this.config.SMTP_URL) {
      this.logger.log({ jobId: job.id, purpose, attempt: job.attemptsMade + 1 }, 'E-mail sent');
    } else {
      this.logger.log({ jobId: job.id, purpose, to, subject, text }, 'E-mail not sent (no SMTP_URL): its text follows');
    }
  }
}
