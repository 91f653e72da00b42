import { regionFilter } from '../countries/region-filter.js';
import type { ListSpec } from '../list/list-spec.js';
import { AUTHORITY_INSTITUTIONS, AUTHORITY_STANCES } from './authority.contract.js';

export const AUTHORITY_LIST: ListSpec = {
  resource: 'authorities',
  idColumn: 'a.id',
  sortable: {
    postTitle: 'a.postTitle',
    institution: 'a.institution',
    stance: 'a.stance',
    holderName: 'a.holderName',
    createdAt: 'a.createdAt',
    updatedAt: 'a.updatedAt',
  },
  filters: {
    countryId: { kind: 'uuid', column: 'a.country_id' },
    region: regionFilter('a.country_id'),
    institution: { kind: 'equals', column: 'a.institution', values: AUTHORITY_INSTITUTIONS },
    stance: { kind: 'equals', column: 'a.stance', values: AUTHORITY_STANCES },
    isActive: { kind: 'boolean', column: 'a.is_active' },
  },
  defaultSort: ['postTitle', 'ASC'],
  // Post and current holder, folded in a stored column with a trigram index.
  search: { text: 'a.search_text', similar: true },
};
