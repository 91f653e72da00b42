import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { ExportsModule } from '../exports/exports.module.js';
import { OutboxModule } from '../outbox/outbox.module.js';
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
  imports: [TypeOrmModule.forFeature([ImportJob, ImportFile, ImportRowError]), AuditModule, OutboxModule, ExportsModule],
  controllers: [ImportsController],
  providers: [ImportsService, ImportRunnerService],
  exports: [ImportRunnerService],
})
export class ImportsModule {}
