import type { ListSpec } from '../list/list-spec.js';
import { AUDIT_ACTIONS } from './audit-action.contract.js';

export const AUDIT_ENTRY_LIST: ListSpec = {
  resource: 'audit-entries',
  idColumn: 'a.id',
  sortable: { createdAt: 'a.createdAt', entityType: 'a.entityType', action: 'a.action', userEmail: 'a.userEmail' },
  filters: {
    entityType: { kind: 'equals', column: 'a.entityType' },
    entityId: { kind: 'equals', column: 'a.entityId' },
    action: { kind: 'equals', column: 'a.action', values: AUDIT_ACTIONS },
    userId: { kind: 'uuid', column: 'a.userId' },
    createdFrom: { kind: 'dateFrom', column: 'a.createdAt' },
    createdTo: { kind: 'dateTo', column: 'a.createdAt' },
  },
  defaultSort: ['createdAt', 'DESC'],
};
