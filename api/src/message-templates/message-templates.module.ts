import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MeModule } from '../me/me.module.js';
import { ActionPackService } from './action-pack.service.js';
import { ActionPacksController } from './action-packs.controller.js';
import { FOREIGN_MINISTRY_LOOKUP } from './foreign-ministry-lookup.js';
import { MessageTemplate } from './message-template.entity.js';
import { MessageTemplatesController } from './message-templates.controller.js';
import { MessageTemplatesService } from './message-templates.service.js';
import { NoForeignMinistryLookup } from './no-foreign-ministry-lookup.js';

@Module({
  imports: [TypeOrmModule.forFeature([MessageTemplate]), MeModule],
  controllers: [MessageTemplatesController, ActionPacksController],
  providers: [MessageTemplatesService, ActionPackService, { provide: FOREIGN_MINISTRY_LOOKUP, useClass: NoForeignMinistryLookup }],
  exports: [MessageTemplatesService],
})
export class MessageTemplatesModule {}
