import { Module } from '@nestjs/common';
import { AuditEntriesController } from './audit-entries.controller.js';
import { AuditService } from './audit.service.js';

@Module({
  controllers: [AuditEntriesController],
  providers: [AuditService],
  exports: [AuditService],
})
export class AuditModule {}
