import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { CountriesModule } from '../countries/countries.module.js';
import { MeModule } from '../me/me.module.js';
import { NotesModule } from '../notes/notes.module.js';
import { CalendarFeedService } from './calendar-feed.service.js';
import { EventAccessService } from './event-access.service.js';
import { EventOrganizersService } from './event-organizers.service.js';
import { Event } from './event.entity.js';
import { EventsController } from './events.controller.js';
import { EventsService } from './events.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Event]), AuditModule, AuthModule, CountriesModule, MeModule, NotesModule],
  controllers: [EventsController],
  providers: [EventsService, EventAccessService, EventOrganizersService, CalendarFeedService],
  exports: [EventsService],
})
export class EventsModule {}
