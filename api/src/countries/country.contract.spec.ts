import { describe, expect, it } from '@jest/globals';
import { REGIONS, SUBREGIONS } from './country.contract.js';
import { referenceCountries } from './load-reference-countries.js';

describe('REGIONS', () => {
  it('names every region the reference data gives a country, so the region filters offer them all', () => {
    const regions = new Set(referenceCountries().map((country) => country.region));
    expect([...regions].filter((region) => !(REGIONS as readonly string[]).includes(region))).toEqual([]);
  });
});

describe('SUBREGIONS', () => {
  it('names every UN M49 sub-region the reference data gives a country, so the admin can translate them all', () => {
    const named = new Set<string>([...SUBREGIONS, ...REGIONS]);
    const subregions = new Set(referenceCountries().map((country) => country.subregion));
    expect([...subregions].filter((subregion) => !named.has(subregion))).toEqual([]);
    expect(SUBREGIONS.filter((subregion) => !subregions.has(subregion))).toEqual([]);
  });
});
