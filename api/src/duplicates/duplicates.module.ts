import { Module } from '@nestjs/common';
import { DuplicateFinderService } from './duplicate-finder.service.js';
import { MergeReferencesService } from './merge-references.service.js';

@Module({
  providers: [DuplicateFinderService, MergeReferencesService],
  exports: [DuplicateFinderService, MergeReferencesService],
})
export class DuplicatesModule {}
