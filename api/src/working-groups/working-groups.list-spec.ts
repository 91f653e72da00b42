import type { ListSpec } from '../list/list-spec.js';

export const WORKING_GROUP_LIST: ListSpec = {
  resource: 'working-groups',
  idColumn: 'g.id',
  sortable: { name: 'g.name', createdAt: 'g.createdAt', updatedAt: 'g.updatedAt' },
  filters: {},
  defaultSort: ['name', 'ASC'],
  search: (query, term) => {
    query.andWhere('g.name ILIKE :search', { search: `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
  },
};
