import { Module } from '@nestjs/common';
import { CsvExportService } from './csv-export.service.js';
import { ExportsController } from './exports.controller.js';
import { ExportsService } from './exports.service.js';

/** Server-side CSV downloads of filtered lists, streamed however long they are. */
@Module({
  controllers: [ExportsController],
  providers: [CsvExportService, ExportsService],
  exports: [CsvExportService],
})
export class ExportsModule {}
