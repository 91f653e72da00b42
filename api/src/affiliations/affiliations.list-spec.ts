import type { ListSpec } from '../list/list-spec.js';

/** An affiliation is current while it has no end date or ends today or later. */
export const CURRENT_AFFILIATION = '(a.until IS NULL OR a.until >= CURRENT_DATE)';

export const AFFILIATION_LIST: ListSpec = {
  resource: 'affiliations',
  idColumn: 'a.id',
  sortable: {
    since: 'a.since',
    until: 'a.until',
    role: 'a.role',
    isPrimaryContact: 'a.isPrimaryContact',
    createdAt: 'a.createdAt',
    personName: 'p.lastName',
    organizationName: 'o.name',
  },
  filters: {
    personId: { kind: 'uuid', column: 'a.person_id' },
    organizationId: { kind: 'uuid', column: 'a.organization_id' },
    isPrimaryContact: { kind: 'boolean', column: 'a.is_primary_contact' },
    current: {
      kind: 'custom',
      check: (value) => (typeof value === 'boolean' ? undefined : 'filter current must be true or false'),
      apply: (query, value) => {
        query.andWhere(value ? CURRENT_AFFILIATION : `NOT ${CURRENT_AFFILIATION}`);
      },
    },
  },
  defaultSort: ['since', 'DESC'],
};
