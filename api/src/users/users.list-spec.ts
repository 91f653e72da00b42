import type { ListSpec } from '../list/list-spec.js';
import { USER_ROLES } from './user-role.contract.js';

export const USER_LIST: ListSpec = {
  resource: 'users',
  idColumn: 'u.id',
  sortable: {
    email: 'u.email',
    role: 'u.role',
    isActive: 'u.isActive',
    lastLoginAt: 'u.lastLoginAt',
    createdAt: 'u.createdAt',
  },
  filters: {
    role: { kind: 'equals', column: 'u.role', values: USER_ROLES },
    isActive: { kind: 'boolean', column: 'u.is_active' },
    personId: { kind: 'uuid', column: 'u.person_id' },
  },
  defaultSort: ['email', 'ASC'],
  // Accounts number in the hundreds: the address is folded as it is read.
  search: { text: 'public.immutable_unaccent(lower(u.email))' },
};
