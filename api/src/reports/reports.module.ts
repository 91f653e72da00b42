import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { PublicMapController } from './public-map.controller.js';
import { ReportsController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';

/** The steering committee's reports and the public map's summary: read-only, no table of their own. */
@Module({
  imports: [AuthModule],
  controllers: [ReportsController, PublicMapController],
  providers: [ReportsService],
})
export class ReportsModule {}
