import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AffiliationsModule } from '../affiliations/affiliations.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { ExportsModule } from '../exports/exports.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { OutboxModule } from '../outbox/outbox.module.js';
import { PeopleModule } from '../people/people.module.js';
import { ImportRunnerService } from './import-runner.service.js';
import { ImportsController } from './imports.controller.js';
import { ImportsService } from './imports.service.js';
import { ImportJob } from './import-job.entity.js';
import { ImportFile } from './import-file.entity.js';
import { ImportRowError } from './import-row-error.entity.js';

/**
 * CSV imports: upload, progress and error reports over HTTP; ImportRunnerService
 * runs them in the worker (RunImportJob). A finished import sums itself up in the
 * audit trail, hence AuditModule.
 */
@Module({
  // The runner writes organizations, people and affiliations through their owners.
  imports: [
    TypeOrmModule.forFeature([ImportJob, ImportFile, ImportRowError]),
    AuditModule,
    OutboxModule,
    ExportsModule,
    OrganizationsModule,
    PeopleModule,
    AffiliationsModule,
  ],
  controllers: [ImportsController],
  providers: [ImportsService, ImportRunnerService],
  exports: [ImportRunnerService],
})
export class ImportsModule {}
