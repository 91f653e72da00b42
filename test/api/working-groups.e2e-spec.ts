import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type { UserRole } from '../../api/src/users/user-role.contract.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('working groups', () => {
  let t: TestApp;
  let groupId: string;
  const auth = async (role: UserRole): Promise<[string, string]> => ['Authorization', `Bearer ${await t.tokenFor(role)}`];

  beforeAll(async () => {
    t = await startTestApp();
    groupId = (
      await request(t.http)
        .post('/api/working-groups')
        .set(...(await auth('coordinator')))
        .send({ name: 'Latin America', description: 'Regional group' })
        .expect(201)
    ).body.id;
  });
  afterAll(() => t.close());

  it('refuses anonymous callers with 401', async () => {
    await request(t.http).get('/api/working-groups').expect(401);
    await request(t.http).get(`/api/working-groups/${groupId}`).expect(401);
    await request(t.http).post('/api/working-groups').send({ name: 'Anonymous' }).expect(401);
    await request(t.http).put(`/api/working-groups/${groupId}`).send({ name: 'Anonymous' }).expect(401);
    await request(t.http).delete(`/api/working-groups/${groupId}`).expect(401);
  });

  it.each(['admin', 'coordinator', 'steering', 'member'] as const)('lets the %s role read working groups', async (role) => {
    const list = await request(t.http)
      .get('/api/working-groups')
      .set(...(await auth(role)))
      .expect(200);
    expect(list.headers['content-range']).toMatch(/^working-groups 0-\d+\/\d+$/);
    const show = await request(t.http)
      .get(`/api/working-groups/${groupId}`)
      .set(...(await auth(role)))
      .expect(200);
    expect(show.body).toMatchObject({ id: groupId, name: 'Latin America', description: 'Regional group' });
  });

  it.each(['steering', 'member'] as const)('refuses the %s role changing working groups', async (role) => {
    await request(t.http)
      .post('/api/working-groups')
      .set(...(await auth(role)))
      .send({ name: 'Sneaky' })
      .expect(403);
    await request(t.http)
      .put(`/api/working-groups/${groupId}`)
      .set(...(await auth(role)))
      .send({ name: 'Sneaky' })
      .expect(403);
    await request(t.http)
      .delete(`/api/working-groups/${groupId}`)
      .set(...(await auth(role)))
      .expect(403);
  });

  it('refuses a second group with the same name in another case with 409 naming the field', async () => {
    const response = await request(t.http)
      .post('/api/working-groups')
      .set(...(await auth('admin')))
      .send({ name: 'LATIN america' })
      .expect(409);
    expect(response.body.field).toBe('name');
  });

  it.each([
    [{}, 'name must be text'],
    [{ name: '' }, 'name must not be empty'],
    [{ name: 'x'.repeat(121) }, 'name must be at most 120 characters long'],
    [{ name: 'Ok', members: [] }, 'property members should not exist'],
  ])('refuses %j with 400', async (body, message) => {
    const response = await request(t.http)
      .post('/api/working-groups')
      .set(...(await auth('admin')))
      .send(body)
      .expect(400);
    expect(String(response.body.message)).toContain(message);
  });

  it('edits, searches, sorts and deletes a group, leaving its organizations alone', async () => {
    const admin = await auth('admin');
    const water = await request(t.http)
      .post('/api/working-groups')
      .set(...admin)
      .send({ name: 'Water and sanitation' })
      .expect(201);
    const organization = await request(t.http)
      .post('/api/organizations')
      .set(...admin)
      .send({ name: 'Aguas Libres', workingGroupIds: [water.body.id] })
      .expect(201);
    const { body: record } = await request(t.http)
      .get(`/api/working-groups/${water.body.id}`)
      .set(...admin)
      .expect(200);
    const edited = await request(t.http)
      .put(`/api/working-groups/${water.body.id}`)
      .set(...admin)
      .send({ ...record, name: 'Water' })
      .expect(200);
    expect(edited.body).toMatchObject({ name: 'Water', createdAt: record.createdAt });
    const search = await request(t.http)
      .get('/api/working-groups')
      .query({ filter: '{"q":"wat"}' })
      .set(...admin)
      .expect(200);
    expect(search.body.map((group: { name: string }) => group.name)).toEqual(['Water']);
    const sorted = await request(t.http)
      .get('/api/working-groups')
      .query({ sort: '["name","DESC"]' })
      .set(...admin)
      .expect(200);
    expect(sorted.body.map((group: { name: string }) => group.name)).toEqual(['Water', 'Latin America']);
    await request(t.http)
      .delete(`/api/working-groups/${water.body.id}`)
      .set(...admin)
      .expect(200);
    await request(t.http)
      .get(`/api/working-groups/${water.body.id}`)
      .set(...admin)
      .expect(404);
    const after = await request(t.http)
      .get(`/api/organizations/${organization.body.id}`)
      .set(...admin)
      .expect(200);
    expect(after.body).toMatchObject({ name: 'Aguas Libres', workingGroupIds: [] });
  });
});
