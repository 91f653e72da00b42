import { useRecordContext } from 'react-admin';
import type { AuditEntryRecord } from './audit-entry-record';
import { AuditEntrySummary } from './AuditEntrySummary';

/** The audit entry page's title: what changed, never the entry's ids. */
export const AuditEntryTitle = () => {
  const entry = useRecordContext<AuditEntryRecord>();
  return entry ? <AuditEntrySummary entry={entry} /> : null;
};
