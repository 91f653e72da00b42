import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { AffiliationsModule } from '../affiliations/affiliations.module.js';
import { CountriesModule } from '../countries/countries.module.js';
import { DuplicatesModule } from '../duplicates/duplicates.module.js';
import { NotesModule } from '../notes/notes.module.js';
import { WorkingGroupsModule } from '../working-groups/working-groups.module.js';
import { OrganizationBatchService } from './organization-batch.service.js';
import { OrganizationBulkService } from './organization-bulk.service.js';
import { OrganizationLinksService } from './organization-links.service.js';
import { OrganizationMergeService } from './organization-merge.service.js';
import { OrganizationsController } from './organizations.controller.js';
import { OrganizationsService } from './organizations.service.js';
import { Organization } from './organization.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([Organization]), AuditModule, CountriesModule, WorkingGroupsModule, AffiliationsModule, NotesModule, DuplicatesModule],
  controllers: [OrganizationsController],
  providers: [OrganizationsService, OrganizationMergeService, OrganizationLinksService, OrganizationBatchService, OrganizationBulkService],
  exports: [OrganizationsService, OrganizationBatchService],
})
export class OrganizationsModule {}
