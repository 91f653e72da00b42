import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEntriesController } from './audit-entries.controller.js';
import { AuditService } from './audit.service.js';
import { AuditEntry } from './audit-entry.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([AuditEntry])],
  controllers: [AuditEntriesController],
  providers: [AuditService],
  exports: [AuditService],
})
export class AuditModule {}
