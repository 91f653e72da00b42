import type { ListSpec } from '../list/list-spec.js';

export const WORKING_GROUP_LIST: ListSpec = {
  resource: 'working-groups',
  idColumn: 'g.id',
  sortable: { name: 'g.name', createdAt: 'g.createdAt', updatedAt: 'g.updatedAt' },
  filters: {},
  defaultSort: ['name', 'ASC'],
  // A handful of groups: the name is folded as it is read.
  search: { text: 'public.immutable_unaccent(lower(g.name))', similar: true },
};
