import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { PASSWORD } from '../support/test-app.js';
import type { UserRole } from '../../api/src/users/user-role.contract.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface PersonBody {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  otherEmails: string[];
  userId: string | null;
  createdAt: string;
}

const MISSING = '00000000-0000-4000-8000-000000000000';

function helpers(app: () => TestApp) {
  const auth = async (role: UserRole): Promise<[string, string]> => ['Authorization', `Bearer ${await app().tokenFor(role)}`];
  const create = async (body: object, role: UserRole = 'coordinator'): Promise<PersonBody> =>
    (
      await request(app().http)
        .post('/api/people')
        .set(...(await auth(role)))
        .send(body)
        .expect(201)
    ).body;
  const list = async (role: UserRole, query: Record<string, string>): Promise<request.Response> =>
    request(app().http)
      .get('/api/people')
      .query(query)
      .set(...(await auth(role)));
  return { auth, create, list };
}

describe('people', () => {
  let t: TestApp;
  let personId: string;
  let argentinaId: string;
  const { auth, create } = helpers(() => t);

  beforeAll(async () => {
    t = await startTestApp();
    [{ id: argentinaId }] = await t.dataSource.query("SELECT id FROM countries WHERE iso3 = 'ARG'");
    personId = (await create({ firstName: 'Lucía', lastName: 'Fernández', email: 'lucia@cels.example.org', phones: ['+54 11 4321-0000'] })).id;
  });
  afterAll(() => t.close());

  describe('who may do what', () => {
    it('refuses anonymous callers with 401 on every route', async () => {
      await request(t.http).get('/api/people').expect(401);
      await request(t.http).get(`/api/people/${personId}`).expect(401);
      await request(t.http).get(`/api/people/${personId}/duplicates`).expect(401);
      await request(t.http).post('/api/people').send({ firstName: 'A', lastName: 'B' }).expect(401);
      await request(t.http).put(`/api/people/${personId}`).send({ firstName: 'A' }).expect(401);
      await request(t.http).delete(`/api/people/${personId}`).expect(401);
      await request(t.http).post(`/api/people/${personId}/merge`).send({ intoId: MISSING }).expect(401);
    });

    it("refuses a member reading anyone's contact data on every route", async () => {
      const member = await auth('member');
      for (const query of [{}, { filter: JSON.stringify({ id: [personId] }) }, { filter: '{"q":"lucia@cels"}' }]) {
        const response = await request(t.http)
          .get('/api/people')
          .query(query)
          .set(...member)
          .expect(403);
        expect(JSON.stringify(response.body)).not.toContain('lucia@');
      }
      const show = await request(t.http)
        .get(`/api/people/${personId}`)
        .set(...member)
        .expect(403);
      expect(JSON.stringify(show.body)).not.toContain('lucia@');
      await request(t.http)
        .get(`/api/people/${personId}/duplicates`)
        .set(...member)
        .expect(403);
    });

    it('refuses a member creating, editing, deleting or merging people', async () => {
      const member = await auth('member');
      await request(t.http)
        .post('/api/people')
        .set(...member)
        .send({ firstName: 'Self', lastName: 'Made' })
        .expect(403);
      await request(t.http)
        .put(`/api/people/${personId}`)
        .set(...member)
        .send({ email: 'hijack@example.org' })
        .expect(403);
      await request(t.http)
        .delete(`/api/people/${personId}`)
        .set(...member)
        .expect(403);
      await request(t.http)
        .post(`/api/people/${personId}/merge`)
        .set(...member)
        .send({ intoId: MISSING })
        .expect(403);
      const unchanged = await request(t.http)
        .get(`/api/people/${personId}`)
        .set(...(await auth('admin')))
        .expect(200);
      expect(unchanged.body.email).toBe('lucia@cels.example.org');
    });

    it('lets the steering committee read people but change nothing', async () => {
      const steering = await auth('steering');
      const show = await request(t.http)
        .get(`/api/people/${personId}`)
        .set(...steering)
        .expect(200);
      expect(show.body).toMatchObject({ firstName: 'Lucía', email: 'lucia@cels.example.org', phones: ['+54 11 4321-0000'] });
      await request(t.http)
        .get('/api/people')
        .set(...steering)
        .expect(200);
      await request(t.http)
        .get(`/api/people/${personId}/duplicates`)
        .set(...steering)
        .expect(200);
      await request(t.http)
        .post('/api/people')
        .set(...steering)
        .send({ firstName: 'A', lastName: 'B' })
        .expect(403);
      await request(t.http)
        .put(`/api/people/${personId}`)
        .set(...steering)
        .send({ firstName: 'A' })
        .expect(403);
      await request(t.http)
        .delete(`/api/people/${personId}`)
        .set(...steering)
        .expect(403);
      await request(t.http)
        .post(`/api/people/${personId}/merge`)
        .set(...steering)
        .send({ intoId: MISSING })
        .expect(403);
    });

    it.each(['admin', 'coordinator'] as const)('lets the %s role create, edit and delete people', async (role) => {
      const created = await create({ firstName: 'Temp', lastName: role }, role);
      const updated = await request(t.http)
        .put(`/api/people/${created.id}`)
        .set(...(await auth(role)))
        .send({ jobTitle: 'Volunteer' })
        .expect(200);
      expect(updated.body.jobTitle).toBe('Volunteer');
      await request(t.http)
        .delete(`/api/people/${created.id}`)
        .set(...(await auth(role)))
        .expect(200);
      await request(t.http)
        .get(`/api/people/${created.id}`)
        .set(...(await auth(role)))
        .expect(404);
    });

    it('answers 404 for a missing person and 400 for a malformed id', async () => {
      const admin = await auth('admin');
      await request(t.http)
        .get(`/api/people/${MISSING}`)
        .set(...admin)
        .expect(404);
      await request(t.http)
        .put(`/api/people/${MISSING}`)
        .set(...admin)
        .send({ firstName: 'X' })
        .expect(404);
      await request(t.http)
        .get('/api/people/lucia')
        .set(...admin)
        .expect(400);
    });
  });

  describe('input', () => {
    it('stores e-mails in lower case and further addresses without repeats', async () => {
      const created = await create({
        firstName: 'Amina',
        lastName: 'Odhiambo',
        email: 'Amina@KHRC.example.org',
        otherEmails: ['amina.o@gmail.example.com', 'AMINA.O@gmail.example.com', 'amina@khrc.example.org'],
        languages: ['en', 'fr', 'en'],
        countryId: argentinaId,
        consentAt: '2024-12-10T09:00:00Z',
        consentSource: 'December campaign sign-up',
      });
      expect(created).toMatchObject({
        email: 'amina@khrc.example.org',
        otherEmails: ['amina.o@gmail.example.com'],
        languages: ['en', 'fr'],
        countryId: argentinaId,
        consentAt: '2024-12-10T09:00:00.000Z',
        userId: null,
      });
    });

    it('refuses a second person with the same e-mail in another case with 409 naming the field', async () => {
      const response = await request(t.http)
        .post('/api/people')
        .set(...(await auth('coordinator')))
        .send({ firstName: 'L', lastName: 'F', email: 'LUCIA@cels.example.org' })
        .expect(409);
      expect(response.body).toMatchObject({ field: 'email', message: expect.stringContaining('Lucía Fernández') });
    });

    it("refuses a new person whose e-mail is someone's further address", async () => {
      await create({ firstName: 'Pierre', lastName: 'Martin', otherEmails: ['p.martin@old.example.org'] });
      const response = await request(t.http)
        .post('/api/people')
        .set(...(await auth('coordinator')))
        .send({ firstName: 'P', lastName: 'M', email: 'p.martin@old.example.org' })
        .expect(409);
      expect(response.body.field).toBe('email');
    });

    it("refuses changing an e-mail to another person's", async () => {
      const other = await create({ firstName: 'Other', lastName: 'Person', email: 'other@example.org' });
      const response = await request(t.http)
        .put(`/api/people/${other.id}`)
        .set(...(await auth('coordinator')))
        .send({ email: 'Lucia@cels.example.org' })
        .expect(409);
      expect(response.body.field).toBe('email');
      const sameAgain = await request(t.http)
        .put(`/api/people/${other.id}`)
        .set(...(await auth('coordinator')))
        .send({ email: 'OTHER@example.org' })
        .expect(200);
      expect(sameAgain.body.email).toBe('other@example.org');
    });

    it.each([
      [{ lastName: 'B' }, 'firstName must be text'],
      [{ firstName: '', lastName: 'B' }, 'firstName must not be empty'],
      [{ firstName: 'A', lastName: 'B', email: 'nope' }, 'email must be an e-mail address'],
      [{ firstName: 'A', lastName: 'B', otherEmails: ['ok@example.org', 'broken'] }, 'otherEmails must hold e-mail addresses only'],
      [{ firstName: 'A', lastName: 'B', otherEmails: 'ok@example.org' }, 'otherEmails must be a list'],
      [{ firstName: 'A', lastName: 'B', phones: ['call me maybe'] }, 'phones must hold phone numbers'],
      [{ firstName: 'A', lastName: 'B', phones: ['1'.repeat(51)] }, 'phones must hold numbers of at most 50 characters'],
      [{ firstName: 'A', lastName: 'B', languages: ['latin'] }, 'languages must hold only'],
      [{ firstName: 'A', lastName: 'B', countryId: 'ARG' }, 'countryId must be a UUID'],
      [{ firstName: 'A', lastName: 'B', consentAt: 'yesterday' }, 'consentAt must be a date-time'],
      [{ firstName: 'A', lastName: 'B', userId: MISSING }, 'property userId should not exist'],
    ])('refuses %j with 400 naming the field', async (body, message) => {
      const response = await request(t.http)
        .post('/api/people')
        .set(...(await auth('coordinator')))
        .send(body)
        .expect(400);
      expect(String(response.body.message)).toContain(message);
    });

    it('refuses an unknown country with 400 naming countryId', async () => {
      const response = await request(t.http)
        .post('/api/people')
        .set(...(await auth('coordinator')))
        .send({ firstName: 'A', lastName: 'B', countryId: MISSING })
        .expect(400);
      expect(response.body.field).toBe('countryId');
    });

    it('takes back the whole record React-Admin sends, ignoring read-only fields', async () => {
      const { body: record } = await request(t.http)
        .get(`/api/people/${personId}`)
        .set(...(await auth('admin')))
        .expect(200);
      const response = await request(t.http)
        .put(`/api/people/${personId}`)
        .set(...(await auth('admin')))
        .send({ ...record, jobTitle: 'Lawyer', userId: MISSING, createdAt: '1999-01-01T00:00:00.000Z' })
        .expect(200);
      expect(response.body).toMatchObject({ jobTitle: 'Lawyer', userId: null, createdAt: record.createdAt, email: 'lucia@cels.example.org' });
    });
  });

  describe('duplicates and deletion', () => {
    it('offers people with the same e-mail or a similar name in the same country', async () => {
      const first = await create({ firstName: 'Jean-Baptiste', lastName: 'Mukendi', countryId: argentinaId, email: 'jb@one.example.org' });
      const similar = await create({ firstName: 'Jean Baptiste', lastName: 'Mukendi', countryId: argentinaId });
      const sameMail = await create({ firstName: 'J.', lastName: 'M.', otherEmails: ['jb@one.example.org'] });
      const response = await request(t.http)
        .get(`/api/people/${first.id}/duplicates`)
        .set(...(await auth('steering')))
        .expect(200);
      expect(response.body).toEqual([
        expect.objectContaining({ id: sameMail.id, reason: 'same_email', score: 1 }),
        expect.objectContaining({ id: similar.id, reason: 'similar_name' }),
      ]);
    });

    it('deletes a person with their affiliations and notes', async () => {
      const coordinator = await auth('coordinator');
      const person = await create({ firstName: 'Gone', lastName: 'Soon' });
      const organization = await request(t.http)
        .post('/api/organizations')
        .set(...coordinator)
        .send({ name: 'Stays Org' })
        .expect(201);
      const affiliation = await request(t.http)
        .post('/api/affiliations')
        .set(...coordinator)
        .send({ personId: person.id, organizationId: organization.body.id })
        .expect(201);
      const note = await request(t.http)
        .post('/api/notes')
        .set(...coordinator)
        .send({ targetType: 'person', targetId: person.id, body: 'Met in Geneva' })
        .expect(201);
      await request(t.http)
        .delete(`/api/people/${person.id}`)
        .set(...coordinator)
        .expect(200);
      await request(t.http)
        .get(`/api/affiliations/${affiliation.body.id}`)
        .set(...coordinator)
        .expect(404);
      await request(t.http)
        .get(`/api/notes/${note.body.id}`)
        .set(...coordinator)
        .expect(404);
      await request(t.http)
        .get(`/api/organizations/${organization.body.id}`)
        .set(...coordinator)
        .expect(200);
    });

    it('refuses deleting a person who has a user account', async () => {
      const admin = await auth('admin');
      const person = await create({ firstName: 'Logged', lastName: 'In', email: 'logged.in@example.org' });
      await request(t.http)
        .post('/api/users')
        .set(...admin)
        .send({ email: 'logged.in@example.org', role: 'member', password: PASSWORD, personId: person.id })
        .expect(201);
      const shown = await request(t.http)
        .get(`/api/people/${person.id}`)
        .set(...admin)
        .expect(200);
      expect(shown.body.userId).toEqual(expect.any(String));
      const response = await request(t.http)
        .delete(`/api/people/${person.id}`)
        .set(...admin)
        .expect(409);
      expect(response.body.message).toContain('user account');
    });
  });
});

