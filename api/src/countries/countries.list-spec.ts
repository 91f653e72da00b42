import type { ListSpec } from '../list/list-spec.js';
import { OP_STATUSES } from './country.contract.js';

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
  },
  filters: {
    region: { kind: 'equals', column: 'c.region' },
    subregion: { kind: 'equals', column: 'c.subregion' },
    opStatus: { kind: 'equals', column: 'c.op_status', values: OP_STATUSES },
    icescrParty: { kind: 'boolean', column: 'c.icescr_party' },
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
