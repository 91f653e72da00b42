import { describe, expect, it } from '@jest/globals';
import type { AffiliationsService } from '../affiliations/affiliations.service.js';
import type { OrganizationBatchService } from '../organizations/organization-batch.service.js';
import type { PersonBatchService } from '../people/person-batch.service.js';
import { CountryLookup } from './country-lookup.js';
import { PeopleImporter } from './people-importer.js';
import { unreachable } from './unreachable.js';

const KENYA = '00000000-0000-4000-8000-000000000404';
const IVORY_COAST = '00000000-0000-4000-8000-000000000384';
const countries = new CountryLookup([
  { id: KENYA, iso2: 'KE', iso3: 'KEN', name: 'Kenya', nameEs: 'Kenia', nameFr: 'Kenya' },
  { id: IVORY_COAST, iso2: 'CI', iso3: 'CIV', name: "Côte d'Ivoire", nameEs: 'Côte d’Ivoire', nameFr: "Côte d'Ivoire" },
]);
const writing = 'checking a row';
const importer = new PeopleImporter(
  countries,
  unreachable<PersonBatchService>(writing),
  unreachable<AffiliationsService>(writing),
  unreachable<OrganizationBatchService>(writing),
);
const row = (cells: Record<string, string>) => importer.check(7, { firstName: 'Ana', lastName: 'Pérez', ...cells });

describe('CountryLookup', () => {
  it('finds a country by ISO code or name, whatever the case and accents', () => {
    expect(['KEN', 'ke', 'Kenya', 'kenia'].map((text) => countries.find(text))).toEqual([KENYA, KENYA, KENYA, KENYA]);
    expect(countries.find('COTE D’IVOIRE')).toBe(IVORY_COAST);
    expect(countries.find('Narnia')).toBeUndefined();
  });
});

describe('PeopleImporter.check', () => {
  it('reads a full row', () => {
    const checked = row({
      email: 'Ana@Example.org',
      otherEmails: 'ana.p@example.org',
      phones: '+254 20 1234567; +254 722 000000',
      country: 'KE',
      languages: 'en;Es',
      organization: 'Kenya Human Rights Commission',
      role: 'Focal point',
      isPrimaryContact: 'yes',
      since: '2021-03-01',
    });
    expect(checked).toEqual({
      rowNumber: 7,
      errors: [],
      keys: [{ field: 'email', key: 'email:ana@example.org', code: 'already_in_row', value: 'ana@example.org', label: 'e-mail "ana@example.org"' }],
      value: {
        firstName: 'Ana',
        lastName: 'Pérez',
        email: 'ana@example.org',
        otherEmails: ['ana.p@example.org'],
        phones: ['+254 20 1234567', '+254 722 000000'],
        jobTitle: undefined,
        countryId: KENYA,
        languages: ['en', 'es'],
        affiliation: { organization: 'Kenya Human Rights Commission', role: 'Focal point', isPrimaryContact: true, since: '2021-03-01' },
      },
    });
  });

  it('names every field at fault and keeps no value', () => {
    const checked = importer.check(9, { firstName: '', lastName: 'Pérez', email: 'nope', country: 'Narnia', since: '2021-13-01' });
    expect(checked.value).toBeUndefined();
    expect(checked.errors).toEqual([
      { field: 'firstName', code: 'required', params: {}, message: 'firstName is required' },
      { field: 'email', code: 'not_email', params: { value: 'nope' }, message: 'email "nope" is not an e-mail address' },
      {
        field: 'country',
        code: 'unknown_country',
        params: { value: 'Narnia' },
        message: 'country "Narnia" is not known: use its ISO code (KEN or KE) or its English name',
      },
      { field: 'since', code: 'not_date', params: { value: '2021-13-01' }, message: 'since "2021-13-01" must be a date written YYYY-MM-DD' },
      { field: 'organization', code: 'organization_required', params: { columns: 'since' }, message: 'organization is required when since is given' },
    ]);
  });

  it('asks for an organization when a role is given without one', () => {
    expect(row({ role: 'Director', isPrimaryContact: 'true' }).errors).toEqual([
      {
        field: 'organization',
        code: 'organization_required',
        params: { columns: 'role, isPrimaryContact' },
        message: 'organization is required when role, isPrimaryContact are given',
      },
    ]);
  });
});
