import { CURRENT_AFFILIATION } from '../affiliations/affiliations.list-spec.js';
import { regionFilter } from '../countries/region-filter.js';
import type { ListSpec } from '../list/list-spec.js';
import { LANGUAGES } from '../organizations/organization.contract.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const PERSON_LIST: ListSpec = {
  resource: 'people',
  idColumn: 'p.id',
  sortable: {
    lastName: 'lower(p.last_name)',
    firstName: 'lower(p.first_name)',
    email: 'lower(p.email)',
    createdAt: 'p.createdAt',
  },
  filters: {
    countryId: { kind: 'uuid', column: 'p.country_id' },
    region: regionFilter('p.country_id'),
    language: { kind: 'arrayContains', column: 'p.languages', values: LANGUAGES },
    createdFrom: { kind: 'dateFrom', column: 'p.created_at' },
    createdTo: { kind: 'dateTo', column: 'p.created_at' },
    // "Members through organization X": people currently affiliated with it.
    organizationId: {
      kind: 'custom',
      check: (value) => (typeof value === 'string' && UUID.test(value) ? undefined : 'filter organizationId must be a UUID'),
      apply: (query, value, parameter) => {
        query.andWhere(`EXISTS (SELECT 1 FROM affiliations a WHERE a.person_id = p.id AND a.organization_id = :${parameter} AND ${CURRENT_AFFILIATION})`, {
          [parameter]: value,
        });
      },
    },
    hasUser: {
      kind: 'custom',
      check: (value) => (typeof value === 'boolean' ? undefined : 'filter hasUser must be true or false'),
      apply: (query, value) => {
        query.andWhere(`${value ? '' : 'NOT '}EXISTS (SELECT 1 FROM users u WHERE u.person_id = p.id)`);
      },
    },
  },
  defaultSort: ['lastName', 'ASC'],
  // Names in both orders and the primary e-mail (migration AddAccentInsensitiveSearch).
  search: { text: 'p.search_text', similar: true },
};
