import HistoryIcon from '@mui/icons-material/History';
import { LIST_AND_SHOW } from '../auth/access-rule';
import { lazyPage } from '../common/lazy-page';
import type { ResourceDefinition } from '../common/resource-definition';
import type { AuditEntryRecord } from './audit-entry-record';
import { auditEntriesMessages } from './messages';

/** Read-only: the API writes audit entries, nobody edits them. */
export const auditEntries: ResourceDefinition = {
  name: 'audit-entries',
  pages: {
    list: lazyPage(() => import('./AuditEntryList'), 'AuditEntryList'),
    show: lazyPage(() => import('./AuditEntryShow'), 'AuditEntryShow'),
    icon: HistoryIcon,
    // Its page titles itself (AuditEntryTitle); elsewhere an entry is known by its time, never by its id.
    recordRepresentation: (record: AuditEntryRecord): string => record.createdAt.replace('T', ' ').slice(0, 16),
  },
  menu: { group: 'administration', order: 20 },
  access: { admin: LIST_AND_SHOW, coordinator: LIST_AND_SHOW, steering: LIST_AND_SHOW },
  messages: auditEntriesMessages,
};
