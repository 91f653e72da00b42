import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import type { UserRole } from '../../api/src/users/user-role.contract.js';
import { PASSWORD, startTestApp, type TestApp } from '../support/test-app.js';

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

/** `{"a":{"a":…}}` nested `depth` levels deep. */
const nested = (depth: number): string => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe('hostile input', () => {
  let t: TestApp;
  const bearer = async (role: UserRole): Promise<[string, string]> => ['Authorization', `Bearer ${await t.tokenFor(role)}`];
  let countryId: string;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_LIMIT_PER_IP: '1000', LOGIN_LIMIT_PER_EMAIL: '1000' });
    [{ id: countryId }] = await t.dataSource.query("SELECT id FROM countries WHERE iso3 = 'KEN'");
  });
  afterAll(() => t.close());

  /** What other users do all day: none of it may break because of somebody else's request. */
  const othersStillServed = async (): Promise<void> => {
    await request(t.http).post('/api/auth/login').send({ email: t.users.admin.email, password: PASSWORD }).expect(200);
    await request(t.http)
      .get('/api/people')
      .set(...(await bearer('coordinator')))
      .expect(200);
    await request(t.http)
      .get('/api/users')
      .set(...(await bearer('admin')))
      .expect(200);
    await request(t.http).get('/api/public/countries').expect(200);
    await request(t.http)
      .get('/api/exports/organizations.csv')
      .set(...(await bearer('coordinator')))
      .expect(200);
  };

  describe('names of Object.prototype in list parameters', () => {
    it('refuses a member sorting organizations by __proto__, and everybody else is still served', async () => {
      const response = await request(t.http)
        .get('/api/organizations')
        .query({ sort: '["__proto__","ASC"]' })
        .set(...(await bearer('member')))
        .expect(400);
      expect(response.body.message).toMatch(/sort field "__proto__" is not allowed/);
      expect(({} as Record<string, unknown>)['o.id']).toBeUndefined();
      await othersStillServed();
    });

    it.each(PROTOTYPE_NAMES)('refuses %s as a sort field and as a filter key, on lists and exports', async (name) => {
      const coordinator = await bearer('coordinator');
      for (const path of ['/api/organizations', '/api/people', '/api/exports/organizations.csv', '/api/exports/people.csv']) {
        const sorted = await request(t.http)
          .get(path)
          .query({ sort: JSON.stringify([name, 'ASC']) })
          .set(...coordinator);
        expect([path, sorted.status]).toEqual([path, 400]);
        const filtered = await request(t.http)
          .get(path)
          .query({ filter: JSON.stringify({ [name]: 'x' }) })
          .set(...coordinator);
        expect([path, filtered.status, filtered.body.field]).toEqual([path, 400, `filter.${name}`]);
      }
    });

    it('refuses a filter object whose own key is __proto__', async () => {
      const response = await request(t.http)
        .get('/api/organizations')
        .query({ filter: '{"__proto__":{"q":"x"}}' })
        .set(...(await bearer('coordinator')))
        .expect(400);
      expect(response.body.field).toBe('filter.__proto__');
      await othersStillServed();
    });
  });

  describe('NUL characters', () => {
    it('refuses a NUL in a text field with a 400 naming it, and writes nothing', async () => {
      const response = await request(t.http)
        .post('/api/organizations')
        .set(...(await bearer('coordinator')))
        .send({ name: 'Red\u0000 de derechos', type: 'ngo' })
        .expect(400);
      expect(response.body.field).toBe('name');
      expect(response.body.message).toMatch(/name must not contain a NUL character/);
      const [{ count }] = await t.dataSource.query("SELECT count(*)::int AS count FROM organizations WHERE name LIKE 'Red%'");
      expect(count).toBe(0);
    });

    it('refuses a NUL in the anonymous membership form, nested in an array', async () => {
      const response = await request(t.http)
        .post('/api/membership-applications')
        .send({ organizationName: 'Frente', rightsFocus: ['housing', 'wa\u0000ter'], contactEmail: 'a@example.org' })
        .expect(400);
      expect(response.body.field).toBe('rightsFocus[1]');
    });

    it('refuses a NUL in filter.q and in any other query parameter', async () => {
      const coordinator = await bearer('coordinator');
      const search = await request(t.http)
        .get('/api/people')
        .query({ filter: '{"q":"a\\u0000b"}' })
        .set(...coordinator)
        .expect(400);
      expect(search.body.field).toBe('filter.q');
      await request(t.http)
        .get('/api/people')
        .query({ sort: '["lastName\u0000","ASC"]' })
        .set(...coordinator)
        .expect(400);
    });

    it('refuses a NUL in a JSON key', async () => {
      const response = await request(t.http)
        .post('/api/notes')
        .set(...(await bearer('coordinator')))
        .set('Content-Type', 'application/json')
        .send('{"bo\\u0000dy":"x"}')
        .expect(400);
      expect(response.body.message).toMatch(/NUL/);
    });
  });

  describe('deeply nested JSON', () => {
    it.each([3000, 10000])('answers a body nested %i levels deep with a 400 on every write route tried', async (depth) => {
      const coordinator = await bearer('coordinator');
      for (const [method, path] of [
        ['post', '/api/organizations'],
        ['post', '/api/people'],
        ['put', `/api/countries/${countryId}`],
        ['post', '/api/membership-applications'],
      ] as const) {
        const agent = request(t.http);
        const response = await agent[method](path)
          .set(...coordinator)
          .set('Content-Type', 'application/json')
          .send(nested(depth));
        expect([path, response.status]).toEqual([path, 400]);
        expect(response.body.message).toMatch(/nested more than 32 levels/);
      }
      await othersStillServed();
    });

    it('accepts the nesting real forms use', async () => {
      await request(t.http)
        .post('/api/organizations')
        .set(...(await bearer('coordinator')))
        .send({ name: 'Observatorio del derecho a la alimentación', type: 'ngo', countriesOfWorkIds: [countryId] })
        .expect(201);
    });

    it('answers a body over the size limit with a 413 and a message', async () => {
      const response = await request(t.http)
        .post('/api/notes')
        .set(...(await bearer('coordinator')))
        .send({ body: 'x'.repeat(2 * 1024 * 1024) })
        .expect(413);
      expect(response.body.message).toMatch(/too large/i);
    });
  });

  describe('null where a value is required', () => {
    it.each(['email', 'password', 'role', 'isActive'])('refuses PUT /api/users/:id {"%s": null} with a 400 naming it', async (field) => {
      const response = await request(t.http)
        .put(`/api/users/${t.users.steering.id}`)
        .set(...(await bearer('admin')))
        .send({ [field]: null })
        .expect(400);
      expect(response.body.message).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${field} `))]));
    });
  });

  describe('text that is not well-formed and reserved keys', () => {
    it('refuses a lone surrogate in an e-mail with a 400 naming the field, even at login', async () => {
      const login = await request(t.http).post('/api/auth/login').send({ email: 'a\ud800@example.org', password: PASSWORD }).expect(400);
      expect(login.body.field).toBe('email');
      const person = await request(t.http)
        .post('/api/people')
        .set(...(await bearer('coordinator')))
        .send({ firstName: 'Ana', lastName: 'Paz', email: '\ud800@example.org' })
        .expect(400);
      expect(person.body.message).toBe('email must be well-formed Unicode text');
    });

    it('refuses a login whose e-mail is an object keyed by constructor', async () => {
      const response = await request(t.http)
        .post('/api/auth/login')
        .send({ email: { constructor: 'x' }, password: PASSWORD })
        .expect(400);
      expect(response.body.field).toBe('email.constructor');
      await othersStillServed();
    });
  });

  describe('e-mail addresses', () => {
    it('stores an e-mail normalised: NFKC, trimmed, lower-case', async () => {
      const response = await request(t.http)
        .post('/api/people')
        .set(...(await bearer('coordinator')))
        .send({ firstName: 'Amina', lastName: 'Diallo', email: '  Amina.DIALLO@\uFF25xample.org ' })
        .expect(201);
      expect(response.body.email).toBe('amina.diallo@example.org');
    });

    it.each([
      ['a zero-width space', 'ad\u200Bmin@example.org'],
      ['a soft hyphen', 'ad\u00ADmin@example.org'],
      ['a Cyrillic a among Latin letters', '\u0430dmin@example.org'],
      ['a Greek omicron in the domain', 'admin@ex\u03BFmple.org'],
    ])('refuses %s in the e-mails of users, people, organizations and applications', async (_what, email) => {
      const admin = await bearer('admin');
      const coordinator = await bearer('coordinator');
      const user = await request(t.http)
        .post('/api/users')
        .set(...admin)
        .send({ email, role: 'steering' });
      const person = await request(t.http)
        .post('/api/people')
        .set(...coordinator)
        .send({ firstName: 'A', lastName: 'B', email });
      const organization = await request(t.http)
        .post('/api/organizations')
        .set(...coordinator)
        .send({ name: 'Look-alike', type: 'ngo', email });
      const application = await request(t.http).post('/api/membership-applications').send({ contactEmail: email });
      for (const [response, field] of [
        [user, 'email'],
        [person, 'email'],
        [organization, 'email'],
        [application, 'contactEmail'],
      ] as const) {
        expect(response.status).toBe(400);
        expect(JSON.stringify(response.body.message)).toContain(field);
      }
    });

    it('accepts an address written wholly in another script', async () => {
      await request(t.http)
        .post('/api/people')
        .set(...(await bearer('coordinator')))
        .send({ firstName: 'Ivan', lastName: 'Petrov', email: 'иван@пример.рф' })
        .expect(201);
    });

    it('finds the existing account when the same address is typed with invisible differences', async () => {
      const admin = await bearer('admin');
      await request(t.http)
        .post('/api/users')
        .set(...admin)
        .send({ email: 'Wide@Example.org', role: 'steering' })
        .expect(201);
      await request(t.http)
        .post('/api/users')
        .set(...admin)
        .send({ email: ' wide@\uFF45xample.org', role: 'steering' })
        .expect(409);
    });
  });

  describe('a CSV import with a NUL in one cell', () => {
    let worker: INestApplicationContext;
    beforeAll(async () => {
      worker = await t.startWorker();
    });
    afterAll(() => worker.close());

    it('refuses that row only, naming the column', async () => {
      const csv = [
        'firstName,lastName,email',
        'Wanjiru,Kamau,wanjiru@example.org',
        'Otieno,Od\u0000hiambo,otieno@example.org',
        'Achieng,Njeri,achieng@example.org',
      ].join('\n');
      const created = await request(t.http)
        .post('/api/imports')
        .set(...(await bearer('coordinator')))
        .field({ resource: 'people', dryRun: 'false' })
        .attach('file', Buffer.from(csv, 'utf8'), { filename: 'people.csv', contentType: 'text/csv' })
        .expect(201);
      let job: { status: string; createdCount: number; errorCount: number } = created.body;
      for (const until = Date.now() + 20000; job.status !== 'completed' && job.status !== 'failed' && Date.now() < until;) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        job = (
          await request(t.http)
            .get(`/api/imports/${created.body.id}`)
            .set(...(await bearer('coordinator')))
        ).body;
      }
      expect(job).toMatchObject({ status: 'completed', createdCount: 2, errorCount: 1 });
      const errors = await request(t.http)
        .get(`/api/imports/${created.body.id}/errors`)
        .set(...(await bearer('coordinator')))
        .expect(200);
      expect(errors.body).toEqual([expect.objectContaining({ rowNumber: 3, field: 'lastName', message: expect.stringMatching(/NUL/) })]);
    });
  });
});
