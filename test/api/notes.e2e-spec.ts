import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type { UserRole } from '../../api/src/users/user-role.contract.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface NoteBody {
  id: string;
  targetType: string;
  targetId: string;
  body: string;
  authorId: string | null;
  authorEmail: string | null;
  createdAt: string;
}

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('notes', () => {
  let t: TestApp;
  let organizationId: string;
  let personId: string;
  let applicationId: string;
  let coordinatorNote: NoteBody;
  const auth = async (role: UserRole): Promise<[string, string]> => ['Authorization', `Bearer ${await t.tokenFor(role)}`];
  const post = async (body: object, role: UserRole = 'coordinator'): Promise<request.Response> =>
    request(t.http)
      .post('/api/notes')
      .set(...(await auth(role)))
      .send(body);
  const list = async (query: Record<string, string>, role: UserRole = 'steering'): Promise<request.Response> =>
    request(t.http)
      .get('/api/notes')
      .query(query)
      .set(...(await auth(role)));

  beforeAll(async () => {
    t = await startTestApp();
    const coordinator = await auth('coordinator');
    organizationId = (
      await request(t.http)
        .post('/api/organizations')
        .set(...coordinator)
        .send({ name: 'Noted Org' })
        .expect(201)
    ).body.id;
    personId = (
      await request(t.http)
        .post('/api/people')
        .set(...coordinator)
        .send({ firstName: 'Noted', lastName: 'Person' })
        .expect(201)
    ).body.id;
    const [{ id: countryId }] = await t.dataSource.query("SELECT id FROM countries WHERE iso3 = 'ARG'");
    [{ id: applicationId }] = await t.dataSource.query(
      `INSERT INTO membership_applications (organization_name, organization_type, headquarters_country_id, contact_first_name,
         contact_last_name, contact_email, motivation, consent_at)
       VALUES ('Applicant Org', 'ngo', $1, 'Ada', 'Applicant', 'ada@applicant.example.org', 'We campaign for the Protocol', now()) RETURNING id`,
      [countryId],
    );
    coordinatorNote = (await post({ targetType: 'organization', targetId: organizationId, body: 'Spoke with their director' })).body;
  });
  afterAll(() => t.close());

  it('records the author from the logged-in user', () => {
    expect(coordinatorNote).toMatchObject({
      targetType: 'organization',
      targetId: organizationId,
      body: 'Spoke with their director',
      authorId: t.users.coordinator.id,
      authorEmail: 'coordinator@test.example.org',
    });
  });

  it('refuses anonymous callers with 401 on every route', async () => {
    await request(t.http).get('/api/notes').expect(401);
    await request(t.http).get(`/api/notes/${coordinatorNote.id}`).expect(401);
    await request(t.http).post('/api/notes').send({ targetType: 'person', targetId: personId, body: 'x' }).expect(401);
    await request(t.http).put(`/api/notes/${coordinatorNote.id}`).send({ body: 'x' }).expect(401);
    await request(t.http).delete(`/api/notes/${coordinatorNote.id}`).expect(401);
  });

  it('never shows secretariat notes to a member, nor lets one write them', async () => {
    const member = await auth('member');
    for (const query of [{}, { filter: JSON.stringify({ targetId: organizationId }) }, { filter: JSON.stringify({ id: [coordinatorNote.id] }) }]) {
      const response = await request(t.http)
        .get('/api/notes')
        .query(query)
        .set(...member)
        .expect(403);
      expect(JSON.stringify(response.body)).not.toContain('director');
    }
    await request(t.http)
      .get(`/api/notes/${coordinatorNote.id}`)
      .set(...member)
      .expect(403);
    await request(t.http)
      .post('/api/notes')
      .set(...member)
      .send({ targetType: 'organization', targetId: organizationId, body: 'Hi' })
      .expect(403);
    await request(t.http)
      .put(`/api/notes/${coordinatorNote.id}`)
      .set(...member)
      .send({ body: 'Changed' })
      .expect(403);
    await request(t.http)
      .delete(`/api/notes/${coordinatorNote.id}`)
      .set(...member)
      .expect(403);
  });

  it('lets the steering committee comment and change its own notes only', async () => {
    const steering = await auth('steering');
    const own = await post({ targetType: 'person', targetId: personId, body: 'Good contact for the UPR briefing' }, 'steering');
    expect(own.status).toBe(201);
    expect(own.body.authorEmail).toBe('steering@test.example.org');
    await request(t.http)
      .put(`/api/notes/${own.body.id}`)
      .set(...steering)
      .send({ body: 'Good contact for the UPR' })
      .expect(200);
    const other = await request(t.http)
      .put(`/api/notes/${coordinatorNote.id}`)
      .set(...steering)
      .send({ body: 'Rewritten' })
      .expect(403);
    expect(other.body.message).toContain('Only the author');
    await request(t.http)
      .delete(`/api/notes/${coordinatorNote.id}`)
      .set(...steering)
      .expect(403);
    const edits: Array<{ action: string; changes: { body?: { after: string } } }> = (
      await request(t.http)
        .get('/api/audit-entries')
        .query({ filter: JSON.stringify({ entityType: 'Note', entityId: own.body.id }) })
        .set(...(await auth('coordinator')))
        .expect(200)
    ).body;
    expect(edits.find((entry) => entry.action === 'update')?.changes.body?.after).toBe('Good contact for the UPR');
  });

  it('never lets the steering committee delete, not even its own notes', async () => {
    const own = await post({ targetType: 'person', targetId: personId, body: 'A remark to keep' }, 'steering');
    const response = await request(t.http)
      .delete(`/api/notes/${own.body.id}`)
      .set(...(await auth('steering')))
      .expect(403);
    expect(response.body.message).toContain('steering');
    await request(t.http)
      .get(`/api/notes/${own.body.id}`)
      .set(...(await auth('coordinator')))
      .expect(200);
  });

  it.each(['coordinator', 'admin'] as const)("lets the %s role edit and delete anyone's note", async (role) => {
    const steeringNote = (await post({ targetType: 'person', targetId: personId, body: 'Steering remark' }, 'steering')).body;
    const edited = await request(t.http)
      .put(`/api/notes/${steeringNote.id}`)
      .set(...(await auth(role)))
      .send({ body: 'Corrected remark' })
      .expect(200);
    expect(edited.body).toMatchObject({ body: 'Corrected remark', authorEmail: 'steering@test.example.org' });
    await request(t.http)
      .delete(`/api/notes/${steeringNote.id}`)
      .set(...(await auth(role)))
      .expect(200);
  });

  it('takes notes on membership applications too', async () => {
    const response = await post({ targetType: 'membership_application', targetId: applicationId, body: 'Check their statutes' });
    expect(response.status).toBe(201);
    expect(response.body.targetType).toBe('membership_application');
  });

  it.each([
    [{ targetType: 'organization', targetId: MISSING, body: 'x' }],
    [{ targetType: 'organization', targetId: '__person__', body: 'x' }],
    [{ targetType: 'membership_application', targetId: '__organization__', body: 'x' }],
  ])('refuses a note on a record that does not exist (%j) with 400 naming targetId', async (body) => {
    const ids: Record<string, string> = { __person__: personId, __organization__: organizationId };
    const response = await post({ ...body, targetId: ids[body.targetId] ?? body.targetId });
    expect(response.status).toBe(400);
    expect(response.body.field).toBe('targetId');
  });

  it.each([
    [
      { targetType: 'newsletter', targetId: MISSING, body: 'x' },
      'targetType must be one of: authority, country, event, lobbying_action, membership_application, organization, person',
    ],
    [{ targetType: 'person', targetId: 'someone', body: 'x' }, 'targetId must be a UUID'],
    [{ targetType: 'person', targetId: MISSING, body: '' }, 'body must not be empty'],
    [{ targetType: 'person', targetId: MISSING }, 'body must be text'],
    [{ targetType: 'person', targetId: MISSING, body: 'x', authorId: MISSING }, 'property authorId should not exist'],
    [{ targetType: 'person', targetId: MISSING, body: 'x', authorEmail: 'admin@test.example.org' }, 'property authorEmail should not exist'],
  ])('refuses %j with 400', async (body, message) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(String(response.body.message)).toContain(message);
  });

  it('takes back the whole record React-Admin sends, keeping its target and author', async () => {
    const admin = await auth('admin');
    const { body: record } = await request(t.http)
      .get(`/api/notes/${coordinatorNote.id}`)
      .set(...admin)
      .expect(200);
    const response = await request(t.http)
      .put(`/api/notes/${coordinatorNote.id}`)
      .set(...admin)
      .send({ ...record, body: 'Spoke with their director again', targetId: personId, authorId: t.users.admin.id, authorEmail: 'admin@test.example.org' })
      .expect(200);
    expect(response.body).toMatchObject({
      body: 'Spoke with their director again',
      targetId: organizationId,
      authorId: t.users.coordinator.id,
      authorEmail: 'coordinator@test.example.org',
    });
  });

  it('lists the timeline of a record, newest first by default, with Content-Range', async () => {
    await post({ targetType: 'organization', targetId: organizationId, body: 'Second note' });
    await post({ targetType: 'organization', targetId: organizationId, body: 'Third note' }, 'steering');
    const timeline = await list({ filter: JSON.stringify({ targetType: 'organization', targetId: organizationId }) });
    expect(timeline.headers['content-range']).toBe('notes 0-2/3');
    expect(timeline.body.map((note: NoteBody) => note.body)).toEqual(['Third note', 'Second note', 'Spoke with their director again']);
    const oldestFirst = await list({ filter: JSON.stringify({ targetId: organizationId }), sort: '["createdAt","ASC"]', range: '[0,0]' });
    expect(oldestFirst.headers['content-range']).toBe('notes 0-0/3');
    expect(oldestFirst.body[0].body).toBe('Spoke with their director again');
    const bySteering = await list({ filter: JSON.stringify({ authorId: t.users.steering.id, targetId: organizationId }) });
    expect(bySteering.body.map((note: NoteBody) => note.body)).toEqual(['Third note']);
  });

  it.each([
    [{ sort: '["body","ASC"]' }, 'sort field "body" is not allowed'],
    [{ filter: '{"targetType":"newsletter"}' }, 'filter targetType must be one of'],
    [{ filter: '{"authorId":"me"}' }, 'filter authorId must be a UUID'],
  ])('refuses the list parameters %j with 400', async (query, message) => {
    const response = await list(query, 'admin');
    expect(response.status).toBe(400);
    expect(String(response.body.message)).toContain(message);
  });
});
