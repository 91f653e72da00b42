import type { ListSpec } from '../list/list-spec.js';
import { NOTE_TARGETS } from './note-target.contract.js';

export const NOTE_LIST: ListSpec = {
  resource: 'notes',
  idColumn: 'n.id',
  sortable: { createdAt: 'n.createdAt', updatedAt: 'n.updatedAt' },
  filters: {
    targetType: { kind: 'equals', column: 'n.target_type', values: NOTE_TARGETS },
    targetId: { kind: 'uuid', column: 'n.target_id' },
    authorId: { kind: 'uuid', column: 'n.author_id' },
  },
  defaultSort: ['createdAt', 'DESC'],
  // Notes are read by record, a few at a time: the body is folded as it is read.
  search: { text: 'public.immutable_unaccent(lower(n.body))' },
};