describe('people lists', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  const { auth, create, list } = helpers(() => t);
  const names = async (filter: object, sort = '["lastName","ASC"]'): Promise<string[]> =>
    (await list('steering', { filter: JSON.stringify(filter), sort, range: '[0,99]' })).body.map((p: PersonBody) => `${p.firstName} ${p.lastName}`);

  beforeAll(async () => {
    t = await startTestApp();
    const countries: Array<{ id: string; iso3: string }> = await t.dataSource.query("SELECT id, iso3 FROM countries WHERE iso3 IN ('ARG', 'KEN', 'FRA')");
    const country = Object.fromEntries(countries.map((row) => [row.iso3, row.id]));
    const coordinator = await auth('coordinator');
    ids.ana = (await create({ firstName: 'Ana', lastName: 'Zapata', email: 'ana@cels.example.org', countryId: country.ARG, languages: ['es'] })).id;
    ids.brian = (await create({ firstName: 'Brian', lastName: 'otieno', email: 'brian@khrc.example.org', countryId: country.KEN, languages: ['en', 'fr'] })).id;
    ids.claire = (await create({ firstName: 'claire', lastName: 'Dubois', email: 'claire@ldh.example.org', countryId: country.FRA, languages: ['fr'] })).id;
    ids.dario = (await create({ firstName: 'Darío', lastName: 'Zapatero' })).id;
    const organization = (
      await request(t.http)
        .post('/api/organizations')
        .set(...coordinator)
        .send({ name: 'CELS' })
        .expect(201)
    ).body.id;
    ids.organization = organization;
    const affiliate = (personId: string, body: object): Promise<request.Response> =>
      request(t.http)
        .post('/api/affiliations')
        .set(...coordinator)
        .send({ personId, organizationId: organization, ...body })
        .expect(201);
    await affiliate(ids.ana, {});
    await affiliate(ids.brian, { since: '2015-01-01', until: '2019-12-31' });
    await affiliate(ids.claire, { until: '2999-12-31' });
    await request(t.http)
      .post('/api/users')
      .set(...(await auth('admin')))
      .send({ email: 'brian@khrc.example.org', role: 'member', personId: ids.brian, password: PASSWORD })
      .expect(201);
  });
  afterAll(() => t.close());

  it('searches names and e-mails', async () => {
    expect(await names({ q: 'zapat' })).toEqual(['Ana Zapata', 'Darío Zapatero']);
    expect(await names({ q: 'khrc.example' })).toEqual(['Brian otieno']);
    expect(await names({ q: 'ana zap' })).toEqual(['Ana Zapata']);
  });

  it('filters by country, region and language', async () => {
    expect(await names({ region: 'Africa' })).toEqual(['Brian otieno']);
    expect(await names({ region: ['Europe', 'Americas'] })).toEqual(['claire Dubois', 'Ana Zapata']);
    expect(await names({ language: 'fr' })).toEqual(['claire Dubois', 'Brian otieno']);
  });

  it('lists the members through an organization: people currently affiliated with it', async () => {
    expect(await names({ organizationId: ids.organization })).toEqual(['claire Dubois', 'Ana Zapata']);
  });

  it("names each person's current organizations in the list, primary contacts first, ended affiliations left out", async () => {
    const second = (
      await request(t.http)
        .post('/api/organizations')
        .set(...(await auth('coordinator')))
        .send({ name: 'Asociación por los Derechos Civiles' })
        .expect(201)
    ).body.id;
    await request(t.http)
      .post('/api/affiliations')
      .set(...(await auth('coordinator')))
      .send({ personId: ids.ana, organizationId: second, isPrimaryContact: true })
      .expect(201);
    const people = (await list('steering', { sort: '["lastName","ASC"]', range: '[0,99]' })).body as Array<PersonBody & { organizations: unknown }>;
    const organizationsOf = Object.fromEntries(people.map((person) => [person.firstName, person.organizations]));
    expect(organizationsOf).toEqual({
      Ana: [
        { id: second, name: 'Asociación por los Derechos Civiles', isPrimaryContact: true },
        { id: ids.organization, name: 'CELS', isPrimaryContact: false },
      ],
      Brian: [],
      claire: [{ id: ids.organization, name: 'CELS', isPrimaryContact: false }],
      Darío: [],
    });
  });

  it('filters by having a user account and by creation date', async () => {
    expect(await names({ hasUser: true })).toEqual(['Brian otieno']);
    expect(await names({ hasUser: false })).toEqual(['claire Dubois', 'Ana Zapata', 'Darío Zapatero']);
    expect(await names({ createdFrom: '2000-01-01', createdTo: '2999-01-01' })).toHaveLength(4);
    expect(await names({ createdTo: '2000-01-01' })).toEqual([]);
    const withUser = await list('coordinator', { filter: JSON.stringify({ id: [ids.brian] }) });
    expect(withUser.body[0].userId).toEqual(expect.any(String));
  });

  it('sorts by names regardless of case, and by e-mail with empty e-mails last, with Content-Range', async () => {
    expect(await names({}, '["lastName","ASC"]')).toEqual(['claire Dubois', 'Brian otieno', 'Ana Zapata', 'Darío Zapatero']);
    expect(await names({}, '["firstName","DESC"]')).toEqual(['Darío Zapatero', 'claire Dubois', 'Brian otieno', 'Ana Zapata']);
    const page = await list('coordinator', { sort: '["email","ASC"]', range: '[0,1]' });
    expect(page.status).toBe(200);
    expect(page.headers['content-range']).toBe('people 0-1/4');
    expect(page.body.map((p: PersonBody) => p.email)).toEqual(['ana@cels.example.org', 'brian@khrc.example.org']);
  });

  it.each([
    [{ sort: '["phones","ASC"]' }, 'sort field "phones" is not allowed'],
    [{ filter: '{"organizationId":"CELS"}' }, 'filter organizationId must be a UUID'],
    [{ filter: '{"hasUser":"yes"}' }, 'filter hasUser must be true or false'],
    [{ filter: '{"language":"latin"}' }, 'filter language must be one of'],
    [{ filter: '{"createdFrom":"soon"}' }, 'filter createdFrom must be a date'],
  ])('refuses the list parameters %j with 400', async (query, message) => {
    const response = await list('admin', query);
    expect(response.status).toBe(400);
    expect(String(response.body.message)).toContain(message);
  });
});
