import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module.js';
import { MailModule } from '../mail/mail.module.js';
import { NotesModule } from '../notes/notes.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { PeopleModule } from '../people/people.module.js';
import { UsersModule } from '../users/users.module.js';
import { EmailChangeService } from './email-change/email-change.service.js';
import { MeController } from './me.controller.js';
import { MyOrganizationService } from './my-organization.service.js';
import { MyProfileService } from './my-profile.service.js';
import { MyRecordsService } from './my-records.service.js';
import { EmailChangeRequest } from './email-change/email-change-request.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([EmailChangeRequest]), AuthModule, MailModule, NotesModule, OrganizationsModule, PeopleModule, UsersModule],
  controllers: [MeController],
  providers: [MyProfileService, MyOrganizationService, MyRecordsService, EmailChangeService],
  exports: [MyRecordsService],
})
export class MeModule {}
