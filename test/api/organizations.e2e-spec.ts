import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type { UserRole } from '../../api/src/users/user-role.contract.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface OrganizationBody {
  id: string;
  name: string;
  acronym: string | null;
  membershipStatus: string;
  joinedAt: string | null;
  email?: string | null;
  phone?: string | null;
  countriesOfWorkIds: string[];
  workingGroupIds: string[];
  createdAt: string;
}

const MISSING = '00000000-0000-4000-8000-000000000000';
const today = (): string => new Date().toISOString().slice(0, 10);

/** Request helpers bound to the test app of one describe block. */
function helpers(app: () => TestApp) {
  const auth = async (role: UserRole): Promise<[string, string]> => ['Authorization', `Bearer ${await app().tokenFor(role)}`];
  const create = async (body: object, role: UserRole = 'coordinator'): Promise<OrganizationBody> =>
    (
      await request(app().http)
        .post('/api/organizations')
        .set(...(await auth(role)))
        .send(body)
        .expect(201)
    ).body;
  const list = async (role: UserRole, query: Record<string, string>): Promise<request.Response> =>
    request(app().http)
      .get('/api/organizations')
      .query(query)
      .set(...(await auth(role)));
  const names = async (filter: object, role: UserRole = 'steering'): Promise<string[]> =>
    (await list(role, { filter: JSON.stringify(filter), sort: '["name","ASC"]', range: '[0,99]' })).body.map((o: OrganizationBody) => o.name);
  return { auth, create, list, names };
}

async function countryIds(t: TestApp): Promise<Record<string, string>> {
  const rows: Array<{ id: string; iso3: string }> = await t.dataSource.query("SELECT id, iso3 FROM countries WHERE iso3 IN ('ARG', 'FRA', 'KEN', 'BRA')");
  return Object.fromEntries(rows.map((row) => [row.iso3, row.id]));
}

/** Two working groups: food, then housing. */
async function workingGroups(t: TestApp): Promise<[string, string]> {
  const admin: [string, string] = ['Authorization', `Bearer ${await t.tokenFor('admin')}`];
  const food = await request(t.http)
    .post('/api/working-groups')
    .set(...admin)
    .send({ name: 'Right to food' })
    .expect(201);
  const housing = await request(t.http)
    .post('/api/working-groups')
    .set(...admin)
    .send({ name: 'Housing' })
    .expect(201);
  return [food.body.id, housing.body.id];
}

