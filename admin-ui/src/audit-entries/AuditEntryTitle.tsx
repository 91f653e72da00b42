import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditEntryRecord } from './audit-entry-record';
import { AuditRecordName } from './AuditRecordName';
import { useEntityTypeLabel } from './use-entity-type-label';

/** An audit entry as its page title names it: what was done to which record ("Modificación: Organización Red de Vivienda Digna"), never its ids. */
export const AuditEntryTitle = () => {
  const entry = useRecordContext<AuditEntryRecord>();
  const translate = useTranslate();
  const entityTypeLabel = useEntityTypeLabel();
  if (!entry) return null;
  return (
    <>
      {translate('resources.audit-entries.summary', {
        action: translate(`resources.audit-entries.actions.${entry.action}`, { _: entry.action }),
        entityType: entityTypeLabel(entry.entityType),
      })}{' '}
      <AuditRecordName entityType={entry.entityType} entityId={entry.entityId} linked={false} />
    </>
  );
};
