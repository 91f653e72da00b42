import { regionFilter } from '../countries/region-filter.js';
import type { ListSpec } from '../list/list-spec.js';
import { LOBBYING_ACTION_STATUSES, LOBBYING_ACTION_TYPES, LOBBYING_ASKS } from './lobbying-action.contract.js';

const MAX_AWAITING_DAYS = 3650;
const UUID_TEXT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const LOBBYING_ACTION_LIST: ListSpec = {
  resource: 'lobbying-actions',
  idColumn: 'la.id',
  sortable: {
    occurredOn: 'la.occurredOn',
    followUpAt: 'la.followUpAt',
    title: 'la.title',
    type: 'la.type',
    status: 'la.status',
    createdAt: 'la.createdAt',
    updatedAt: 'la.updatedAt',
  },
  filters: {
    countryId: { kind: 'uuid', column: 'la.country_id' },
    region: regionFilter('la.country_id'),
    type: { kind: 'equals', column: 'la.type', values: LOBBYING_ACTION_TYPES },
    status: { kind: 'equals', column: 'la.status', values: LOBBYING_ACTION_STATUSES },
    ask: { kind: 'arrayContains', column: 'la.asks', values: LOBBYING_ASKS },
    from: { kind: 'dateFrom', column: 'la.occurred_on' },
    until: { kind: 'dateTo', column: 'la.occurred_on' },
    followUpUntil: { kind: 'dateTo', column: 'la.follow_up_at' },
    authorityId: {
      kind: 'custom',
      check: (value) => (typeof value === 'string' && UUID_TEXT.test(value) ? undefined : 'filter authorityId must be a UUID'),
      apply: (query, value, parameter) => {
        query.andWhere(`EXISTS (SELECT 1 FROM lobbying_action_authorities f_t WHERE f_t.lobbying_action_id = la.id AND f_t.authority_id = :${parameter})`, {
          [parameter]: value,
        });
      },
    },
    organizationId: {
      kind: 'custom',
      check: (value) => (typeof value === 'string' && UUID_TEXT.test(value) ? undefined : 'filter organizationId must be a UUID'),
      apply: (query, value, parameter) => {
        query.andWhere(
          `EXISTS (SELECT 1 FROM lobbying_action_organizations f_o WHERE f_o.lobbying_action_id = la.id AND f_o.organization_id = :${parameter})`,
          { [parameter]: value },
        );
      },
    },
    /** Awaiting a response for more than this many days since the action. */
    awaitingMoreThanDays: {
      kind: 'custom',
      check: (value) =>
        typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_AWAITING_DAYS
          ? undefined
          : `filter awaitingMoreThanDays must be a whole number of days from 0 to ${MAX_AWAITING_DAYS}`,
      apply: (query, value, parameter) => {
        query.andWhere(`la.status = 'awaiting_response' AND la.occurred_on < current_date - CAST(:${parameter} AS int)`, { [parameter]: value });
      },
    },
  },
  defaultSort: ['occurredOn', 'DESC'],
  search: { text: 'la.search_text', similar: true },
};
