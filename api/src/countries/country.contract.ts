export const OP_STATUSES = ['none', 'signed', 'ratified', 'acceded'] as const;
export type OpStatus = (typeof OP_STATUSES)[number];

export const GOVERNMENT_POSITIONS = ['unknown', 'opposed', 'undecided', 'considering', 'committed'] as const;
export type GovernmentPosition = (typeof GOVERNMENT_POSITIONS)[number];

/** UN M49 regions as the reference data name them; `Other` for an area M49 places in none. */
export const REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania', 'Other'] as const;
export type Region = (typeof REGIONS)[number];

/** UN M49 sub-regions as the reference data name them (a region without sub-regions repeats its own name). */
export const SUBREGIONS = [
  'Australia and New Zealand',
  'Central Asia',
  'Eastern Asia',
  'Eastern Europe',
  'Latin America and the Caribbean',
  'Melanesia',
  'Micronesia',
  'Northern Africa',
  'Northern America',
  'Northern Europe',
  'Polynesia',
  'South-eastern Asia',
  'Southern Asia',
  'Southern Europe',
  'Sub-Saharan Africa',
  'Western Asia',
  'Western Europe',
] as const;
export type Subregion = (typeof SUBREGIONS)[number];

/**
 * Intergovernmental bodies a state takes part in where the coalition raises
 * the Optional Protocol: the African Union (and its Commission on Human and
 * Peoples' Rights), the Organization of American States, the Council of
 * Europe, the Organization for Security and Co-operation in Europe, the
 * European Union, ASEAN, SAARC, the League of Arab States, the Organisation
 * of Islamic Cooperation, the Pacific Islands Forum and the Commonwealth.
 */
export const REGIONAL_MECHANISMS = ['AU', 'OAS', 'CoE', 'OSCE', 'EU', 'ASEAN', 'SAARC', 'LAS', 'OIC', 'PIF', 'Commonwealth'] as const;
export type RegionalMechanism = (typeof REGIONAL_MECHANISMS)[number];

/** The fields of a country whose every change is kept as a status change. */
export const TRACKED_COUNTRY_FIELDS = [
  'opStatus',
  'opSignedAt',
  'opRatifiedAt',
  'art10Declaration',
  'art10DeclaredAt',
  'art11Declaration',
  'art11DeclaredAt',
  'governmentPosition',
] as const;
export type TrackedCountryField = (typeof TRACKED_COUNTRY_FIELDS)[number];

/** Treaty facts: a change of one of them must say where it comes from. */
export const SOURCED_COUNTRY_FIELDS: readonly TrackedCountryField[] = TRACKED_COUNTRY_FIELDS.filter((field) => field !== 'governmentPosition');

export const SOURCE_MAX_LENGTH = 2000;
