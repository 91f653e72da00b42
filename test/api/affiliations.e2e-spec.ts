import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type { UserRole } from '../../api/src/users/user-role.contract.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface AffiliationBody {
  id: string;
  personId: string;
  organizationId: string;
  personName: string;
  organizationName: string;
  role: string | null;
  isPrimaryContact: boolean;
  since: string | null;
  until: string | null;
  createdAt: string;
}

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('affiliations', () => {
  let t: TestApp;
  let ana: string;
  let brian: string;
  let cels: string;
  let khrc: string;
  let anaAtCels: AffiliationBody;
  const auth = async (role: UserRole): Promise<[string, string]> => ['Authorization', `Bearer ${await t.tokenFor(role)}`];
  const post = async (body: object, role: UserRole = 'coordinator'): Promise<request.Response> =>
    request(t.http)
      .post('/api/affiliations')
      .set(...(await auth(role)))
      .send(body);
  const list = async (filter: object, sort = '["since","ASC"]'): Promise<request.Response> =>
    request(t.http)
      .get('/api/affiliations')
      .query({ filter: JSON.stringify(filter), sort, range: '[0,99]' })
      .set(...(await auth('steering')));

  beforeAll(async () => {
    t = await startTestApp();
    const coordinator = await auth('coordinator');
    const person = async (firstName: string, lastName: string): Promise<string> =>
      (
        await request(t.http)
          .post('/api/people')
          .set(...coordinator)
          .send({ firstName, lastName })
          .expect(201)
      ).body.id;
    const organization = async (name: string): Promise<string> =>
      (
        await request(t.http)
          .post('/api/organizations')
          .set(...coordinator)
          .send({ name })
          .expect(201)
      ).body.id;
    ana = await person('Ana', 'Zapata');
    brian = await person('Brian', 'Otieno');
    cels = await organization('Centro de Estudios Legales y Sociales');
    khrc = await organization('Kenya Human Rights Commission');
    anaAtCels = (await post({ personId: ana, organizationId: cels, role: 'Lawyer', isPrimaryContact: true, since: '2019-03-01' }).then(
      (r) => r.body,
    )) as AffiliationBody;
  });
  afterAll(() => t.close());

  it('answers with the names of the person and the organization', () => {
    expect(anaAtCels).toMatchObject({
      personId: ana,
      organizationId: cels,
      personName: 'Ana Zapata',
      organizationName: 'Centro de Estudios Legales y Sociales',
      role: 'Lawyer',
      isPrimaryContact: true,
      since: '2019-03-01',
      until: null,
    });
  });

  it('refuses anonymous callers with 401 on every route', async () => {
    await request(t.http).get('/api/affiliations').expect(401);
    await request(t.http).get(`/api/affiliations/${anaAtCels.id}`).expect(401);
    await request(t.http).post('/api/affiliations').send({ personId: brian, organizationId: cels }).expect(401);
    await request(t.http).put(`/api/affiliations/${anaAtCels.id}`).send({ role: 'x' }).expect(401);
    await request(t.http).delete(`/api/affiliations/${anaAtCels.id}`).expect(401);
  });

  it('refuses a member on every route: who works where is secretariat data', async () => {
    const member = await auth('member');
    await request(t.http)
      .get('/api/affiliations')
      .set(...member)
      .expect(403);
    await request(t.http)
      .get('/api/affiliations')
      .query({ filter: JSON.stringify({ id: [anaAtCels.id] }) })
      .set(...member)
      .expect(403);
    await request(t.http)
      .get(`/api/affiliations/${anaAtCels.id}`)
      .set(...member)
      .expect(403);
    await request(t.http)
      .post('/api/affiliations')
      .set(...member)
      .send({ personId: brian, organizationId: cels })
      .expect(403);
    await request(t.http)
      .put(`/api/affiliations/${anaAtCels.id}`)
      .set(...member)
      .send({ isPrimaryContact: false })
      .expect(403);
    await request(t.http)
      .delete(`/api/affiliations/${anaAtCels.id}`)
      .set(...member)
      .expect(403);
  });

  it('lets the steering committee read affiliations but change nothing', async () => {
    const steering = await auth('steering');
    await request(t.http)
      .get(`/api/affiliations/${anaAtCels.id}`)
      .set(...steering)
      .expect(200);
    await request(t.http)
      .post('/api/affiliations')
      .set(...steering)
      .send({ personId: brian, organizationId: cels })
      .expect(403);
    await request(t.http)
      .put(`/api/affiliations/${anaAtCels.id}`)
      .set(...steering)
      .send({ role: 'x' })
      .expect(403);
    await request(t.http)
      .delete(`/api/affiliations/${anaAtCels.id}`)
      .set(...steering)
      .expect(403);
  });

  it('refuses an end date before the start date with 400 naming until', async () => {
    const created = await post({ personId: brian, organizationId: cels, since: '2020-05-01', until: '2020-04-30' });
    expect(created.status).toBe(400);
    expect(created.body).toMatchObject({ field: 'until', message: 'until must not be before since' });
    const edited = await request(t.http)
      .put(`/api/affiliations/${anaAtCels.id}`)
      .set(...(await auth('coordinator')))
      .send({ until: '2018-01-01' });
    expect(edited.status).toBe(400);
    expect(edited.body.field).toBe('until');
  });

  it.each([
    [{ personId: MISSING }, 'personId'],
    [{ organizationId: MISSING }, 'organizationId'],
  ])('refuses an unknown %j with 400 naming the field', async (override, field) => {
    const response = await post({ personId: brian, organizationId: khrc, ...override });
    expect(response.status).toBe(400);
    expect(response.body.field).toBe(field);
  });

  it.each([
    [{ organizationId: MISSING }, 'personId must be a UUID'],
    [{ personId: 'ana', organizationId: MISSING }, 'personId must be a UUID'],
    [{ personId: MISSING, organizationId: MISSING, since: '01/03/2019' }, 'since must be a date (YYYY-MM-DD)'],
    [{ personId: MISSING, organizationId: MISSING, isPrimaryContact: 'yes' }, 'isPrimaryContact must be true or false'],
    [{ personId: MISSING, organizationId: MISSING, role: 'x'.repeat(121) }, 'role must be at most 120 characters long'],
    [{ personId: MISSING, organizationId: MISSING, personName: 'Someone' }, 'property personName should not exist'],
  ])('refuses %j with 400', async (body, message) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(String(response.body.message)).toContain(message);
  });

  it('refuses a second current affiliation of the same person with the same organization with 409', async () => {
    const response = await post({ personId: ana, organizationId: cels, role: 'Director' });
    expect(response.status).toBe(409);
    expect(response.body.message).toContain('already has a current affiliation');
  });

  it('keeps the history when a person moves on and comes back', async () => {
    const coordinator = await auth('coordinator');
    const first = await post({ personId: brian, organizationId: khrc, since: '2010-01-01' });
    expect(first.status).toBe(201);
    await request(t.http)
      .put(`/api/affiliations/${first.body.id}`)
      .set(...coordinator)
      .send({ until: '2015-06-30' })
      .expect(200);
    const back = await post({ personId: brian, organizationId: khrc, since: '2021-01-01' });
    expect(back.status).toBe(201);
    const history = await list({ personId: brian, organizationId: khrc });
    expect(history.body.map((a: AffiliationBody) => [a.since, a.until])).toEqual([
      ['2010-01-01', '2015-06-30'],
      ['2021-01-01', null],
    ]);
    const reopened = await request(t.http)
      .put(`/api/affiliations/${first.body.id}`)
      .set(...coordinator)
      .send({ until: null });
    expect(reopened.status).toBe(409);
  });

  it('filters current and past affiliations and primary contacts, sorted by names, with Content-Range', async () => {
    const current = await list({ current: true }, '["personName","ASC"]');
    expect(current.headers['content-range']).toBe('affiliations 0-1/2');
    expect(current.body.map((a: AffiliationBody) => `${a.personName} @ ${a.organizationName}`)).toEqual([
      'Brian Otieno @ Kenya Human Rights Commission',
      'Ana Zapata @ Centro de Estudios Legales y Sociales',
    ]);
    const past = await list({ current: false });
    expect(past.body.map((a: AffiliationBody) => a.until)).toEqual(['2015-06-30']);
    const primary = await list({ isPrimaryContact: true, organizationId: cels });
    expect(primary.body.map((a: AffiliationBody) => a.id)).toEqual([anaAtCels.id]);
    const byOrganization = await list({}, '["organizationName","DESC"]');
    expect(byOrganization.body.map((a: AffiliationBody) => a.organizationName)).toEqual([
      'Kenya Human Rights Commission',
      'Kenya Human Rights Commission',
      'Centro de Estudios Legales y Sociales',
    ]);
  });

  it('counts an affiliation ending in the future as current', async () => {
    const coordinator = await auth('coordinator');
    const leaving = await post({ personId: brian, organizationId: cels, until: '2999-01-01' });
    expect(leaving.status).toBe(201);
    const current = await list({ current: true, organizationId: cels });
    expect(current.body.map((a: AffiliationBody) => a.personName).sort()).toEqual(['Ana Zapata', 'Brian Otieno']);
    await request(t.http)
      .delete(`/api/affiliations/${leaving.body.id}`)
      .set(...coordinator)
      .expect(200);
  });

  it.each([
    [{ sort: '["personEmail","ASC"]' }, 'sort field "personEmail" is not allowed'],
    [{ filter: '{"current":"yes"}' }, 'filter current must be true or false'],
    [{ filter: '{"personId":"ana"}' }, 'filter personId must be a UUID'],
  ])('refuses the list parameters %j with 400', async (query, message) => {
    const response = await request(t.http)
      .get('/api/affiliations')
      .query(query)
      .set(...(await auth('admin')))
      .expect(400);
    expect(String(response.body.message)).toContain(message);
  });

  it('takes back the whole record React-Admin sends, ignoring the names', async () => {
    const admin = await auth('admin');
    const { body: record } = await request(t.http)
      .get(`/api/affiliations/${anaAtCels.id}`)
      .set(...admin)
      .expect(200);
    const response = await request(t.http)
      .put(`/api/affiliations/${anaAtCels.id}`)
      .set(...admin)
      .send({ ...record, role: 'Senior lawyer', personName: 'Someone Else', organizationName: 'Elsewhere' })
      .expect(200);
    expect(response.body).toMatchObject({ role: 'Senior lawyer', personName: 'Ana Zapata', organizationName: 'Centro de Estudios Legales y Sociales' });
  });

  it('deletes an affiliation and records it in the audit trail', async () => {
    const admin = await auth('admin');
    const created = await post({ personId: ana, organizationId: khrc });
    await request(t.http)
      .delete(`/api/affiliations/${created.body.id}`)
      .set(...admin)
      .expect(200);
    await request(t.http)
      .get(`/api/affiliations/${created.body.id}`)
      .set(...admin)
      .expect(404);
    const trail = await request(t.http)
      .get('/api/audit-entries')
      .query({ filter: JSON.stringify({ entityId: created.body.id }), sort: '["createdAt","ASC"]' })
      .set(...admin)
      .expect(200);
    expect(trail.body.map((entry: { action: string }) => entry.action)).toEqual(['create', 'delete']);
  });
});
