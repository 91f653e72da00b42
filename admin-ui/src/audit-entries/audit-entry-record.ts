import { AUDIT_ACTIONS, type AuditAction } from '@contract/audit/audit-action.contract';

export const AUDIT_ACTION_CHOICES: Array<{ id: AuditAction; name: string }> = AUDIT_ACTIONS.map((action) => ({
  id: action,
  name: `app.audit.actions.${action}`,
}));

export type AuditChange = {
  before: unknown;
  after: unknown;
};

/** An audit entry as `GET /api/audit-entries/:id` returns it. */
export type AuditEntryRecord = {
  id: string;
  createdAt: string;
  userId?: string | null;
  userEmail: string | null;
  action: AuditAction;
  entityType: string;
  entityId: string;
  changes: Record<string, unknown> | null;
};

export const isAuditChange = (value: unknown): value is AuditChange =>
  typeof value === 'object' && value !== null && 'before' in value && 'after' in value;
