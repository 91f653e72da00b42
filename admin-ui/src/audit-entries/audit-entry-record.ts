import { AUDIT_ACTIONS, type AuditAction } from '@contract/audit/audit-action.contract';
import type { Schema } from '../api/schema';

export const AUDIT_ACTION_CHOICES: Array<{ id: AuditAction; name: string }> = AUDIT_ACTIONS.map((action) => ({
  id: action,
  name: `resources.audit-entries.actions.${action}`,
}));

export type AuditChange = {
  before: unknown;
  after: unknown;
};

/** An audit entry as `GET /api/audit-entries/:id` returns it. */
export type AuditEntryRecord = Schema<'AuditEntryResponseDto'>;

export const isAuditChange = (value: unknown): value is AuditChange => typeof value === 'object' && value !== null && 'before' in value && 'after' in value;
