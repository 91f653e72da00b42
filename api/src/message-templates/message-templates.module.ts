import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthoritiesModule } from '../authorities/authorities.module.js';
import { AuthoritiesService } from '../authorities/authorities.service.js';
import { MeModule } from '../me/me.module.js';
import { ActionPackService } from './action-pack.service.js';
import { ActionPacksController } from './action-packs.controller.js';
import { FOREIGN_MINISTRY_LOOKUP } from './foreign-ministry-lookup.js';
import { MessageTemplate } from './message-template.entity.js';
import { MessageTemplatesController } from './message-templates.controller.js';
import { MessageTemplatesService } from './message-templates.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([MessageTemplate]), AuthoritiesModule, MeModule],
  controllers: [MessageTemplatesController, ActionPacksController],
  providers: [MessageTemplatesService, ActionPackService, { provide: FOREIGN_MINISTRY_LOOKUP, useExisting: AuthoritiesService }],
  exports: [MessageTemplatesService],
})
export class MessageTemplatesModule {}
