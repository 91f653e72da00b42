import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module.js';
import { PublicMapController } from './public-map.controller.js';
import { ActivityDayCount, ActivityMonthCount, MemberCountryCount } from './report-counts.entity.js';
import { ReportsController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';

/**
 * The steering committee's reports and the public map's summary: read-only,
 * besides the count tables that PostgreSQL triggers keep (see report-counts.entity.ts).
 */
@Module({
  imports: [TypeOrmModule.forFeature([ActivityDayCount, ActivityMonthCount, MemberCountryCount]), AuthModule],
  controllers: [ReportsController, PublicMapController],
  providers: [ReportsService],
})
export class ReportsModule {}
