import { useTranslate } from 'react-admin';
import type { AuditEntryRecord } from './audit-entry-record';
import { AuditRecordName } from './AuditRecordName';
import { useEntityTypeLabel } from './use-entity-type-label';

/** What was done to which record ("Modificación: Organización Red de Vivienda Digna"), in the reader's language and never by id; the name is not a link, as it sits in one or in a title. */
export const AuditEntrySummary = ({ entry }: { entry: Pick<AuditEntryRecord, 'action' | 'entityType' | 'entityId'> }) => {
  const translate = useTranslate();
  const entityTypeLabel = useEntityTypeLabel();
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
