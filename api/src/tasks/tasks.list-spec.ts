import type { ListSpec } from '../list/list-spec.js';
import { TASK_ORIGINS, TASK_SOURCE_TYPES, TASK_STATUSES } from './task.contract.js';

export const TASK_LIST: ListSpec = {
  resource: 'tasks',
  idColumn: 't.id',
  sortable: { dueOn: 't.dueOn', title: 't.title', status: 't.status', origin: 't.origin', createdAt: 't.createdAt', updatedAt: 't.updatedAt' },
  filters: {
    status: { kind: 'equals', column: 't.status', values: TASK_STATUSES },
    origin: { kind: 'equals', column: 't.origin', values: TASK_ORIGINS },
    countryId: { kind: 'uuid', column: 't.country_id' },
    assigneeUserId: { kind: 'uuid', column: 't.assignee_user_id' },
    assigneeOrganizationId: { kind: 'uuid', column: 't.assignee_organization_id' },
    sourceType: { kind: 'equals', column: 't.source_type', values: TASK_SOURCE_TYPES },
    sourceId: { kind: 'uuid', column: 't.source_id' },
    dueFrom: { kind: 'dateFrom', column: 't.due_on' },
    dueUntil: { kind: 'dateTo', column: 't.due_on' },
  },
  defaultSort: ['dueOn', 'ASC'],
  search: { text: 't.search_text', similar: true },
};
