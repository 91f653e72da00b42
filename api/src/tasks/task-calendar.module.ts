import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { TaskCalendarService } from './task-calendar.service.js';

/**
 * The calendar job's service, for the worker: it writes tasks with one SQL
 * statement and audits them, so it needs neither the API's access rules nor
 * a repository (TasksModule owns the Task entity).
 */
@Module({
  imports: [AuditModule],
  providers: [TaskCalendarService],
  exports: [TaskCalendarService],
})
export class TaskCalendarModule {}
