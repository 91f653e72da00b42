import type { ListSpec } from '../list/list-spec.js';
import { APPLICATION_STATUSES } from './membership-application.entity.js';

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

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
  // The same expression as the trigram index of migration IndexMembershipApplicationsList.
  search: (query, term) => {
    query.andWhere(
      `(a.organization_name || ' ' || coalesce(a.organization_acronym, '') || ' ' || a.contact_first_name || ' ' || a.contact_last_name || ' ' || a.contact_email) ILIKE :search`,
      { search: `%${escapeLike(term)}%` },
    );
  },
};
