import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { PeopleModule } from '../people/people.module.js';
import { CsvExportService } from './csv-export.service.js';
import { ExportsController } from './exports.controller.js';
import { ExportsService } from './exports.service.js';

/** Server-side CSV downloads of filtered lists, streamed however long they are. */
@Module({
  imports: [OrganizationsModule, PeopleModule],
  controllers: [ExportsController],
  providers: [CsvExportService, ExportsService],
  exports: [CsvExportService],
})
export class ExportsModule {}
