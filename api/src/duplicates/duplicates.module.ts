import { Module } from '@nestjs/common';
import { DuplicateFinderService } from './duplicate-finder.service.js';

@Module({
  providers: [DuplicateFinderService],
  exports: [DuplicateFinderService],
})
export class DuplicatesModule {}
