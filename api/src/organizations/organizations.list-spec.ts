import { regionFilter } from '../countries/region-filter.js';
import type { FilterField, ListSpec } from '../list/list-spec.js';
import { LANGUAGES, MEMBERSHIP_STATUSES, ORGANIZATION_TYPES, RIGHTS_FOCUS } from './organization.contract.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A filter taking one id or a list of ids, matched by an SQL condition on `:...parameter`. */
const idsFilter = (name: string, condition: (parameter: string) => string): FilterField => ({
  kind: 'custom',
  check: (value) => {
    const ids = Array.isArray(value) ? value : [value];
    return ids.length > 0 && ids.every((id) => typeof id === 'string' && UUID.test(id)) ? undefined : `filter ${name} must be a UUID or a list of UUIDs`;
  },
  apply: (query, value, parameter) => {
    query.andWhere(condition(parameter), { [parameter]: Array.isArray(value) ? value : [value] });
  },
});

/** Everything the secretariat and the steering committee may filter and sort organizations by. */
export const ORGANIZATION_LIST: ListSpec = {
  resource: 'organizations',
  idColumn: 'o.id',
  sortable: {
    name: 'lower(o.name)',
    acronym: 'lower(o.acronym)',
    type: 'o.type',
    membershipStatus: 'o.membershipStatus',
    joinedAt: 'o.joinedAt',
    createdAt: 'o.createdAt',
    updatedAt: 'o.updatedAt',
  },
  filters: {
    // Where it works: its headquarters or one of its countries of work.
    countryId: idsFilter(
      'countryId',
      (p) =>
        `(o.headquarters_country_id IN (:...${p}) OR EXISTS (SELECT 1 FROM organization_countries oc WHERE oc.organization_id = o.id AND oc.country_id IN (:...${p})))`,
    ),
    headquartersCountryId: { kind: 'uuid', column: 'o.headquarters_country_id' },
    region: regionFilter('o.headquarters_country_id'),
    membershipStatus: { kind: 'equals', column: 'o.membership_status', values: MEMBERSHIP_STATUSES },
    type: { kind: 'equals', column: 'o.type', values: ORGANIZATION_TYPES },
    rightsFocus: { kind: 'arrayContains', column: 'o.rights_focus', values: RIGHTS_FOCUS },
    language: { kind: 'arrayContains', column: 'o.languages', values: LANGUAGES },
    isSteeringCommittee: { kind: 'boolean', column: 'o.is_steering_committee' },
    workingGroupId: idsFilter(
      'workingGroupId',
      (p) => `EXISTS (SELECT 1 FROM organization_working_groups owg WHERE owg.organization_id = o.id AND owg.working_group_id IN (:...${p}))`,
    ),
    joinedFrom: { kind: 'dateFrom', column: 'o.joined_at' },
    joinedTo: { kind: 'dateTo', column: 'o.joined_at' },
    // The organizations a person works or worked with.
    personId: idsFilter('personId', (p) => `EXISTS (SELECT 1 FROM affiliations af WHERE af.organization_id = o.id AND af.person_id IN (:...${p}))`),
    email: { kind: 'text', column: 'o.email' },
  },
  defaultSort: ['name', 'ASC'],
  // Name and acronym only: a member searching the directory must not find organizations by their e-mail.
  search: { text: 'o.search_text', similar: true },
};

const pick = <T>(record: Record<string, T>, keys: readonly string[]): Record<string, T> =>
  Object.fromEntries(Object.entries(record).filter(([key]) => keys.includes(key)));

/**
 * What a member may filter and sort the directory of member organizations by:
 * nothing that reveals contact data, affiliations or internal status.
 */
export const MEMBER_ORGANIZATION_LIST: ListSpec = {
  ...ORGANIZATION_LIST,
  sortable: pick(ORGANIZATION_LIST.sortable, ['name', 'acronym', 'type', 'joinedAt']),
  filters: pick(ORGANIZATION_LIST.filters, [
    'countryId',
    'headquartersCountryId',
    'region',
    'type',
    'rightsFocus',
    'language',
    'isSteeringCommittee',
    'workingGroupId',
    'joinedFrom',
    'joinedTo',
  ]),
};
