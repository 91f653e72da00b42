import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RequestPasswordResetJob } from './auth/jobs/request-password-reset.job.js';
import { PasswordResetRequestService } from './auth/password-reset-request.service.js';
import { AffiliationsService } from './affiliations/affiliations.service.js';
import { AuditService } from './audit/audit.service.js';
import { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { ImportRunnerService } from './imports/import-runner.service.js';
import { RunImportJob } from './imports/jobs/run-import.job.js';
import { SendEmailJob } from './mail/jobs/send-email.job.js';
import { MailModule } from './mail/mail.module.js';
import { OutboxRelayService } from './outbox/outbox-relay.service.js';
import { OrganizationBatchService } from './organizations/organization-batch.service.js';
import { OrganizationLinksService } from './organizations/organization-links.service.js';
import { PersonBatchService } from './people/person-batch.service.js';
import { QueueName } from './queue/queue-names.js';
import { UsersModule } from './users/users.module.js';

/** Every job processor; the worker checks at start-up that each job name has one. */
export const JOB_PROCESSORS = [SendEmailJob, RunImportJob, RequestPasswordResetJob];

/** The background process: the outbox relay and the BullMQ processors. */
@Module({})
export class WorkerModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(dataSourceOptions({ url: config.DATABASE_URL, poolSize: 5, applicationName: 'coalition-worker' })),
        BullModule.forRoot({ connection: { url: config.REDIS_URL, maxRetriesPerRequest: null }, prefix: config.QUEUE_PREFIX }),
        BullModule.registerQueue(...Object.values(QueueName).map((name) => ({ name }))),
        UsersModule,
        MailModule,
      ],
      providers: [
        OutboxRelayService,
        ImportRunnerService,
        // The import runner writes through the owners of the tables it fills.
        AuditService,
        OrganizationLinksService,
        OrganizationBatchService,
        PersonBatchService,
        AffiliationsService,
        PasswordResetRequestService,
        ...JOB_PROCESSORS,
      ],
    };
  }
}
