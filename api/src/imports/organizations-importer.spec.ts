import { describe, expect, it } from '@jest/globals';
import type { OrganizationBatchService } from '../organizations/organization-batch.service.js';
import { CountryLookup } from './country-lookup.js';
import { OrganizationsImporter } from './organizations-importer.js';
import { unreachable } from './unreachable.js';

const ARGENTINA = '00000000-0000-4000-8000-000000000032';
const URUGUAY = '00000000-0000-4000-8000-000000000858';
const importer = new OrganizationsImporter(
  new CountryLookup([
    { id: ARGENTINA, iso2: 'AR', iso3: 'ARG', name: 'Argentina', nameEs: 'Argentina', nameFr: 'Argentine' },
    { id: URUGUAY, iso2: 'UY', iso3: 'URY', name: 'Uruguay', nameEs: 'Uruguay', nameFr: 'Uruguay' },
  ]),
  unreachable<OrganizationBatchService>('checking a row'),
);

describe('OrganizationsImporter.check', () => {
  it('reads a row and keys it by e-mail and by name in its country', () => {
    const checked = importer.check(2, {
      name: 'Red de Vivienda',
      type: 'Social movement',
      country: 'argentina',
      countriesOfWork: 'ARG; UY; Argentine',
      email: 'Info@RV.example.org',
      rightsFocus: 'housing; social security',
      isSteeringCommittee: 'no',
    });
    expect(checked.errors).toEqual([]);
    expect(checked.value).toMatchObject({
      name: 'Red de Vivienda',
      type: 'social_movement',
      headquartersCountryId: ARGENTINA,
      countriesOfWork: [ARGENTINA, URUGUAY],
      email: 'info@rv.example.org',
      rightsFocus: ['housing', 'social_security'],
      isSteeringCommittee: false,
    });
    expect(checked.keys.map((key) => key.key)).toEqual(['email:info@rv.example.org', `name:red de vivienda|${ARGENTINA}`]);
  });

  it('names every field at fault, in column order', () => {
    const checked = importer.check(3, { name: '', type: 'club', countriesOfWork: 'ARG;Atlantis', membershipStatus: 'honorary', joinedAt: '2020-13-01' });
    expect(checked.value).toBeUndefined();
    expect(checked.errors.map((error) => error.field)).toEqual(['name', 'type', 'countriesOfWork', 'membershipStatus', 'joinedAt']);
    expect(checked.errors.map(({ code, params }) => ({ code, params }))).toEqual([
      { code: 'required', params: {} },
      { code: 'not_choice', params: { value: 'club', allowed: 'ngo, network, union, social_movement, academic, nhri, other' } },
      { code: 'unknown_countries', params: { values: 'Atlantis' } },
      { code: 'not_choice', params: { value: 'honorary', allowed: expect.stringContaining('active') } },
      { code: 'not_date', params: { value: '2020-13-01' } },
    ]);
    expect(checked.errors[2].message).toBe('countriesOfWork: "Atlantis" not known: use ISO codes (KEN or KE) or English names');
  });
});
