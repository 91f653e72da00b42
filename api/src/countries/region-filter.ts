import type { FilterField } from '../list/list-spec.js';

/**
 * A list filter on the region of a record's country: `countryColumn` is the
 * SQL column that holds the country id. Takes one region or a list of them.
 */
export const regionFilter = (countryColumn: string): FilterField => ({
  kind: 'custom',
  check: (value) => {
    const regions = Array.isArray(value) ? value : [value];
    const valid = regions.length > 0 && regions.every((region) => typeof region === 'string' && region.length > 0 && region.length <= 60);
    return valid ? undefined : 'filter region must be a region name or a list of them';
  },
  apply: (query, value, parameter) => {
    const regions = Array.isArray(value) ? value : [value];
    query.andWhere(`${countryColumn} IN (SELECT region_country.id FROM countries region_country WHERE region_country.region IN (:...${parameter}))`, {
      [parameter]: regions,
    });
  },
});
