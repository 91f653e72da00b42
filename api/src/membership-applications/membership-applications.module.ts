import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AffiliationsModule } from '../affiliations/affiliations.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { CountriesModule } from '../countries/countries.module.js';
import { DuplicatesModule } from '../duplicates/duplicates.module.js';
import { MailModule } from '../mail/mail.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { PeopleModule } from '../people/people.module.js';
import { UsersModule } from '../users/users.module.js';
import { MembershipApplicationDuplicatesService } from './membership-application-duplicates.service.js';
import { MembershipApplicationReviewService } from './membership-application-review.service.js';
import { MembershipApplicationsController } from './membership-applications.controller.js';
import { MembershipApplicationsService } from './membership-applications.service.js';
import { MembershipApplication } from './membership-application.entity.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([MembershipApplication]),
    AuthModule,
    UsersModule,
    MailModule,
    DuplicatesModule,
    CountriesModule,
    OrganizationsModule,
    PeopleModule,
    AffiliationsModule,
  ],
  controllers: [MembershipApplicationsController],
  providers: [MembershipApplicationsService, MembershipApplicationReviewService, MembershipApplicationDuplicatesService],
})
export class MembershipApplicationsModule {}