describe('organizations', () => {
  let t: TestApp;
  const country: Record<string, string> = {};
  let foodGroupId: string;
  let housingGroupId: string;
  const { auth, create, list, names } = helpers(() => t);

  beforeAll(async () => {
    t = await startTestApp();
    Object.assign(country, await countryIds(t));
    [foodGroupId, housingGroupId] = await workingGroups(t);
  });
  afterAll(() => t.close());

  describe('who may do what', () => {
    let organizationId: string;

    beforeAll(async () => {
      organizationId = (await create({ name: 'Access Test Network', email: 'office@access.example.org', membershipStatus: 'active' })).id;
    });

    it('refuses anonymous callers with 401 on every route', async () => {
      await request(t.http).get('/api/organizations').expect(401);
      await request(t.http).get(`/api/organizations/${organizationId}`).expect(401);
      await request(t.http).get(`/api/organizations/${organizationId}/duplicates`).expect(401);
      await request(t.http).get(`/api/organizations/${organizationId}/membership-history`).expect(401);
      await request(t.http).post('/api/organizations').send({ name: 'Anonymous' }).expect(401);
      await request(t.http).put(`/api/organizations/${organizationId}`).send({ name: 'Anonymous' }).expect(401);
      await request(t.http).delete(`/api/organizations/${organizationId}`).expect(401);
      await request(t.http).post(`/api/organizations/${organizationId}/merge`).send({ intoId: MISSING }).expect(401);
    });

    it.each(['admin', 'coordinator'] as const)('lets the %s role create, edit and read organizations', async (role) => {
      const created = await create({ name: `Created by ${role}` }, role);
      const updated = await request(t.http)
        .put(`/api/organizations/${created.id}`)
        .set(...(await auth(role)))
        .send({ acronym: 'CBR' })
        .expect(200);
      expect(updated.body.acronym).toBe('CBR');
      await request(t.http)
        .get(`/api/organizations/${created.id}`)
        .set(...(await auth(role)))
        .expect(200);
    });

    it('lets the steering committee read everything but change nothing', async () => {
      const steering = await auth('steering');
      const show = await request(t.http)
        .get(`/api/organizations/${organizationId}`)
        .set(...steering)
        .expect(200);
      expect(show.body.email).toBe('office@access.example.org');
      await request(t.http)
        .get(`/api/organizations/${organizationId}/duplicates`)
        .set(...steering)
        .expect(200);
      await request(t.http)
        .get(`/api/organizations/${organizationId}/membership-history`)
        .set(...steering)
        .expect(200);
      await request(t.http)
        .post('/api/organizations')
        .set(...steering)
        .send({ name: 'Steering made' })
        .expect(403);
      await request(t.http)
        .put(`/api/organizations/${organizationId}`)
        .set(...steering)
        .send({ name: 'Renamed' })
        .expect(403);
      await request(t.http)
        .delete(`/api/organizations/${organizationId}`)
        .set(...steering)
        .expect(403);
    });

    it('refuses a member creating, editing or deleting an organization', async () => {
      const member = await auth('member');
      await request(t.http)
        .post('/api/organizations')
        .set(...member)
        .send({ name: 'Member made' })
        .expect(403);
      await request(t.http)
        .put(`/api/organizations/${organizationId}`)
        .set(...member)
        .send({ name: 'Taken over' })
        .expect(403);
      await request(t.http)
        .put(`/api/organizations/${organizationId}`)
        .set(...member)
        .send({ membershipStatus: 'suspended' })
        .expect(403);
      await request(t.http)
        .delete(`/api/organizations/${organizationId}`)
        .set(...member)
        .expect(403);
      const after = await request(t.http)
        .get(`/api/organizations/${organizationId}`)
        .set(...(await auth('admin')))
        .expect(200);
      expect(after.body).toMatchObject({ name: 'Access Test Network', membershipStatus: 'active' });
    });

    it('refuses a member reading duplicates and membership history', async () => {
      const member = await auth('member');
      await request(t.http)
        .get(`/api/organizations/${organizationId}/duplicates`)
        .set(...member)
        .expect(403);
      await request(t.http)
        .get(`/api/organizations/${organizationId}/membership-history`)
        .set(...member)
        .expect(403);
    });

    it('answers 404 for a missing organization and 400 for a malformed id', async () => {
      const admin = await auth('admin');
      await request(t.http)
        .get(`/api/organizations/${MISSING}`)
        .set(...admin)
        .expect(404);
      await request(t.http)
        .put(`/api/organizations/${MISSING}`)
        .set(...admin)
        .send({ name: 'Xy' })
        .expect(404);
      await request(t.http)
        .delete(`/api/organizations/${MISSING}`)
        .set(...admin)
        .expect(404);
      await request(t.http)
        .get('/api/organizations/not-a-uuid')
        .set(...admin)
        .expect(400);
    });
  });

  describe('input', () => {
    it('stores countries of work and working groups and gives their ids back', async () => {
      const created = await create({
        name: 'Red Regional por los DESC',
        acronym: 'RRD',
        type: 'network',
        headquartersCountryId: country.ARG,
        countriesOfWorkIds: [country.ARG, country.BRA],
        workingGroupIds: [foodGroupId],
        website: 'https://rrd.example.org',
        email: 'Contacto@RRD.example.org',
        phone: '+54 11 4321-0000',
        rightsFocus: ['food', 'housing'],
        languages: ['es', 'pt'],
      });
      expect(created).toMatchObject({
        headquartersCountryId: country.ARG,
        workingGroupIds: [foodGroupId],
        email: 'contacto@rrd.example.org',
        membershipStatus: 'applicant',
        joinedAt: null,
        isSteeringCommittee: false,
      });
      expect(created.countriesOfWorkIds.sort()).toEqual([country.ARG, country.BRA].sort());
      const updated = await request(t.http)
        .put(`/api/organizations/${created.id}`)
        .set(...(await auth('coordinator')))
        .send({ countriesOfWorkIds: [country.KEN], workingGroupIds: [foodGroupId, housingGroupId] })
        .expect(200);
      expect(updated.body.countriesOfWorkIds).toEqual([country.KEN]);
      expect(updated.body.workingGroupIds.sort()).toEqual([foodGroupId, housingGroupId].sort());
    });

    it('records changes of countries of work in the audit trail', async () => {
      const created = await create({ name: 'Audited Links Org', countriesOfWorkIds: [country.FRA] });
      await request(t.http)
        .put(`/api/organizations/${created.id}`)
        .set(...(await auth('coordinator')))
        .send({ countriesOfWorkIds: [country.KEN] })
        .expect(200);
      const trail = await request(t.http)
        .get('/api/audit-entries')
        .query({ filter: JSON.stringify({ entityId: created.id }), sort: '["createdAt","ASC"]' })
        .set(...(await auth('admin')))
        .expect(200);
      const linkChanges = trail.body.filter((entry: { changes: object }) => 'countriesOfWorkIds' in entry.changes);
      expect(linkChanges.map((entry: { changes: { countriesOfWorkIds: unknown } }) => entry.changes.countriesOfWorkIds)).toEqual([
        { before: [], after: [country.FRA] },
        { before: [country.FRA], after: [country.KEN] },
      ]);
    });

    it.each([
      [{ countriesOfWorkIds: [MISSING] }, 'countriesOfWorkIds'],
      [{ workingGroupIds: [MISSING] }, 'workingGroupIds'],
      [{ headquartersCountryId: MISSING }, 'headquartersCountryId'],
    ])('refuses unknown ids %j with 400 naming the field, not the id', async (body, field) => {
      const response = await request(t.http)
        .post('/api/organizations')
        .set(...(await auth('coordinator')))
        .send({ name: 'Ghost links', ...body })
        .expect(400);
      expect(response.body).toMatchObject({ field, code: 'unknown_records', params: { field, count: 1 } });
      expect(JSON.stringify(response.body)).not.toContain(MISSING);
    });

    it.each([
      [{}, 'name'],
      [{ name: ' A ' }, 'name must be at least 2 characters long'],
      [{ name: 'x'.repeat(201) }, 'name must be at most 200 characters long'],
      [{ name: 'Xy', type: 'club' }, 'type must be one of'],
      [{ name: 'Xy', email: 'not-an-address' }, 'email must be an e-mail address'],
      [{ name: 'Xy', phone: 'call me maybe' }, 'phone must be a phone number'],
      [{ name: 'Xy', website: 'not a site' }, 'website must be a web address'],
      [{ name: 'Xy', rightsFocus: ['space travel'] }, 'rightsFocus must hold only'],
      [{ name: 'Xy', languages: ['klingon'] }, 'languages must hold only'],
      [{ name: 'Xy', countriesOfWorkIds: ['ARG'] }, 'countriesOfWorkIds must hold UUIDs'],
      [{ name: 'Xy', countriesOfWorkIds: 'ARG' }, 'countriesOfWorkIds must be a list'],
      [{ name: 'Xy', joinedAt: '2024-02-30' }, 'joinedAt must be a date'],
      [{ name: 'Xy', membershipStatus: 'honorary' }, 'membershipStatus must be one of'],
      [{ name: 'Xy', isSteeringCommittee: 'yes' }, 'isSteeringCommittee must be true or false'],
      [{ name: 'Xy', createdBy: 'me' }, 'property createdBy should not exist'],
    ])('refuses %j with 400 naming the field', async (body, message) => {
      const response = await request(t.http)
        .post('/api/organizations')
        .set(...(await auth('coordinator')))
        .send(body)
        .expect(400);
      expect(String(response.body.message)).toContain(message);
    });

    it('refuses null for a field that cannot be empty on edit', async () => {
      const created = await create({ name: 'Null Test' });
      const response = await request(t.http)
        .put(`/api/organizations/${created.id}`)
        .set(...(await auth('coordinator')))
        .send({ name: null, rightsFocus: null })
        .expect(400);
      expect(String(response.body.message)).toContain('name must be text');
      expect(String(response.body.message)).toContain('rightsFocus must be a list');
    });

    it('takes back the whole record React-Admin sends, ignoring read-only fields', async () => {
      const created = await create({ name: 'Round Trip Coalition', countriesOfWorkIds: [country.FRA] });
      const { body: record } = await request(t.http)
        .get(`/api/organizations/${created.id}`)
        .set(...(await auth('admin')))
        .expect(200);
      const response = await request(t.http)
        .put(`/api/organizations/${created.id}`)
        .set(...(await auth('admin')))
        .send({ ...record, description: 'Edited', createdAt: '1999-01-01T00:00:00.000Z', id: MISSING })
        .expect(200);
      expect(response.body).toMatchObject({ id: created.id, description: 'Edited', createdAt: record.createdAt, countriesOfWorkIds: [country.FRA] });
    });
  });

  describe('membership status', () => {
    const put = async (id: string, body: object): Promise<request.Response> =>
      request(t.http)
        .put(`/api/organizations/${id}`)
        .set(...(await auth('coordinator')))
        .send(body);

    it('refuses creating an organization as rejected', async () => {
      const response = await request(t.http)
        .post('/api/organizations')
        .set(...(await auth('coordinator')))
        .send({ name: 'Born Rejected', membershipStatus: 'rejected' })
        .expect(400);
      expect(response.body.field).toBe('membershipStatus');
    });

    it('sets the joining date to today when an organization is created active without one', async () => {
      expect((await create({ name: 'Active From Start', membershipStatus: 'active' })).joinedAt).toBe(today());
      expect((await create({ name: 'Joined Long Ago', membershipStatus: 'active', joinedAt: '2011-12-10' })).joinedAt).toBe('2011-12-10');
    });

    it('sets the joining date when an applicant becomes active, and keeps it through a suspension', async () => {
      const created = await create({ name: 'Applicant Becoming Member' });
      const active = await put(created.id, { membershipStatus: 'active' });
      expect(active.status).toBe(200);
      expect(active.body).toMatchObject({ membershipStatus: 'active', joinedAt: today() });
      await put(created.id, { membershipStatus: 'suspended' }).then((response) => expect(response.status).toBe(200));
      const back = await put(created.id, { membershipStatus: 'active' });
      expect(back.body).toMatchObject({ membershipStatus: 'active', joinedAt: today() });
    });

    it('refuses a transition the rules do not allow, naming the field and the allowed statuses', async () => {
      const created = await create({ name: 'Lapsing Org', membershipStatus: 'active' });
      await put(created.id, { membershipStatus: 'lapsed' }).then((response) => expect(response.status).toBe(200));
      const response = await put(created.id, { membershipStatus: 'suspended' });
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({
        field: 'membershipStatus',
        message: 'membershipStatus cannot change from lapsed to suspended; from lapsed it may become active, withdrawn',
      });
    });

    it('lets a rejected organization come back only through a new application', async () => {
      const created = await create({ name: 'Rejected Once' });
      await put(created.id, { membershipStatus: 'rejected' }).then((response) => expect(response.status).toBe(200));
      const response = await put(created.id, { membershipStatus: 'active' });
      expect(response.status).toBe(409);
      expect(response.body.message).toContain('only through a new membership application');
      const unchanged = await request(t.http)
        .get(`/api/organizations/${created.id}`)
        .set(...(await auth('admin')))
        .expect(200);
      expect(unchanged.body.membershipStatus).toBe('rejected');
    });

    it('changes nothing when a refused transition came with other edits', async () => {
      const created = await create({ name: 'All Or Nothing' });
      await put(created.id, { name: 'Renamed Meanwhile', membershipStatus: 'suspended' }).then((response) => expect(response.status).toBe(409));
      const unchanged = await request(t.http)
        .get(`/api/organizations/${created.id}`)
        .set(...(await auth('admin')))
        .expect(200);
      expect(unchanged.body).toMatchObject({ name: 'All Or Nothing', membershipStatus: 'applicant' });
    });

    it('shows every change in the membership history, with who made it', async () => {
      const created = await create({ name: 'History Org' });
      await put(created.id, { membershipStatus: 'active' });
      await put(created.id, { description: 'not a status change' });
      const admin = await auth('admin');
      await request(t.http)
        .put(`/api/organizations/${created.id}`)
        .set(...admin)
        .send({ membershipStatus: 'withdrawn' })
        .expect(200);
      const history = await request(t.http)
        .get(`/api/organizations/${created.id}/membership-history`)
        .set(...(await auth('steering')))
        .expect(200);
      expect(history.body).toEqual([
        { at: expect.any(String), userEmail: 'coordinator@test.example.org', from: null, to: 'applicant' },
        { at: expect.any(String), userEmail: 'coordinator@test.example.org', from: 'applicant', to: 'active' },
        { at: expect.any(String), userEmail: 'admin@test.example.org', from: 'active', to: 'withdrawn' },
      ]);
      await request(t.http)
        .get(`/api/organizations/${MISSING}/membership-history`)
        .set(...admin)
        .expect(404);
    });
  });

  describe('bulk changes', () => {
    const bulk = async (path: string, body: object, role: UserRole = 'coordinator'): Promise<request.Response> =>
      request(t.http)
        .post(`/api/organizations/bulk/${path}`)
        .set(...(await auth(role)))
        .send(body);
    const get = async (id: string): Promise<OrganizationBody> =>
      (
        await request(t.http)
          .get(`/api/organizations/${id}`)
          .set(...(await auth('admin')))
          .expect(200)
      ).body;

    it('changes the membership status of the rows the rules allow, reports the others by name with the reason, and audits each', async () => {
      const applicant = await create({ name: 'Bulk Applicant' });
      const lapsed = await create({ name: 'Bulk Lapsed', membershipStatus: 'active' });
      await request(t.http)
        .put(`/api/organizations/${lapsed.id}`)
        .set(...(await auth('coordinator')))
        .send({ membershipStatus: 'lapsed' })
        .expect(200);
      const alreadySuspended = await create({ name: 'Bulk Active', membershipStatus: 'active' });
      const response = await bulk('membership-status', { ids: [applicant.id, lapsed.id, alreadySuspended.id, MISSING], membershipStatus: 'suspended' });
      expect(response.status).toBe(200);
      expect(response.body.results).toEqual([
        {
          id: applicant.id,
          name: 'Bulk Applicant',
          outcome: 'refused',
          code: 'membership_transition',
          params: { from: 'applicant', to: 'suspended' },
          message: 'membershipStatus cannot change from applicant to suspended; from applicant it may become active, rejected, withdrawn',
        },
        {
          id: lapsed.id,
          name: 'Bulk Lapsed',
          outcome: 'refused',
          code: 'membership_transition',
          params: { from: 'lapsed', to: 'suspended' },
          message: 'membershipStatus cannot change from lapsed to suspended; from lapsed it may become active, withdrawn',
        },
        { id: alreadySuspended.id, name: 'Bulk Active', outcome: 'changed' },
        { id: MISSING, name: null, outcome: 'not_found' },
      ]);
      expect((await get(applicant.id)).membershipStatus).toBe('applicant');
      expect((await get(alreadySuspended.id)).membershipStatus).toBe('suspended');
      const again = await bulk('membership-status', { ids: [alreadySuspended.id], membershipStatus: 'suspended' });
      expect(again.body.results).toEqual([{ id: alreadySuspended.id, name: 'Bulk Active', outcome: 'unchanged' }]);
      const history = await request(t.http)
        .get(`/api/organizations/${alreadySuspended.id}/membership-history`)
        .set(...(await auth('steering')))
        .expect(200);
      expect(history.body.at(-1)).toMatchObject({ userEmail: 'coordinator@test.example.org', from: 'active', to: 'suspended' });
    });

    it('sets the joining date of applicants made active in bulk, as a single edit does', async () => {
      const applicant = await create({ name: 'Bulk Joiner' });
      const response = await bulk('membership-status', { ids: [applicant.id], membershipStatus: 'active' }, 'admin');
      expect(response.body.results).toEqual([{ id: applicant.id, name: 'Bulk Joiner', outcome: 'changed' }]);
      expect(await get(applicant.id)).toMatchObject({ membershipStatus: 'active', joinedAt: today() });
    });

    it('adds organizations to a working group, keeping their other groups, and audits each change', async () => {
      const inFood = await create({ name: 'Bulk Food Member', workingGroupIds: [foodGroupId] });
      const inHousing = await create({ name: 'Bulk Housing Member', workingGroupIds: [housingGroupId] });
      const response = await bulk('working-group', { ids: [inFood.id, inHousing.id], workingGroupId: foodGroupId });
      expect(response.status).toBe(200);
      expect(response.body.results).toEqual([
        { id: inFood.id, name: 'Bulk Food Member', outcome: 'unchanged' },
        { id: inHousing.id, name: 'Bulk Housing Member', outcome: 'changed' },
      ]);
      expect((await get(inHousing.id)).workingGroupIds.sort()).toEqual([foodGroupId, housingGroupId].sort());
      const audit = await request(t.http)
        .get('/api/audit-entries')
        .query({ filter: JSON.stringify({ entityType: 'Organization', entityId: inHousing.id }), sort: '["createdAt","DESC"]', range: '[0,0]' })
        .set(...(await auth('admin')))
        .expect(200);
      expect(audit.body[0]).toMatchObject({
        userEmail: 'coordinator@test.example.org',
        changes: { workingGroupIds: { after: expect.arrayContaining([foodGroupId]) } },
      });
    });

    it.each([
      ['membership-status', { ids: [], membershipStatus: 'active' }, 'ids'],
      ['membership-status', { ids: ['not-a-uuid'], membershipStatus: 'active' }, 'ids'],
      ['membership-status', { ids: [MISSING], membershipStatus: 'honorary' }, 'membershipStatus'],
      ['membership-status', { ids: [MISSING], membershipStatus: 'active', joinedAt: '2020-01-01' }, 'joinedAt'],
      ['membership-status', { ids: Array.from({ length: 501 }, () => MISSING), membershipStatus: 'active' }, 'ids'],
      ['working-group', { ids: [MISSING], workingGroupId: MISSING }, 'workingGroupId'],
      ['working-group', { ids: [MISSING], workingGroupId: 'food' }, 'workingGroupId'],
    ])('refuses a bulk %s request %j with 400 naming %s', async (path, body, field) => {
      const response = await bulk(path, body);
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body)).toContain(field);
    });

    it('refuses bulk changes to the steering committee and to members', async () => {
      const target = await create({ name: 'Bulk Untouched' });
      for (const role of ['steering', 'member'] as const) {
        expect((await bulk('membership-status', { ids: [target.id], membershipStatus: 'active' }, role)).status).toBe(403);
        expect((await bulk('working-group', { ids: [target.id], workingGroupId: foodGroupId }, role)).status).toBe(403);
      }
      expect(await get(target.id)).toMatchObject({ membershipStatus: 'applicant', workingGroupIds: [] });
    });
  });

  describe('what a member sees', () => {
    let activeId: string;
    let applicantId: string;

    beforeAll(async () => {
      activeId = (
        await create({
          name: 'Visible Member Alliance',
          email: 'secret@visible.example.org',
          phone: '+33 1 23 45 67 89',
          membershipStatus: 'active',
          headquartersCountryId: country.FRA,
        })
      ).id;
      applicantId = (await create({ name: 'Hidden Applicant Alliance', email: 'secret@hidden.example.org', phone: '+33 9 87 65 43 21' })).id;
    });

    it('shows a member the public view of an active organization, without e-mail or phone', async () => {
      const response = await request(t.http)
        .get(`/api/organizations/${activeId}`)
        .set(...(await auth('member')))
        .expect(200);
      expect(response.body).toMatchObject({ id: activeId, name: 'Visible Member Alliance', headquartersCountryId: country.FRA });
      expect(response.body).not.toHaveProperty('email');
      expect(response.body).not.toHaveProperty('phone');
      expect(response.body).not.toHaveProperty('createdAt');
      expect(JSON.stringify(response.body)).not.toContain('secret@');
    });

    it('lists only active organizations to a member, without contact data', async () => {
      const response = await list('member', { range: '[0,999]' });
      expect(response.status).toBe(200);
      const bodies = response.body as OrganizationBody[];
      expect(bodies.map((o) => o.name)).toContain('Visible Member Alliance');
      expect(bodies.map((o) => o.name)).not.toContain('Hidden Applicant Alliance');
      expect(bodies.every((o) => o.membershipStatus === 'active')).toBe(true);
      expect(JSON.stringify(bodies)).not.toMatch(/"email"|"phone"|@/);
    });

    it('gives a member nothing more through a list of ids', async () => {
      const response = await list('member', { filter: JSON.stringify({ id: [activeId, applicantId] }) });
      expect(response.status).toBe(200);
      expect(response.body.map((o: OrganizationBody) => o.id)).toEqual([activeId]);
      expect(JSON.stringify(response.body)).not.toContain('secret@');
    });

    it('hides an organization that is not an active member from a member', async () => {
      await request(t.http)
        .get(`/api/organizations/${applicantId}`)
        .set(...(await auth('member')))
        .expect(404);
    });

    it.each([
      [{ filter: '{"email":"secret"}' }, 'filter field "email" is not allowed'],
      [{ filter: JSON.stringify({ personId: MISSING }) }, 'filter field "personId" is not allowed'],
      [{ filter: '{"membershipStatus":"applicant"}' }, 'filter field "membershipStatus" is not allowed'],
      [{ sort: '["createdAt","DESC"]' }, 'sort field "createdAt" is not allowed'],
    ])('refuses a member the list parameters %j that would reveal private data', async (query, message) => {
      const response = await list('member', query);
      expect(response.status).toBe(400);
      expect(String(response.body.message)).toContain(message);
    });

    it('does not let a member find an organization by its e-mail through the search', async () => {
      expect(await names({ q: 'secret@visible' }, 'member')).toEqual([]);
    });

    it('lets a member filter the directory by what it shows', async () => {
      expect(await names({ headquartersCountryId: country.FRA, q: 'visible' }, 'member')).toEqual(['Visible Member Alliance']);
    });
  });

  describe('duplicates and deletion', () => {
    it('offers organizations with a similar name in the same country as duplicates', async () => {
      const first = await create({ name: 'Observatorio del Derecho a la Alimentacion', headquartersCountryId: country.ARG });
      const second = await create({ name: 'Observatorio Derecho a la Alimentación', headquartersCountryId: country.ARG });
      await create({ name: 'Observatorio del Derecho a la Alimentacion', headquartersCountryId: country.KEN });
      const response = await request(t.http)
        .get(`/api/organizations/${first.id}/duplicates`)
        .set(...(await auth('coordinator')))
        .expect(200);
      expect(response.body.map((candidate: { id: string }) => candidate.id)).toEqual([second.id]);
      expect(response.body[0]).toMatchObject({ reason: 'similar_name', name: 'Observatorio Derecho a la Alimentación' });
    });

    it('offers organizations with the same e-mail as duplicates', async () => {
      const first = await create({ name: 'Same Mail One', email: 'shared@dup.example.org' });
      const second = await create({ name: 'Completely Different', email: 'SHARED@dup.example.org' });
      const response = await request(t.http)
        .get(`/api/organizations/${first.id}/duplicates`)
        .set(...(await auth('steering')))
        .expect(200);
      expect(response.body).toEqual([expect.objectContaining({ id: second.id, reason: 'same_email', score: 1 })]);
    });

    it('deletes an organization with its affiliations and notes, keeping its people, all audited', async () => {
      const organization = await create({ name: 'Short Lived Org' });
      const coordinator = await auth('coordinator');
      const person = await request(t.http)
        .post('/api/people')
        .set(...coordinator)
        .send({ firstName: 'Kept', lastName: 'Person' })
        .expect(201);
      const affiliation = await request(t.http)
        .post('/api/affiliations')
        .set(...coordinator)
        .send({ personId: person.body.id, organizationId: organization.id })
        .expect(201);
      const note = await request(t.http)
        .post('/api/notes')
        .set(...coordinator)
        .send({ targetType: 'organization', targetId: organization.id, body: 'Call back' })
        .expect(201);
      const deleted = await request(t.http)
        .delete(`/api/organizations/${organization.id}`)
        .set(...(await auth('admin')))
        .expect(200);
      expect(deleted.body).toMatchObject({ id: organization.id, name: 'Short Lived Org' });
      await request(t.http)
        .get(`/api/organizations/${organization.id}`)
        .set(...coordinator)
        .expect(404);
      await request(t.http)
        .get(`/api/affiliations/${affiliation.body.id}`)
        .set(...coordinator)
        .expect(404);
      await request(t.http)
        .get(`/api/notes/${note.body.id}`)
        .set(...coordinator)
        .expect(404);
      await request(t.http)
        .get(`/api/people/${person.body.id}`)
        .set(...coordinator)
        .expect(200);
      const deletions = await t.dataSource.query("SELECT entity_type FROM audit_entries WHERE action = 'delete' AND entity_id = ANY($1) ORDER BY entity_type", [
        [organization.id, affiliation.body.id, note.body.id],
      ]);
      expect(deletions.map((row: { entity_type: string }) => row.entity_type)).toEqual(['Affiliation', 'Note', 'Organization']);
    });
  });
});

