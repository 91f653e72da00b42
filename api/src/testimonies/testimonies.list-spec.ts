import { regionFilter } from '../countries/region-filter.js';
import type { ListSpec } from '../list/list-spec.js';
import { ESCR_RIGHTS, TESTIMONY_SOURCES, TESTIMONY_STATUSES } from './testimony.contract.js';

/**
 * Neither sort, filter nor search touches the submitter: any of them would let
 * a reader who may not see the submitter of an anonymized testimony find it out.
 */
export const TESTIMONY_LIST: ListSpec = {
  resource: 'testimonies',
  idColumn: 't.id',
  sortable: { createdAt: 't.createdAt', updatedAt: 't.updatedAt', status: 't.status', publishedAt: 't.publishedAt' },
  filters: {
    countryId: { kind: 'uuid', column: 't.country_id' },
    region: regionFilter('t.country_id'),
    status: { kind: 'equals', column: 't.status', values: TESTIMONY_STATUSES },
    source: { kind: 'equals', column: 't.source', values: TESTIMONY_SOURCES },
    right: { kind: 'arrayContains', column: 't.rights_affected', values: ESCR_RIGHTS },
    organizationId: { kind: 'uuid', column: 't.organization_id' },
    consentToPublish: { kind: 'boolean', column: 't.consent_to_publish' },
    createdFrom: { kind: 'dateFrom', column: 't.created_at' },
    createdTo: { kind: 'dateTo', column: 't.created_at' },
  },
  defaultSort: ['createdAt', 'DESC'],
  search: { text: `public.immutable_unaccent(lower(coalesce(t.public_title, '') || E'\\n' || t.text))` },
};
