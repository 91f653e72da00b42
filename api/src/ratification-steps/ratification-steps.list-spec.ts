import { regionFilter } from '../countries/region-filter.js';
import type { ListSpec } from '../list/list-spec.js';
import { RATIFICATION_STAGES, RATIFICATION_STEP_STATUSES } from './ratification-step.contract.js';

export const RATIFICATION_STEP_LIST: ListSpec = {
  resource: 'ratification-steps',
  idColumn: 's.id',
  sortable: { date: 's.date', stage: 's.stage', status: 's.status', createdAt: 's.createdAt', updatedAt: 's.updatedAt' },
  filters: {
    countryId: { kind: 'uuid', column: 's.country_id' },
    region: regionFilter('s.country_id'),
    stage: { kind: 'equals', column: 's.stage', values: RATIFICATION_STAGES },
    status: { kind: 'equals', column: 's.status', values: RATIFICATION_STEP_STATUSES },
  },
  defaultSort: ['date', 'ASC'],
  // A few steps per country: the note is folded as it is read.
  search: { text: `public.immutable_unaccent(lower(coalesce(s.note, '') || E'\\n' || coalesce(s.source, '')))`, similar: false },
};
