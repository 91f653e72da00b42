import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { auditTrail } from '../support/audit-trail.js';
import { setUpCoalition, type Actor, type Coalition } from '../support/coalition.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface TestimonyBody {
  id: string;
  countryId: string;
  status: string;
  source: string;
  submitterName: string | null;
  submitterContact: string | null;
  submittedByUserId: string | null;
  submitterHidden: boolean;
  organizationId: string | null;
  publishedAt: string | null;
}

const SECRET_NAME = 'Wanjiru Kamau-Otieno';
const SECRET_EMAIL = 'wanjiru.witness@example.net';

const story = (countryId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  countryId,
  rightsAffected: ['housing', 'water'],
  text: 'Our settlement was cleared in the rainy season without notice, and the water point was closed.',
  submitterName: 'Juan Pérez',
  submitterContact: 'juan@example.org',
  consentToPublish: true,
  anonymize: false,
  locale: 'es',
  ...overrides,
});

describe('testimonies', () => {
  let t: TestApp;
  let c: Coalition;
  let colombia: string;
  let kenya: string;
  let anonymized: TestimonyBody;

  const as = (actor: Actor): Record<string, string> => c.headers(actor);
  const record = (actor: Actor, body: Record<string, unknown>): request.Test => request(t.http).post('/api/testimonies/recorded').set(as(actor)).send(body);
  const count = async (): Promise<number> => Number((await t.dataSource.query<Array<{ n: string }>>('SELECT count(*) AS n FROM testimonies'))[0].n);

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_LIMIT_PER_IP: '1000', LOGIN_LIMIT_PER_EMAIL: '1000' });
    c = await setUpCoalition(t);
    const rows = await t.dataSource.query<Array<{ id: string; iso3: string }>>("SELECT id, iso3 FROM countries WHERE iso3 IN ('COL', 'KEN')");
    colombia = rows.find((row) => row.iso3 === 'COL')?.id ?? '';
    kenya = rows.find((row) => row.iso3 === 'KEN')?.id ?? '';
    // Organization A works in Kenya, B in Colombia.
    await t.dataSource.query('INSERT INTO organization_countries (organization_id, country_id) VALUES ($1, $2), ($3, $4)', [
      c.ids.orgA,
      kenya,
      c.ids.orgB,
      colombia,
    ]);
    anonymized = (
      await record(
        'memberA',
        story(kenya, { submitterName: SECRET_NAME, submitterContact: SECRET_EMAIL, anonymize: true, rightsAffected: ['health'], locale: 'en' }),
      ).expect(201)
    ).body as TestimonyBody;
  });
  afterAll(() => t.close());

  describe('the public form', () => {
    it('takes a testimony from anybody and tells nothing back but that it arrived', async () => {
      const before = await count();
      const response = await request(t.http).post('/api/testimonies').send(story(colombia)).expect(201);
      expect(response.body).toEqual({ status: 'received' });
      expect(await count()).toBe(before + 1);
      const [row] = await t.dataSource.query<Array<{ source: string; status: string; locale: string }>>(
        'SELECT source, status, locale FROM testimonies ORDER BY created_at DESC LIMIT 1',
      );
      expect(row).toEqual({ source: 'public_form', status: 'received', locale: 'es' });
    });

    it('drops a form whose honeypot is filled, answering as if it were kept', async () => {
      const before = await count();
      const response = await request(t.http)
        .post('/api/testimonies')
        .send(story(colombia, { homepage: 'http://spam.example' }))
        .expect(201);
      expect(response.body).toEqual({ status: 'received' });
      expect(await count()).toBe(before);
    });

    it.each([
      [{ rightsAffected: ['housing', 'happiness'] }, 'rightsAffected'],
      [{ rightsAffected: [] }, 'rightsAffected'],
      [{ countryId: '00000000-0000-4000-8000-000000000000' }, 'countryId'],
      [{ text: '   ' }, 'text'],
      [{ anonymize: 'yes' }, 'anonymize'],
      [{ locale: 'de' }, 'locale'],
      [{ status: 'published' }, 'status'],
    ])('refuses %j with a 400 naming %s and stores nothing', async (overrides, field) => {
      const before = await count();
      const response = await request(t.http).post('/api/testimonies').send(story(colombia, overrides)).expect(400);
      expect(JSON.stringify(response.body)).toContain(field);
      expect(await count()).toBe(before);
    });

    it('does not let anonymous callers read testimonies', async () => {
      await request(t.http).get('/api/testimonies').expect(401);
      await request(t.http).get(`/api/testimonies/${anonymized.id}`).expect(401);
      await request(t.http).post('/api/testimonies/recorded').send(story(kenya)).expect(401);
    });
  });

  describe('members', () => {
    it('record testimonies for their organization’s countries, as their organization', async () => {
      expect(anonymized).toMatchObject({ status: 'received', source: 'member', organizationId: c.ids.orgA, countryId: kenya });
    });

    it('are refused a country their organization does not work in, naming countryId', async () => {
      const response = await record('memberA', story(colombia)).expect(403);
      expect(response.body.field ?? JSON.stringify(response.body)).toContain('countryId');
    });

    it('see their organization’s testimonies only', async () => {
      const fromB = (await record('memberB', story(colombia)).expect(201)).body as TestimonyBody;
      const listA = await request(t.http).get('/api/testimonies').set(as('memberA')).expect(200);
      const idsA = (listA.body as TestimonyBody[]).map((row) => row.id);
      expect(idsA).toContain(anonymized.id);
      expect(idsA).not.toContain(fromB.id);
      await request(t.http).get(`/api/testimonies/${fromB.id}`).set(as('memberA')).expect(404);
      // B's own, not anonymized, shows B its submitter.
      const own = await request(t.http).get(`/api/testimonies/${fromB.id}`).set(as('memberB')).expect(200);
      expect(own.body).toMatchObject({ submitterName: 'Juan Pérez', submitterHidden: false });
    });

    it('may not review, publish or delete', async () => {
      await request(t.http).put(`/api/testimonies/${anonymized.id}`).set(as('memberA')).send({ status: 'reviewed' }).expect(403);
      await request(t.http).delete(`/api/testimonies/${anonymized.id}`).set(as('memberA')).expect(403);
      await request(t.http).put(`/api/testimonies/${anonymized.id}`).set(as('steering')).send({ status: 'reviewed' }).expect(403);
      await request(t.http).delete(`/api/testimonies/${anonymized.id}`).set(as('steering')).expect(403);
    });
  });

  describe('the submitter of an anonymized testimony', () => {
    it('is shown to coordinators and admins', async () => {
      for (const actor of ['coordinator', 'admin'] as const) {
        const response = await request(t.http).get(`/api/testimonies/${anonymized.id}`).set(as(actor)).expect(200);
        expect(response.body).toMatchObject({ submitterName: SECRET_NAME, submitterContact: SECRET_EMAIL, submitterHidden: false });
      }
    });

    it('appears in no response to a steering member or a member: lists, records, audit trail, country, exports', async () => {
      // Give the trail something to say about it: a coordinator's review.
      await request(t.http)
        .put(`/api/testimonies/${anonymized.id}`)
        .set(as('coordinator'))
        .send({ status: 'reviewed', publicTitle: 'A clinic closed', publicText: 'A clinic closed without a replacement.' })
        .expect(200);
      const paths: Record<'steering' | 'memberA', string[]> = {
        steering: [
          '/api/testimonies',
          `/api/testimonies/${anonymized.id}`,
          `/api/testimonies?filter=${encodeURIComponent(JSON.stringify({ countryId: kenya }))}`,
          '/api/audit-entries?range=[0,999]',
          `/api/audit-entries?filter=${encodeURIComponent(JSON.stringify({ entityId: anonymized.id }))}`,
          `/api/countries/${kenya}`,
          '/api/exports/organizations.csv',
          '/api/exports/people.csv',
          '/api/people?range=[0,999]',
          '/api/notes',
        ],
        memberA: ['/api/testimonies', `/api/testimonies/${anonymized.id}`, `/api/countries/${kenya}`, '/api/me/profile', '/api/me/organization'],
      };
      const trail = await auditTrail(t.http, ['Authorization', as('steering').Authorization], anonymized.id);
      expect(trail.length).toBeGreaterThanOrEqual(2);
      for (const entry of trail) paths.steering.push(`/api/audit-entries/${(entry as unknown as { id: string }).id}`);
      for (const [actor, list] of Object.entries(paths) as Array<['steering' | 'memberA', string[]]>) {
        for (const path of list) {
          const response = await request(t.http).get(path).set(as(actor));
          expect([path, response.status]).toEqual([path, 200]);
          const text = response.text.toLowerCase();
          expect([actor, path, text.includes(SECRET_NAME.toLowerCase())]).toEqual([actor, path, false]);
          expect([actor, path, text.includes(SECRET_EMAIL)]).toEqual([actor, path, false]);
          expect([actor, path, text.includes('kamau')]).toEqual([actor, path, false]);
        }
      }
      const shown = await request(t.http).get(`/api/testimonies/${anonymized.id}`).set(as('steering')).expect(200);
      expect(shown.body).toMatchObject({ submitterName: null, submitterContact: null, submittedByUserId: null, submitterHidden: true });
    });

    it('is not the author of its creation in the audit trail, and the trail holds no submitter field', async () => {
      const trail = await auditTrail(t.http, ['Authorization', as('coordinator').Authorization], anonymized.id);
      const creation = trail.find((entry) => entry.action === 'create');
      expect(creation?.userEmail).toBeNull();
      expect(Object.keys(creation?.changes ?? {})).toEqual(expect.arrayContaining(['countryId', 'text', 'status']));
      for (const entry of trail) {
        expect(Object.keys(entry.changes)).not.toEqual(expect.arrayContaining(['submitterName']));
        expect(Object.keys(entry.changes)).not.toContain('submitterContact');
        expect(Object.keys(entry.changes)).not.toContain('submittedByUserId');
      }
      const review = trail.find((entry) => entry.action === 'update');
      expect(review?.userEmail).toBe(c.emails.coordinator);
    });

    it('cannot be found by searching or sorting on it', async () => {
      const search = await request(t.http)
        .get(`/api/testimonies?filter=${encodeURIComponent(JSON.stringify({ q: 'Kamau' }))}`)
        .set(as('steering'))
        .expect(200);
      expect(search.body).toEqual([]);
      const sort = await request(t.http).get('/api/testimonies?sort=["submitterName","ASC"]').set(as('steering')).expect(400);
      expect(JSON.stringify(sort.body)).toContain('submitterName');
    });
  });

  describe('review', () => {
    let id: string;
    beforeAll(async () => {
      id = ((await record('coordinator', story(colombia, { consentToPublish: false, anonymize: true })).expect(201)).body as TestimonyBody).id;
    });
    const put = (body: object): request.Test => request(t.http).put(`/api/testimonies/${id}`).set(as('coordinator')).send(body);

    it('follows received → reviewed → published | archived', async () => {
      const skip = await put({ status: 'published' }).expect(400);
      expect(skip.body.message).toContain('status');
      await put({ status: 'reviewed' }).expect(200);
    });

    it('refuses to publish without the submitter’s consent, and refuses to give consent on their behalf', async () => {
      const refused = await put({ status: 'published', publicTitle: 'Evicted', publicText: 'Families were evicted.' }).expect(400);
      expect(refused.body.field ?? JSON.stringify(refused.body)).toContain('consentToPublish');
      const consent = await put({ consentToPublish: true }).expect(403);
      expect(JSON.stringify(consent.body)).toContain('consentToPublish');
      const lift = await put({ anonymize: false }).expect(403);
      expect(JSON.stringify(lift.body)).toContain('anonymize');
    });

    it('publishes a consented testimony with its public version, and refuses a public text naming an anonymous submitter', async () => {
      const published = (await record('coordinator', story(colombia, { anonymize: true })).expect(201)).body as TestimonyBody;
      const putIt = (body: object): request.Test => request(t.http).put(`/api/testimonies/${published.id}`).set(as('coordinator')).send(body);
      await putIt({ status: 'reviewed' }).expect(200);
      const missing = await putIt({ status: 'published' }).expect(400);
      expect(JSON.stringify(missing.body)).toContain('publicTitle');
      const naming = await putIt({ status: 'published', publicTitle: 'Eviction', publicText: 'Juan Pérez told us of the eviction.' }).expect(400);
      expect(JSON.stringify(naming.body)).toContain('publicText');
      const done = await putIt({ status: 'published', publicTitle: 'Eviction', publicText: 'A family told us of the eviction.' }).expect(200);
      expect(done.body.status).toBe('published');
      expect(done.body.publishedAt).not.toBeNull();
      // Withdrawn consent takes it out of publication in the same change.
      await putIt({ consentToPublish: false }).expect(400);
      const archived = await putIt({ consentToPublish: false, status: 'archived' }).expect(200);
      expect(archived.body).toMatchObject({ status: 'archived', consentToPublish: false });
    });

    it('takes the record back as GET returned it', async () => {
      const shown = await request(t.http).get(`/api/testimonies/${id}`).set(as('coordinator')).expect(200);
      const saved = await put({ ...shown.body, publicTitle: 'Edited title' }).expect(200);
      expect(saved.body.publicTitle).toBe('Edited title');
      await put({ ...shown.body, unknownField: 1 }).expect(400);
    });

    it('deletes for the secretariat only', async () => {
      await request(t.http).delete(`/api/testimonies/${id}`).set(as('coordinator')).expect(200);
      await request(t.http).get(`/api/testimonies/${id}`).set(as('coordinator')).expect(404);
    });
  });
});

describe('rate limit of the public testimony form', () => {
  let t: TestApp;
  let colombia: string;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_LIMIT_PER_IP: '3' });
    colombia = (await t.dataSource.query<Array<{ id: string }>>("SELECT id FROM countries WHERE iso3 = 'COL'"))[0].id;
  });
  afterAll(() => t.close());

  it('answers 429 with Retry-After once an address has sent too many testimonies', async () => {
    for (let i = 0; i < 3; i += 1) await request(t.http).post('/api/testimonies').send(story(colombia)).expect(201);
    const refused = await request(t.http).post('/api/testimonies').send(story(colombia)).expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    const [{ n }] = await t.dataSource.query<Array<{ n: string }>>('SELECT count(*) AS n FROM testimonies');
    expect(Number(n)).toBe(3);
  });
});
