import { useRecordContext } from 'react-admin';
import { canAccess } from '../auth/can-access';
import { useRole } from '../auth/use-role';
import type { AuditEntryRecord } from './audit-entry-record';
import { AuditReference } from './AuditReference';
import { resourceOfEntityType } from './entity-types';

/**
 * The record an audit entry is about, by its name (linked to its page, unless
 * the name sits inside a link already) rather than its id. Records that no admin list shows, or that the reader may not
 * list, are left to the record type beside it.
 */
export const AuditRecordName = ({ entityType, entityId, linked = true }: { entityType: string; entityId: string; linked?: boolean }) => {
  const role = useRole();
  const resource = resourceOfEntityType(entityType);
  const named = resource !== entityType && resource !== 'audit-entries' && canAccess(role, { action: 'list', resource });
  return named ? <AuditReference resource={resource} ids={[entityId]} linked={linked} /> : null;
};

/** The record of the audit entry in context, by name. */
export const AuditRecordField = (_props: { label?: string; source?: string }) => {
  const entry = useRecordContext<AuditEntryRecord>();
  return entry ? <AuditRecordName entityType={entry.entityType} entityId={entry.entityId} /> : null;
};
