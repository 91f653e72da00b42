import type { ListSpec } from '../list/list-spec.js';
import { MESSAGE_KINDS, MESSAGE_LANGUAGES } from './message-template.contract.js';

export const MESSAGE_TEMPLATE_LIST: ListSpec = {
  resource: 'message-templates',
  idColumn: 'm.id',
  sortable: { name: 'm.name', kind: 'm.kind', language: 'm.language', position: 'm.position', createdAt: 'm.createdAt', updatedAt: 'm.updatedAt' },
  filters: {
    kind: { kind: 'equals', column: 'm.kind', values: MESSAGE_KINDS },
    language: { kind: 'equals', column: 'm.language', values: MESSAGE_LANGUAGES },
  },
  defaultSort: ['name', 'ASC'],
  search: { text: `public.immutable_unaccent(lower(m.name || E'\\n' || coalesce(m.subject, '')))` },
};
