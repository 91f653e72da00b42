import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { AuthoritiesModule } from '../authorities/authorities.module.js';
import { CountriesModule } from '../countries/countries.module.js';
import { NotesModule } from '../notes/notes.module.js';
import { TasksModule } from '../tasks/tasks.module.js';
import { LobbyingActionLinksService } from './lobbying-action-links.service.js';
import { LobbyingActionTarget } from './lobbying-action-target.entity.js';
import { LobbyingAction } from './lobbying-action.entity.js';
import { LobbyingActionsController } from './lobbying-actions.controller.js';
import { LobbyingActionsService } from './lobbying-actions.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([LobbyingAction, LobbyingActionTarget]),
    AuditModule,
    AuthModule,
    AuthoritiesModule,
    CountriesModule,
    NotesModule,
    TasksModule,
  ],
  controllers: [LobbyingActionsController],
  providers: [LobbyingActionsService, LobbyingActionLinksService],
  exports: [LobbyingActionsService],
})
export class LobbyingActionsModule {}
