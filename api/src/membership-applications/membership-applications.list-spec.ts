import type { ListSpec } from '../list/list-spec.js';
import { APPLICATION_STATUSES } from './membership-application.contract.js';

export const MEMBERSHIP_APPLICATION_LIST: ListSpec = {
  resource: 'membership-applications',
  idColumn: 'a.id',
  sortable: {
    createdAt: 'a.createdAt',
    organizationName: 'a.organizationName',
    status: 'a.status',
  },
  filters: {
    status: { kind: 'equals', column: 'a.status', values: APPLICATION_STATUSES },
    headquartersCountryId: { kind: 'uuid', column: 'a.headquarters_country_id' },
  },
  defaultSort: ['createdAt', 'DESC'],
  // Organization name and acronym, contact name and e-mail (migration AddAccentInsensitiveSearch).
  search: { text: 'a.search_text', similar: true },
};
