import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AffiliationsController } from './affiliations.controller.js';
import { AffiliationsService } from './affiliations.service.js';
import { Affiliation } from './affiliation.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([Affiliation])],
  controllers: [AffiliationsController],
  providers: [AffiliationsService],
  exports: [AffiliationsService],
})
export class AffiliationsModule {}
