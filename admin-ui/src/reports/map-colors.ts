import type { OpStatus } from '@contract/countries/country.contract';

/**
 * The map's colours by treaty status: blues for states parties, amber for a
 * signature, grey for none. Told apart without red–green, and each is also
 * named in the legend and the tooltip.
 */
export const STATUS_COLORS: Readonly<Record<OpStatus, string>> = {
  ratified: '#1d5fa8',
  acceded: '#63a4dd',
  signed: '#e9a227',
  none: '#cfd5dc',
};

/** Land the data says nothing about (a disputed area without an ISO code). */
export const NO_DATA_COLOR = '#eef1f4';
