import { describe, expect, it } from '@jest/globals';
import { REGIONS } from './country.contract.js';
import { referenceCountries } from './load-reference-countries.js';

describe('REGIONS', () => {
  it('names every region the reference data gives a country, so the region filters offer them all', () => {
    const regions = new Set(referenceCountries().map((country) => country.region));
    expect([...regions].filter((region) => !(REGIONS as readonly string[]).includes(region))).toEqual([]);
  });
});
