import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type { UserRole } from '../../api/src/users/user-role.contract.js';
import { PASSWORD, startTestApp, type TestApp } from '../support/test-app.js';

interface Named {
  id: string;
}

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('merging duplicates', () => {
  let t: TestApp;
  const country: Record<string, string> = {};
  const auth = async (role: UserRole): Promise<[string, string]> => ['Authorization', `Bearer ${await t.tokenFor(role)}`];
  const post = async (path: string, body: object, role: UserRole = 'coordinator'): Promise<request.Response> =>
    request(t.http)
      .post(`/api/${path}`)
      .set(...(await auth(role)))
      .send(body);
  const created = async (path: string, body: object): Promise<Named & Record<string, unknown>> => {
    const response = await post(path, body);
    expect(response.status).toBe(201);
    return response.body;
  };
  const get = async (path: string): Promise<request.Response> =>
    request(t.http)
      .get(`/api/${path}`)
      .set(...(await auth('admin')));
  const application = async (columns: { personId?: string; organizationId?: string }): Promise<string> => {
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO membership_applications (organization_name, organization_type, headquarters_country_id, contact_first_name, contact_last_name,
         contact_email, motivation, consent_at, status, person_id, organization_id)
       VALUES ('Applied Org', 'ngo', $1, 'Ada', 'Applicant', 'ada@applied.example.org', 'Campaigning', now(), 'approved', $2, $3) RETURNING id`,
      [country.ARG, columns.personId ?? null, columns.organizationId ?? null],
    );
    return id;
  };

  beforeAll(async () => {
    t = await startTestApp();
    const rows: Array<{ id: string; iso3: string }> = await t.dataSource.query("SELECT id, iso3 FROM countries WHERE iso3 IN ('ARG', 'KEN')");
    Object.assign(country, Object.fromEntries(rows.map((row) => [row.iso3, row.id])));
  });
  afterAll(() => t.close());

  describe('people', () => {
    let kept: Named;
    let merged: Named;
    let orgA: Named;
    let orgB: Named;
    let mergedUserId: string;
    let applicationId: string;
    let mergedNoteId: string;
    let response: request.Response;

    beforeAll(async () => {
      orgA = await created('organizations', { name: 'Org A' });
      orgB = await created('organizations', { name: 'Org B' });
      kept = await created('people', { firstName: 'María', lastName: 'González', email: 'maria@kept.example.org', languages: ['es'], phones: ['+54 11 1111'] });
      merged = await created('people', {
        firstName: 'Maria',
        lastName: 'Gonzalez',
        email: 'maria.g@merged.example.org',
        otherEmails: ['mg@old.example.org'],
        jobTitle: 'Campaign lead',
        countryId: country.ARG,
        languages: ['en', 'es'],
        phones: ['+54 11 2222'],
      });
      await post('affiliations', { personId: kept.id, organizationId: orgA.id, since: '2020-01-01' });
      await post('affiliations', { personId: merged.id, organizationId: orgA.id, role: 'Coordinator', isPrimaryContact: true, since: '2018-05-01' });
      await post('affiliations', { personId: merged.id, organizationId: orgB.id, role: 'Board member' });
      await post('affiliations', { personId: merged.id, organizationId: orgB.id, since: '2001-01-01', until: '2005-01-01' });
      mergedNoteId = (await created('notes', { targetType: 'person', targetId: merged.id, body: 'Met at the Human Rights Council' })).id;
      const user = await post('users', { email: 'maria.g@merged.example.org', role: 'member', password: PASSWORD, personId: merged.id }, 'admin');
      mergedUserId = user.body.id;
      applicationId = await application({ personId: merged.id });
      response = await post(`people/${merged.id}/merge`, { intoId: kept.id });
    });

    it('answers with the kept person, completed from the merged one, and the merged id', () => {
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        id: kept.id,
        mergedId: merged.id,
        firstName: 'María',
        email: 'maria@kept.example.org',
        jobTitle: 'Campaign lead',
        countryId: country.ARG,
        languages: ['es', 'en'],
        phones: ['+54 11 1111', '+54 11 2222'],
        userId: mergedUserId,
      });
      expect(response.body.otherEmails.sort()).toEqual(['maria.g@merged.example.org', 'mg@old.example.org']);
    });

    it('deletes the merged person', async () => {
      await get(`people/${merged.id}`).then((r) => expect(r.status).toBe(404));
    });

    it('keeps every affiliation, making one of two current links with the same organization', async () => {
      const affiliations = await get(`affiliations?filter=${encodeURIComponent(JSON.stringify({ personId: kept.id }))}&sort=["organizationName","ASC"]`);
      expect(affiliations.body.map((a: Record<string, unknown>) => [a.organizationName, a.role, a.isPrimaryContact, a.since, a.until])).toEqual([
        ['Org A', 'Coordinator', true, '2018-05-01', null],
        expect.arrayContaining(['Org B']),
        expect.arrayContaining(['Org B']),
      ]);
      expect(affiliations.headers['content-range']).toBe('affiliations 0-2/3');
    });

    it('moves the notes and writes one about the merge', async () => {
      const notes = await get(`notes?filter=${encodeURIComponent(JSON.stringify({ targetType: 'person', targetId: kept.id }))}&sort=["createdAt","ASC"]`);
      expect(notes.body.map((note: { id: string }) => note.id)).toContain(mergedNoteId);
      expect(notes.body.at(-1)).toMatchObject({ body: `Merged Maria Gonzalez (${merged.id}) into this record`, authorEmail: 'coordinator@test.example.org' });
    });

    it('hands the user account and the membership application over to the kept person', async () => {
      const user = await get(`users/${mergedUserId}`);
      expect(user.body.personId).toBe(kept.id);
      const [row] = await t.dataSource.query('SELECT person_id FROM membership_applications WHERE id = $1', [applicationId]);
      expect(row.person_id).toBe(kept.id);
    });

    it("keeps the merged person's audit history and records its deletion and the kept person's update", async () => {
      const mergedTrail = await get(`audit-entries?filter=${encodeURIComponent(JSON.stringify({ entityId: merged.id }))}&sort=["createdAt","ASC"]`);
      expect(mergedTrail.body.map((entry: { action: string }) => entry.action)).toEqual(['create', 'delete']);
      const keptTrail = await get(`audit-entries?filter=${encodeURIComponent(JSON.stringify({ entityId: kept.id, action: 'update' }))}`);
      expect(keptTrail.body[0].changes).toMatchObject({ jobTitle: { before: null, after: 'Campaign lead' } });
    });

    it('lets the kept person take over the e-mail of the merged one when it had none', async () => {
      const nameless = await created('people', { firstName: 'No', lastName: 'Mail' });
      const withMail = await created('people', { firstName: 'No', lastName: 'Mail', email: 'no.mail@example.org' });
      const result = await post(`people/${withMail.id}/merge`, { intoId: nameless.id });
      expect(result.status).toBe(200);
      expect(result.body).toMatchObject({ email: 'no.mail@example.org', otherEmails: [] });
    });

    it('refuses merging two people who both log in, changing nothing', async () => {
      const first = await created('people', { firstName: 'Two', lastName: 'Accounts', email: 'two.a@example.org' });
      const second = await created('people', { firstName: 'Two', lastName: 'Accounts', email: 'two.b@example.org' });
      await post('affiliations', { personId: first.id, organizationId: orgA.id });
      await post('users', { email: 'two.a@example.org', role: 'member', password: PASSWORD, personId: first.id }, 'admin');
      await post('users', { email: 'two.b@example.org', role: 'member', password: PASSWORD, personId: second.id }, 'admin');
      const refused = await post(`people/${first.id}/merge`, { intoId: second.id });
      expect(refused.status).toBe(409);
      expect(refused.body.message).toContain('Both people have a user account');
      await get(`people/${first.id}`).then((r) => expect(r.status).toBe(200));
      const affiliations = await get(`affiliations?filter=${encodeURIComponent(JSON.stringify({ personId: first.id }))}`);
      expect(affiliations.body).toHaveLength(1);
    });

    it('refuses merging a person into itself or into nobody', async () => {
      const self = await post(`people/${kept.id}/merge`, { intoId: kept.id });
      expect(self.status).toBe(400);
      expect(self.body.field).toBe('intoId');
      const nobody = await post(`people/${kept.id}/merge`, { intoId: MISSING });
      expect(nobody.status).toBe(400);
      expect(nobody.body.field).toBe('intoId');
      expect((await post(`people/${MISSING}/merge`, { intoId: kept.id })).status).toBe(404);
      const malformed = await post(`people/${kept.id}/merge`, { intoId: 'maria' });
      expect(malformed.status).toBe(400);
      expect(String(malformed.body.message)).toContain('intoId must be a UUID');
    });

    it.each(['steering', 'member'] as const)('refuses the %s role merging people', async (role) => {
      const a = await created('people', { firstName: 'Role', lastName: 'Test' });
      const b = await created('people', { firstName: 'Role', lastName: 'Test' });
      expect((await post(`people/${a.id}/merge`, { intoId: b.id }, role)).status).toBe(403);
      await get(`people/${a.id}`).then((r) => expect(r.status).toBe(200));
    });

    it('lets an admin merge people', async () => {
      const a = await created('people', { firstName: 'Admin', lastName: 'Merge' });
      const b = await created('people', { firstName: 'Admin', lastName: 'Merge' });
      expect((await post(`people/${a.id}/merge`, { intoId: b.id }, 'admin')).status).toBe(200);
    });
  });

  describe('organizations', () => {
    let kept: Named;
    let merged: Named;
    let foodGroup: Named;
    let housingGroup: Named;
    let both: Named;
    let onlyMerged: Named;
    let applicationId: string;
    let response: request.Response;

    beforeAll(async () => {
      foodGroup = await created('working-groups', { name: 'Food' });
      housingGroup = await created('working-groups', { name: 'Housing' });
      kept = await created('organizations', {
        name: 'Red DESC Argentina',
        countriesOfWorkIds: [country.ARG],
        workingGroupIds: [foodGroup.id],
        rightsFocus: ['food'],
        membershipStatus: 'active',
        joinedAt: '2016-01-01',
      });
      merged = await created('organizations', {
        name: 'Red DESC de Argentina',
        acronym: 'RDA',
        headquartersCountryId: country.ARG,
        countriesOfWorkIds: [country.ARG, country.KEN],
        workingGroupIds: [housingGroup.id],
        rightsFocus: ['housing', 'food'],
        email: 'info@rda.example.org',
        isSteeringCommittee: true,
      });
      both = await created('people', { firstName: 'Both', lastName: 'Places' });
      onlyMerged = await created('people', { firstName: 'Only', lastName: 'Merged' });
      await post('affiliations', { personId: both.id, organizationId: kept.id });
      await post('affiliations', { personId: both.id, organizationId: merged.id, role: 'Treasurer' });
      await post('affiliations', { personId: onlyMerged.id, organizationId: merged.id, isPrimaryContact: true });
      await post('notes', { targetType: 'organization', targetId: merged.id, body: 'Sent the model letter' });
      applicationId = await application({ organizationId: merged.id });
      response = await post(`organizations/${merged.id}/merge`, { intoId: kept.id });
    });

    it('answers with the kept organization, completed from the merged one', () => {
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        id: kept.id,
        mergedId: merged.id,
        name: 'Red DESC Argentina',
        acronym: 'RDA',
        headquartersCountryId: country.ARG,
        email: 'info@rda.example.org',
        rightsFocus: ['food', 'housing'],
        membershipStatus: 'active',
        joinedAt: '2016-01-01',
        isSteeringCommittee: true,
      });
      expect(response.body.countriesOfWorkIds.sort()).toEqual([country.ARG, country.KEN].sort());
      expect(response.body.workingGroupIds.sort()).toEqual([foodGroup.id, housingGroup.id].sort());
    });

    it('deletes the merged organization and keeps its audit history', async () => {
      await get(`organizations/${merged.id}`).then((r) => expect(r.status).toBe(404));
      const trail = await get(
        `audit-entries?filter=${encodeURIComponent(JSON.stringify({ entityId: merged.id, action: ['create', 'delete'] }))}&sort=["createdAt","ASC"]`,
      );
      expect(trail.body.map((entry: { action: string }) => entry.action)).toEqual(['create', 'delete']);
    });

    it('keeps every member of both, making one of two current links of the same person', async () => {
      const affiliations = await get(`affiliations?filter=${encodeURIComponent(JSON.stringify({ organizationId: kept.id }))}&sort=["personName","ASC"]`);
      expect(affiliations.body.map((a: Record<string, unknown>) => [a.personName, a.role, a.isPrimaryContact])).toEqual([
        ['Only Merged', null, true],
        ['Both Places', 'Treasurer', false],
      ]);
      const members = await get(`people?filter=${encodeURIComponent(JSON.stringify({ organizationId: kept.id }))}`);
      expect(members.headers['content-range']).toBe('people 0-1/2');
    });

    it('moves notes and applications, and notes the merge on the timeline', async () => {
      const notes = await get(`notes?filter=${encodeURIComponent(JSON.stringify({ targetType: 'organization', targetId: kept.id }))}&sort=["createdAt","ASC"]`);
      expect(notes.body.map((note: { body: string }) => note.body)).toEqual([
        'Sent the model letter',
        `Merged Red DESC de Argentina (${merged.id}) into this record`,
      ]);
      const [row] = await t.dataSource.query('SELECT organization_id FROM membership_applications WHERE id = $1', [applicationId]);
      expect(row.organization_id).toBe(kept.id);
    });

    it("records the countries and working groups taken over in the kept record's audit trail", async () => {
      const trail = await get(`audit-entries?filter=${encodeURIComponent(JSON.stringify({ entityId: kept.id, action: 'update' }))}&sort=["createdAt","ASC"]`);
      const linkChange = trail.body.filter((entry: { changes: object }) => 'countriesOfWorkIds' in entry.changes).at(-1);
      expect(linkChange.changes.countriesOfWorkIds.after.sort()).toEqual([country.ARG, country.KEN].sort());
    });

    it('refuses merging an organization into itself or into nobody', async () => {
      const self = await post(`organizations/${kept.id}/merge`, { intoId: kept.id });
      expect(self.status).toBe(400);
      expect(self.body.field).toBe('intoId');
      const nobody = await post(`organizations/${kept.id}/merge`, { intoId: MISSING });
      expect(nobody.status).toBe(400);
      expect(nobody.body.field).toBe('intoId');
      expect((await post(`organizations/${MISSING}/merge`, { intoId: kept.id })).status).toBe(404);
      expect((await post(`organizations/${kept.id}/merge`, { intoId: kept.id, keepBoth: true })).status).toBe(400);
    });

    it.each(['steering', 'member'] as const)('refuses the %s role merging organizations', async (role) => {
      const a = await created('organizations', { name: `Role test ${role} A` });
      const b = await created('organizations', { name: `Role test ${role} B` });
      expect((await post(`organizations/${a.id}/merge`, { intoId: b.id }, role)).status).toBe(403);
      await get(`organizations/${a.id}`).then((r) => expect(r.status).toBe(200));
    });

    it('refuses anonymous callers with 401', async () => {
      await request(t.http).post(`/api/organizations/${kept.id}/merge`).send({ intoId: kept.id }).expect(401);
      await request(t.http).post(`/api/people/${MISSING}/merge`).send({ intoId: MISSING }).expect(401);
    });
  });
});
