import { ApiProperty } from '@nestjs/swagger';
import { AUDIT_ACTIONS, type AuditAction } from '../audit-action.contract.js';
import type { AuditChanges, AuditEntry } from '../audit-entry.entity.js';
import { AUDIT_ENTITY_TYPES } from '../audit-ignore.decorator.js';

export class AuditEntryResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null for changes made by the system' })
  userId: string | null;

  @ApiProperty({ type: String, nullable: true })
  userEmail: string | null;

  @ApiProperty({ enum: AUDIT_ACTIONS })
  action: AuditAction;

  @ApiProperty({ type: String, enum: AUDIT_ENTITY_TYPES, description: 'The name each audited entity declares (AuditEntityType)' })
  entityType: string;

  @ApiProperty()
  entityId: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'object', properties: { before: {}, after: {} } },
    example: { role: { before: 'member', after: 'coordinator' } },
  })
  changes: AuditChanges;
}

export function toAuditEntryResponse(entry: AuditEntry): AuditEntryResponseDto {
  return {
    id: entry.id,
    createdAt: entry.createdAt.toISOString(),
    userId: entry.userId,
    userEmail: entry.userEmail,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    changes: entry.changes,
  };
}
