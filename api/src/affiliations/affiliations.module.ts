import { Module } from '@nestjs/common';
import { AffiliationsController } from './affiliations.controller.js';
import { AffiliationsService } from './affiliations.service.js';

@Module({
  controllers: [AffiliationsController],
  providers: [AffiliationsService],
  exports: [AffiliationsService],
})
export class AffiliationsModule {}
