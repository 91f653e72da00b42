import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AffiliationsModule } from '../affiliations/affiliations.module.js';
import { CountriesModule } from '../countries/countries.module.js';
import { DuplicatesModule } from '../duplicates/duplicates.module.js';
import { NotesModule } from '../notes/notes.module.js';
import { WorkingGroupsModule } from '../working-groups/working-groups.module.js';
import { OrganizationMergeService } from './organization-merge.service.js';
import { OrganizationsController } from './organizations.controller.js';
import { OrganizationsService } from './organizations.service.js';
import { Organization } from './organization.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([Organization]), CountriesModule, WorkingGroupsModule, AffiliationsModule, NotesModule, DuplicatesModule],
  controllers: [OrganizationsController],
  providers: [OrganizationsService, OrganizationMergeService],
  exports: [OrganizationsService],
})
export class OrganizationsModule {}
