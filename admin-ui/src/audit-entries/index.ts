import HistoryIcon from '@mui/icons-material/History';
import { AuditEntryList } from './AuditEntryList';
import { AuditEntryShow } from './AuditEntryShow';
import type { AuditEntryRecord } from './audit-entry-record';

/** Read-only: the API writes audit entries, nobody edits them. */
export const auditEntries = {
  list: AuditEntryList,
  show: AuditEntryShow,
  icon: HistoryIcon,
  recordRepresentation: (record: AuditEntryRecord): string => `${record.entityType} ${record.entityId}`,
};