describe('organization lists', () => {
  let t: TestApp;
  const country: Record<string, string> = {};
  let foodGroupId: string;
  let housingGroupId: string;
  const { auth, create, list, names } = helpers(() => t);
  let personId: string;
  let primaryId: string;

  beforeAll(async () => {
    t = await startTestApp();
    Object.assign(country, await countryIds(t));
    [foodGroupId, housingGroupId] = await workingGroups(t);
    await create({
      name: 'Kenya Human Rights Commission',
      acronym: 'KHRC',
      type: 'ngo',
      headquartersCountryId: country.KEN,
      countriesOfWorkIds: [country.KEN],
      rightsFocus: ['housing', 'land'],
      languages: ['en'],
      membershipStatus: 'active',
      joinedAt: '2012-03-01',
      isSteeringCommittee: true,
      workingGroupIds: [housingGroupId],
      email: 'info@khrc.example.org',
    });
    const cels = await create({
      name: 'Centro de Estudios Legales y Sociales',
      acronym: 'CELS',
      type: 'ngo',
      headquartersCountryId: country.ARG,
      countriesOfWorkIds: [country.ARG, country.BRA],
      rightsFocus: ['health', 'housing'],
      languages: ['es'],
      membershipStatus: 'active',
      joinedAt: '2018-06-15',
      email: 'prensa@cels.example.org',
    });
    await create({
      name: 'Syndicat Solidaire',
      type: 'union',
      headquartersCountryId: country.FRA,
      countriesOfWorkIds: [country.KEN],
      rightsFocus: ['work', 'social_security'],
      languages: ['fr'],
      workingGroupIds: [foodGroupId],
    });
    personId = (
      await request(t.http)
        .post('/api/people')
        .set(...(await auth('coordinator')))
        .send({ firstName: 'Ana', lastName: 'Lista' })
        .expect(201)
    ).body.id;
    await request(t.http)
      .post('/api/affiliations')
      .set(...(await auth('coordinator')))
      .send({ personId, organizationId: cels.id })
      .expect(201);
    primaryId = (
      await request(t.http)
        .post('/api/people')
        .set(...(await auth('coordinator')))
        .send({ firstName: 'Bea', lastName: 'Primera' })
        .expect(201)
    ).body.id;
    await request(t.http)
      .post('/api/affiliations')
      .set(...(await auth('coordinator')))
      .send({ personId: primaryId, organizationId: cels.id, isPrimaryContact: true })
      .expect(201);
    // A former primary contact is no longer one.
    await request(t.http)
      .post('/api/affiliations')
      .set(...(await auth('coordinator')))
      .send({ personId, organizationId: cels.id, isPrimaryContact: true, since: '2015-01-01', until: '2016-01-01' })
      .expect(201);
  });

  afterAll(() => t.close());

  it('searches names and acronyms, forgiving a typo', async () => {
    expect(await names({ q: 'khrc' })).toEqual(['Kenya Human Rights Commission']);
    expect(await names({ q: 'estudios legales' })).toEqual(['Centro de Estudios Legales y Sociales']);
    expect(await names({ q: 'Sindicat Solidaire' })).toEqual(['Syndicat Solidaire']);
  });

  it('filters by country of headquarters or of work, and by region', async () => {
    expect(await names({ countryId: country.KEN })).toEqual(['Kenya Human Rights Commission', 'Syndicat Solidaire']);
    expect(await names({ headquartersCountryId: country.KEN })).toEqual(['Kenya Human Rights Commission']);
    expect(await names({ countryId: country.BRA })).toEqual(['Centro de Estudios Legales y Sociales']);
    expect(await names({ region: 'Africa', type: 'ngo' })).toEqual(['Kenya Human Rights Commission']);
    expect(await names({ region: ['Europe', 'Americas'], type: ['union', 'ngo'] })).toEqual(['Centro de Estudios Legales y Sociales', 'Syndicat Solidaire']);
  });

  it('filters by status, rights focus, language, steering committee and working group', async () => {
    expect(await names({ membershipStatus: 'applicant' })).toEqual(['Syndicat Solidaire']);
    expect(await names({ membershipStatus: ['active', 'applicant'] })).toHaveLength(3);
    expect(await names({ rightsFocus: 'housing' })).toEqual(['Centro de Estudios Legales y Sociales', 'Kenya Human Rights Commission']);
    expect(await names({ language: 'fr' })).toEqual(['Syndicat Solidaire']);
    expect(await names({ isSteeringCommittee: true })).toEqual(['Kenya Human Rights Commission']);
    expect(await names({ workingGroupId: [foodGroupId] })).toEqual(['Syndicat Solidaire']);
  });

  it('filters by joining dates, by a person and by e-mail', async () => {
    expect(await names({ joinedFrom: '2010-01-01', joinedTo: '2015-12-31' })).toEqual(['Kenya Human Rights Commission']);
    expect(await names({ personId })).toEqual(['Centro de Estudios Legales y Sociales']);
    expect(await names({ email: 'khrc.example' })).toEqual(['Kenya Human Rights Commission']);
  });

  it("shows each organization's region and current primary contacts, read for the whole page at once", async () => {
    const page = (await list('coordinator', { sort: '["name","ASC"]', range: '[0,9]' })).body as Array<
      OrganizationBody & { region: string | null; primaryContacts: Array<{ id: string; name: string }> }
    >;
    expect(page.map(({ name, region, primaryContacts }) => ({ name, region, primaryContacts }))).toEqual([
      { name: 'Centro de Estudios Legales y Sociales', region: 'Americas', primaryContacts: [{ id: primaryId, name: 'Bea Primera' }] },
      { name: 'Kenya Human Rights Commission', region: 'Africa', primaryContacts: [] },
      { name: 'Syndicat Solidaire', region: 'Europe', primaryContacts: [] },
    ]);
    const one = await request(t.http)
      .get(`/api/organizations/${page[0].id}`)
      .set(...(await auth('steering')))
      .expect(200);
    expect(one.body).toMatchObject({ region: 'Americas', primaryContacts: [{ id: primaryId, name: 'Bea Primera' }] });
  });

  it('shows a member the region but not the primary contacts', async () => {
    const page = (await list('member', { sort: '["name","ASC"]', range: '[0,9]' })).body as Array<Record<string, unknown>>;
    expect(page[0]).toMatchObject({ name: 'Centro de Estudios Legales y Sociales', region: 'Americas' });
    expect(page[0]).not.toHaveProperty('primaryContacts');
  });

  it('sorts and pages with Content-Range', async () => {
    const filter = JSON.stringify({ countryId: [country.KEN, country.ARG] });
    const page = await list('coordinator', { filter, sort: '["joinedAt","DESC"]', range: '[0,1]' });
    expect(page.status).toBe(200);
    expect(page.headers['content-range']).toBe('organizations 0-1/3');
    expect(page.body.map((o: OrganizationBody) => o.name)).toEqual(['Centro de Estudios Legales y Sociales', 'Kenya Human Rights Commission']);
    const byName = await list('coordinator', { filter, sort: '["name","DESC"]', range: '[2,2]' });
    expect(byName.headers['content-range']).toBe('organizations 2-2/3');
    expect(byName.body.map((o: OrganizationBody) => o.name)).toEqual(['Centro de Estudios Legales y Sociales']);
  });

  it.each([
    [{ sort: '["email","ASC"]' }, 'sort field "email" is not allowed'],
    [{ filter: '{"membershipStatus":"honorary"}' }, 'filter membershipStatus must be one of'],
    [{ filter: '{"rightsFocus":"space"}' }, 'filter rightsFocus must be one of'],
    [{ filter: '{"countryId":"ARG"}' }, 'filter countryId must be a UUID'],
    [{ filter: '{"joinedFrom":"last year"}' }, 'filter joinedFrom must be a date'],
    [{ filter: '{"phone":"+54"}' }, 'filter field "phone" is not allowed'],
  ])('refuses the list parameters %j with 400', async (query, message) => {
    const response = await list('coordinator', query);
    expect(response.status).toBe(400);
    expect(String(response.body.message)).toContain(message);
  });
});
