export const OP_STATUSES = ['none', 'signed', 'ratified', 'acceded'] as const;
export type OpStatus = (typeof OP_STATUSES)[number];

export const GOVERNMENT_POSITIONS = ['unknown', 'opposed', 'undecided', 'considering', 'committed'] as const;
export type GovernmentPosition = (typeof GOVERNMENT_POSITIONS)[number];

/** UN M49 regions as the reference data name them; `Other` for an area M49 places in none. */
export const REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania', 'Other'] as const;
export type Region = (typeof REGIONS)[number];
