import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface CountryBody {
  id: string;
  iso3: string;
  name: string;
  region: string;
  opStatus: string;
  icescrParty: boolean;
}

describe('countries', () => {
  let t: TestApp;
  let argentinaId: string;
  const auth = async (role: 'admin' | 'coordinator' | 'steering' | 'member'): Promise<[string, string]> => [
    'Authorization',
    `Bearer ${await t.tokenFor(role)}`,
  ];

  beforeAll(async () => {
    t = await startTestApp();
    [{ id: argentinaId }] = await t.dataSource.query("SELECT id FROM countries WHERE iso3 = 'ARG'");
  });
  afterAll(() => t.close());

  it('refuses anonymous callers with 401', async () => {
    await request(t.http).get('/api/countries').expect(401);
    await request(t.http).get(`/api/countries/${argentinaId}`).expect(401);
  });

  it.each(['admin', 'coordinator', 'steering', 'member'] as const)('lets the %s role list and read countries', async (role) => {
    const list = await request(t.http)
      .get('/api/countries')
      .set(...(await auth(role)))
      .expect(200);
    expect(list.headers['content-range']).toMatch(/^countries 0-24\/2\d\d$/);
    const show = await request(t.http)
      .get(`/api/countries/${argentinaId}`)
      .set(...(await auth(role)))
      .expect(200);
    expect(show.body).toMatchObject({ id: argentinaId, iso2: 'AR', iso3: 'ARG', name: 'Argentina', region: 'Americas' });
    expect(show.body).toHaveProperty('opStatus');
    expect(show.body).toHaveProperty('regionalMechanisms');
  });

  it('sorts by name, iso3 and treaty status, and pages with Content-Range', async () => {
    const byIso = await request(t.http)
      .get('/api/countries')
      .query({ sort: '["iso3","DESC"]', range: '[0,2]' })
      .set(...(await auth('steering')))
      .expect(200);
    const codes = byIso.body.map((country: CountryBody) => country.iso3);
    expect(codes).toEqual([...codes].sort().reverse());
    expect(byIso.headers['content-range']).toMatch(/^countries 0-2\/\d+$/);
    const byStatus = await request(t.http)
      .get('/api/countries')
      .query({ sort: '["opStatus","ASC"]', range: '[0,999]' })
      .set(...(await auth('steering')))
      .expect(200);
    const statuses = byStatus.body.map((country: CountryBody) => country.opStatus);
    expect(statuses).toEqual([...statuses].sort());
  });

  it('sorts the Spanish and French names as those languages do, not byte by byte', async () => {
    const sorted = async (field: string, iso3: string[]): Promise<string[]> =>
      (
        await request(t.http)
          .get('/api/countries')
          .query({ filter: JSON.stringify({ iso3 }), sort: JSON.stringify([field, 'ASC']) })
          .set(...(await auth('member')))
          .expect(200)
      ).body.map((country: CountryBody) => country.iso3);
    // Bytewise, "Espagne" and "Estonie" would come before every name that starts with É.
    expect(await sorted('nameFr', ['EST', 'ERI', 'ESP', 'EGY', 'ARE', 'ECU'])).toEqual(['EGY', 'ARE', 'ECU', 'ERI', 'ESP', 'EST']);
    // Bytewise, "Bélgica" would come after "Belice" and "Benín".
    expect(await sorted('nameEs', ['BEN', 'BLZ', 'BEL'])).toEqual(['BEL', 'BLZ', 'BEN']);
    expect(await sorted('name', ['BEN', 'BLZ', 'BEL'])).toEqual(['BEL', 'BLZ', 'BEN']);
  });

  it('searches by name in English, Spanish or French and by ISO code', async () => {
    const member = await auth('member');
    const search = async (q: string): Promise<string[]> =>
      (
        await request(t.http)
          .get('/api/countries')
          .query({ filter: JSON.stringify({ q }) })
          .set(...member)
          .expect(200)
      ).body.map((country: CountryBody) => country.iso3);
    expect(await search('argent')).toContain('ARG');
    expect(await search('Francia')).toContain('FRA');
    expect(await search('fra')).toContain('FRA');
    expect(await search('AR')).toContain('ARG');
  });

  it('filters by region, treaty status, Covenant party and a list of ISO codes', async () => {
    const staff = await auth('coordinator');
    const list = async (filter: object): Promise<CountryBody[]> =>
      (
        await request(t.http)
          .get('/api/countries')
          .query({ filter: JSON.stringify(filter), range: '[0,999]' })
          .set(...staff)
          .expect(200)
      ).body;
    const americas = await list({ region: 'Americas' });
    expect(americas.length).toBeGreaterThan(30);
    expect(americas.every((country) => country.region === 'Americas')).toBe(true);
    const ratified = await list({ opStatus: ['ratified', 'acceded'] });
    expect(ratified.length).toBeGreaterThan(10);
    expect(ratified.every((country) => ['ratified', 'acceded'].includes(country.opStatus))).toBe(true);
    expect((await list({ opStatus: 'ratified' })).map((country) => country.iso3)).toContain('ARG');
    const parties = await list({ icescrParty: true });
    expect(parties.length).toBeGreaterThan(100);
    expect(parties.every((country) => country.icescrParty)).toBe(true);
    const others = await list({ icescrParty: false });
    expect(others.length).toBeGreaterThan(0);
    expect(others.some((country) => country.icescrParty)).toBe(false);
    expect((await list({ iso3: ['arg', 'FRA'] })).map((country) => country.iso3).sort()).toEqual(['ARG', 'FRA']);
    expect((await list({ iso3: 'FRA', region: 'Africa' })).length).toBe(0);
  });

  it('answers getMany with a list of ids', async () => {
    const [{ id: franceId }] = await t.dataSource.query("SELECT id FROM countries WHERE iso3 = 'FRA'");
    const response = await request(t.http)
      .get('/api/countries')
      .query({ filter: JSON.stringify({ id: [argentinaId, franceId] }) })
      .set(...(await auth('member')))
      .expect(200);
    expect(response.body.map((country: CountryBody) => country.iso3).sort()).toEqual(['ARG', 'FRA']);
  });

  it.each([
    [{ sort: '["notes","ASC"]' }, 'sort field "notes" is not allowed'],
    [{ filter: '{"opStatus":"pending"}' }, 'filter opStatus must be one of: none, signed, ratified, acceded'],
    [{ filter: '{"iso3":"ARGENTINA"}' }, 'filter iso3 must be a three-letter code'],
    [{ filter: '{"governmentPosition":"hostile"}' }, 'filter governmentPosition must be one of: unknown, opposed, undecided, considering, committed'],
  ])('refuses the list parameters %j with 400', async (query, message) => {
    const response = await request(t.http)
      .get('/api/countries')
      .query(query)
      .set(...(await auth('admin')))
      .expect(400);
    expect(String(response.body.message)).toContain(message);
  });

  it('answers 404 for a missing country and 400 for a malformed id', async () => {
    await request(t.http)
      .get('/api/countries/00000000-0000-4000-8000-000000000000')
      .set(...(await auth('admin')))
      .expect(404);
    await request(t.http)
      .get('/api/countries/ARG')
      .set(...(await auth('admin')))
      .expect(400);
  });
});

describe('public ratification map', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await t.dataSource.query("UPDATE countries SET notes = 'Minister hostile, do not quote', government_position = 'opposed' WHERE iso3 = 'FRA'");
  });
  afterAll(() => t.close());

  it('lists every country with its treaty status, without logging in', async () => {
    const response = await request(t.http).get('/api/public/countries').expect(200);
    expect(response.body.length).toBeGreaterThan(190);
    const argentina = response.body.find((country: { iso3: string }) => country.iso3 === 'ARG');
    expect(argentina).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      iso3: 'ARG',
      name: 'Argentina',
      nameEs: 'Argentina',
      nameFr: 'Argentine',
      region: 'Americas',
      opStatus: 'ratified',
      opSignedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      opRatifiedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
  });

  it('shows nothing the secretariat wrote about a country', async () => {
    const response = await request(t.http).get('/api/public/countries').expect(200);
    const france = response.body.find((country: { iso3: string }) => country.iso3 === 'FRA');
    expect(Object.keys(france).sort()).toEqual(['id', 'iso3', 'name', 'nameEs', 'nameFr', 'opRatifiedAt', 'opSignedAt', 'opStatus', 'region']);
    expect(JSON.stringify(response.body)).not.toContain('Minister hostile');
  });
});
