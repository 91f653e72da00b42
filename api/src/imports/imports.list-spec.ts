import type { ListSpec } from '../list/list-spec.js';
import { IMPORT_RESOURCES, IMPORT_STATUSES } from './import.contract.js';

export const IMPORT_JOB_LIST: ListSpec = {
  resource: 'imports',
  idColumn: 'j.id',
  sortable: {
    createdAt: 'j.createdAt',
    status: 'j.status',
    finishedAt: 'j.finishedAt',
  },
  filters: {
    status: { kind: 'equals', column: 'j.status', values: IMPORT_STATUSES },
    resource: { kind: 'equals', column: 'j.resource', values: IMPORT_RESOURCES },
    dryRun: { kind: 'boolean', column: 'j.dry_run' },
    createdById: { kind: 'uuid', column: 'j.created_by_id' },
  },
  defaultSort: ['createdAt', 'DESC'],
};
