import type { ListSpec } from '../list/list-spec.js';

/** The error report of one import, in file order by default. */
export const IMPORT_ROW_ERROR_LIST: ListSpec = {
  resource: 'import-row-errors',
  idColumn: 'e.id',
  sortable: {
    rowNumber: 'e.rowNumber',
    field: 'e.field',
  },
  filters: {
    field: { kind: 'equals', column: 'e.field' },
  },
  defaultSort: ['rowNumber', 'ASC'],
};
