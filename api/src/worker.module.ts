import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from './audit/audit.module.js';
import { RequestPasswordResetJob } from './auth/jobs/request-password-reset.job.js';
import { PasswordResetModule } from './auth/password-reset.module.js';
import { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { ImportsModule } from './imports/imports.module.js';
import { RunImportJob } from './imports/jobs/run-import.job.js';
import { SendEmailJob } from './mail/jobs/send-email.job.js';
import { MailModule } from './mail/mail.module.js';
import { OutboxModule } from './outbox/outbox.module.js';
import { OutboxRelayService } from './outbox/outbox-relay.service.js';
import { QueueName } from './queue/queue-names.js';
import { RedisModule } from './redis/redis.module.js';
import { GenerateCalendarTasksJob } from './tasks/jobs/generate-calendar-tasks.job.js';
import { TaskCalendarModule } from './tasks/task-calendar.module.js';
import { MailingModule } from './mailing/mailing.module.js';
import { SyncPersonJob } from './mailing/jobs/sync-person.job.js';
import { ReconcileMailingJob } from './mailing/jobs/reconcile-mailing.job.js';

/** Every job processor; the worker checks at start-up that each job name has one. */
export const JOB_PROCESSORS = [SendEmailJob, RunImportJob, RequestPasswordResetJob, SyncPersonJob, ReconcileMailingJob, GenerateCalendarTasksJob];

/**
 * The background process: the outbox relay and the BullMQ processors. The
 * processors live here so that only the worker consumes jobs; what they call
 * comes from the feature modules that own it, and those modules bring their
 * entities along (autoLoadEntities).
 */
@Module({})
export class WorkerModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({
          ...dataSourceOptions({ url: config.DATABASE_URL, poolSize: 5 + config.MAILING_SYNC_CONCURRENCY, applicationName: 'coalition-worker' }),
          autoLoadEntities: true,
        }),
        BullModule.forRoot({ connection: { url: config.REDIS_URL, maxRetriesPerRequest: null }, prefix: config.QUEUE_PREFIX }),
        BullModule.registerQueue(...Object.values(QueueName).map((name) => ({ name }))),
        // The feature modules the jobs reach share the API's Redis client (rate limits, sessions).
        RedisModule,
        // Every audited write in the worker adds an AuditEntry through the audit subscriber.
        AuditModule,
        OutboxModule,
        MailModule,
        ImportsModule,
        PasswordResetModule,
        TaskCalendarModule,
        MailingModule,
      ],
      providers: [OutboxRelayService, ...JOB_PROCESSORS],
    };
  }
}
