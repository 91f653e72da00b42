import { regionFilter } from '../countries/region-filter.js';
import type { ListSpec } from '../list/list-spec.js';
import { EVENT_STATUSES, EVENT_TYPES } from './event.contract.js';

/** Filters the calendar and the iCalendar feed share. */
export const EVENT_CALENDAR_FILTERS: ListSpec['filters'] = {
  countryId: { kind: 'uuid', column: 'e.country_id' },
  region: regionFilter('e.country_id'),
  type: { kind: 'equals', column: 'e.type', values: EVENT_TYPES },
};

export const EVENT_LIST: ListSpec = {
  resource: 'events',
  idColumn: 'e.id',
  sortable: { startsAt: 'e.startsAt', title: 'e.title', type: 'e.type', status: 'e.status', createdAt: 'e.createdAt', updatedAt: 'e.updatedAt' },
  filters: {
    ...EVENT_CALENDAR_FILTERS,
    status: { kind: 'equals', column: 'e.status', values: EVENT_STATUSES },
    isPublic: { kind: 'boolean', column: 'e.is_public' },
    // The calendar asks for a window: events still running on `from`, and those starting by `until`.
    from: { kind: 'dateFrom', column: 'e.ends_at' },
    until: { kind: 'dateTo', column: 'e.starts_at' },
  },
  defaultSort: ['startsAt', 'ASC'],
  search: { text: 'public.immutable_unaccent(lower(e.title))', similar: true },
};
