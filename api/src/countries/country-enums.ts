export const OP_STATUSES = ['none', 'signed', 'ratified', 'acceded'] as const;
export type OpStatus = (typeof OP_STATUSES)[number];

export const GOVERNMENT_POSITIONS = ['unknown', 'opposed', 'undecided', 'considering', 'committed'] as const;
export type GovernmentPosition = (typeof GOVERNMENT_POSITIONS)[number];
