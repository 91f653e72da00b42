import type { ListSpec } from '../list/list-spec.js';
import { GOVERNMENT_POSITIONS, OP_STATUSES, REGIONAL_MECHANISMS } from './country.contract.js';

const ISO3 = /^[A-Za-z]{3}$/;

export const COUNTRY_LIST: ListSpec = {
  resource: 'countries',
  idColumn: 'c.id',
  // Each name sorts as its language does (Égypte among the E's in French,
  // Irán before Iraq in Spanish); the database's own collation is bytewise.
  // A missing translation sorts as the English name the interface shows.
  sortable: {
    name: 'c.name COLLATE "en-x-icu"',
    nameEs: 'coalesce(c.nameEs, c.name) COLLATE "es-x-icu"',
    nameFr: 'coalesce(c.nameFr, c.name) COLLATE "fr-x-icu"',
    iso3: 'c.iso3',
    region: 'c.region',
    subregion: 'c.subregion',
    opStatus: 'c.opStatus',
    governmentPosition: 'c.governmentPosition',
    // Indexed: the steering committee prepares the reviews that come first.
    nextUprReviewAt: 'c.nextUprReviewAt',
  },
  filters: {
    region: { kind: 'equals', column: 'c.region' },
    subregion: { kind: 'equals', column: 'c.subregion' },
    opStatus: { kind: 'equals', column: 'c.op_status', values: OP_STATUSES },
    icescrParty: { kind: 'boolean', column: 'c.icescr_party' },
    governmentPosition: { kind: 'equals', column: 'c.government_position', values: GOVERNMENT_POSITIONS },
    regionalMechanisms: { kind: 'arrayContains', column: 'c.regional_mechanisms', values: REGIONAL_MECHANISMS },
    // Countries where an active member organization works or has its headquarters.
    hasMembers: {
      kind: 'custom',
      check: (value) => (typeof value === 'boolean' ? undefined : 'filter hasMembers must be true or false'),
      apply: (query, value) => {
        const members = `EXISTS (SELECT 1 FROM organizations o WHERE o.membership_status = 'active'
          AND (o.headquarters_country_id = c.id OR EXISTS (SELECT 1 FROM organization_countries oc WHERE oc.organization_id = o.id AND oc.country_id = c.id)))`;
        query.andWhere(value === true ? members : `NOT ${members}`);
      },
    },
    iso3: {
      kind: 'custom',
      check: (value) => {
        const codes = Array.isArray(value) ? value : [value];
        const valid = codes.length > 0 && codes.every((code) => typeof code === 'string' && ISO3.test(code));
        return valid ? undefined : 'filter iso3 must be a three-letter code or a list of them';
      },
      apply: (query, value, parameter) => {
        const codes = (Array.isArray(value) ? value : [value]).map((code) => String(code).toUpperCase());
        query.andWhere(`c.iso3 IN (:...${parameter})`, { [parameter]: codes });
      },
    },
  },
  defaultSort: ['name', 'ASC'],
  // People type a country as they know it: its English, Spanish or French name, or its ISO code.
  // About 250 rows: folded as they are read, no index needed.
  search: {
    text: `public.immutable_unaccent(lower(c.name || E'\\n' || coalesce(c.name_es, '') || E'\\n' || coalesce(c.name_fr, '')))`,
    similar: true,
    codes: ['c.iso3', 'c.iso2'],
  },
};

/** What members may sort and filter countries by: nothing that reveals the campaign's reading of a government. */
export const MEMBER_COUNTRY_LIST: ListSpec = {
  ...COUNTRY_LIST,
  sortable: Object.fromEntries(Object.entries(COUNTRY_LIST.sortable).filter(([field]) => field !== 'governmentPosition')),
  filters: Object.fromEntries(Object.entries(COUNTRY_LIST.filters).filter(([field]) => field !== 'governmentPosition')),
};
