import { Module } from '@nestjs/common';
import { WorkingGroupsController } from './working-groups.controller.js';
import { WorkingGroupsService } from './working-groups.service.js';

@Module({
  controllers: [WorkingGroupsController],
  providers: [WorkingGroupsService],
  exports: [WorkingGroupsService],
})
export class WorkingGroupsModule {}
