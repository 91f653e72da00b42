import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { WorkingGroupsController } from './working-groups.controller.js';
import { WorkingGroupsService } from './working-groups.service.js';
import { WorkingGroup } from './working-group.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([WorkingGroup])],
  controllers: [WorkingGroupsController],
  providers: [WorkingGroupsService],
  exports: [WorkingGroupsService],
})
export class WorkingGroupsModule {}
