import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { MeController } from './me.controller.js';
import { MyOrganizationService } from './my-organization.service.js';
import { MyProfileService } from './my-profile.service.js';
import { MyRecordsService } from './my-records.service.js';

@Module({
  imports: [AuthModule],
  controllers: [MeController],
  providers: [MyProfileService, MyOrganizationService, MyRecordsService],
})
export class MeModule {}
