import { Module } from '@nestjs/common';
import { ExportsModule } from '../exports/exports.module.js';
import { OutboxModule } from '../outbox/outbox.module.js';
import { ImportsController } from './imports.controller.js';
import { ImportsService } from './imports.service.js';

/** CSV imports over HTTP: upload, progress and error reports. The worker runs them (ImportRunnerService, RunImportJob). */
@Module({
  imports: [OutboxModule, ExportsModule],
  controllers: [ImportsController],
  providers: [ImportsService],
})
export class ImportsModule {}
