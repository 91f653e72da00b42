import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module.js';
import { DuplicatesModule } from '../duplicates/duplicates.module.js';
import { MailModule } from '../mail/mail.module.js';
import { UsersModule } from '../users/users.module.js';
import { MembershipApplicationDuplicatesService } from './membership-application-duplicates.service.js';
import { MembershipApplicationReviewService } from './membership-application-review.service.js';
import { MembershipApplicationsController } from './membership-applications.controller.js';
import { MembershipApplicationsService } from './membership-applications.service.js';
import { MembershipApplication } from './membership-application.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([MembershipApplication]), AuthModule, UsersModule, MailModule, DuplicatesModule],
  controllers: [MembershipApplicationsController],
  providers: [MembershipApplicationsService, MembershipApplicationReviewService, MembershipApplicationDuplicatesService],
})
export class MembershipApplicationsModule {}
