import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { AuditEntry } from '../../api/src/audit/audit-entry.entity.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('users (admin only)', () => {
  let t: TestApp;
  let admin: string;
  const bearer = (token: string): [string, string] => ['Authorization', `Bearer ${token}`];

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.tokenFor('admin');
  });
  afterAll(() => t.close());

  it.each(['coordinator', 'steering', 'member'] as const)('refuses the %s role with 403', async (role) => {
    const token = await t.tokenFor(role);
    const response = await request(t.http)
      .get('/api/users')
      .set(...bearer(token))
      .expect(403);
    expect(response.body.message).toContain('allowed: admin');
    await request(t.http)
      .post('/api/users')
      .set(...bearer(token))
      .send({ email: 'x@example.org', role: 'admin' })
      .expect(403);
  });

  it('creates a user with a password, who can then log in', async () => {
    const created = await request(t.http)
      .post('/api/users')
      .set(...bearer(admin))
      .send({ email: 'New.Person@Example.org', role: 'coordinator', password: 'twelve chars or more' })
      .expect(201);
    expect(created.body).toMatchObject({ email: 'new.person@example.org', role: 'coordinator', isActive: true });
    expect(created.body).not.toHaveProperty('passwordHash');
    await request(t.http).post('/api/auth/login').send({ email: 'new.person@example.org', password: 'twelve chars or more' }).expect(200);
  });

  it('refuses a second user with the same e-mail in another case with 409 naming the field', async () => {
    const response = await request(t.http)
      .post('/api/users')
      .set(...bearer(admin))
      .send({ email: 'NEW.person@example.org', role: 'member' })
      .expect(409);
    expect(response.body).toMatchObject({ field: 'email' });
  });

  it.each([
    [{ email: 'nope', role: 'member' }, 'email must be an e-mail address'],
    [{ email: 'a@example.org', role: 'king' }, 'role must be one of: admin, coordinator, steering, member'],
    [{ email: 'a@example.org', role: 'member', password: 'short' }, 'password must be at least 12 characters long'],
    [{ email: 'a@example.org', role: 'member', isSuperuser: true }, 'property isSuperuser should not exist'],
  ])('refuses %j with 400', async (body, message) => {
    const response = await request(t.http)
      .post('/api/users')
      .set(...bearer(admin))
      .send(body)
      .expect(400);
    expect(response.body.message).toContain(message);
  });

  it('lists users with sorting, paging, search and Content-Range', async () => {
    const page = await request(t.http)
      .get('/api/users')
      .query({ sort: '["email","ASC"]', range: '[0,1]', filter: '{}' })
      .set(...bearer(admin))
      .expect(200);
    expect(page.headers['content-range']).toMatch(/^users 0-1\/\d+$/);
    expect(page.body.map((user: { email: string }) => user.email)).toEqual(['admin@test.example.org', 'coordinator@test.example.org']);
    const search = await request(t.http)
      .get('/api/users')
      .query({ filter: '{"q":"steer"}' })
      .set(...bearer(admin))
      .expect(200);
    expect(search.body.map((user: { email: string }) => user.email)).toEqual(['steering@test.example.org']);
    const byRole = await request(t.http)
      .get('/api/users')
      .query({ filter: '{"role":["member"]}' })
      .set(...bearer(admin))
      .expect(200);
    expect(byRole.headers['content-range']).toBe('users 0-0/1');
    const beyond = await request(t.http)
      .get('/api/users')
      .query({ range: '[500,524]' })
      .set(...bearer(admin))
      .expect(200);
    expect(beyond.body).toEqual([]);
    expect(beyond.headers['content-range']).toMatch(/^users \*\/\d+$/);
  });

  it('exposes the total and whether it is an estimate (Content-Range, X-Total-Estimated) to browsers through CORS', async () => {
    const response = await request(t.http)
      .get('/api/users')
      .set('Origin', 'http://localhost:5173')
      .set(...bearer(admin))
      .expect(200);
    expect(response.headers['access-control-expose-headers']?.split(',')).toEqual(['Content-Range', 'X-Total-Estimated']);
  });

  it('answers getMany with an array of ids', async () => {
    const ids = [t.users.member.id, t.users.steering.id];
    const response = await request(t.http)
      .get('/api/users')
      .query({ filter: JSON.stringify({ id: ids }) })
      .set(...bearer(admin))
      .expect(200);
    expect(response.body.map((user: { id: string }) => user.id).sort()).toEqual([...ids].sort());
  });

  it.each([
    [{ sort: '["passwordHash","ASC"]' }, 'sort field "passwordHash" is not allowed'],
    [{ range: '[0,5000]' }, 'a page holds at most 1000 rows'],
    [{ range: '[9,2]' }, 'range end must not be before its start'],
    [{ filter: '{"passwordHash":"x"}' }, 'filter field "passwordHash" is not allowed'],
    [{ filter: '{oops' }, 'filter is not valid JSON'],
    [{ page: '2' }, 'property page should not exist'],
  ])('refuses the malformed list parameters %j with 400', async (query, message) => {
    const response = await request(t.http)
      .get('/api/users')
      .query(query)
      .set(...bearer(admin))
      .expect(400);
    expect(String(response.body.message)).toContain(message);
  });

  it('takes back the whole record React-Admin sends on edit, ignoring read-only fields', async () => {
    const { body: user } = await request(t.http)
      .get(`/api/users/${t.users.steering.id}`)
      .set(...bearer(admin))
      .expect(200);
    const response = await request(t.http)
      .put(`/api/users/${user.id}`)
      .set(...bearer(admin))
      .send({ ...user, role: 'coordinator', createdAt: '1999-01-01T00:00:00.000Z' })
      .expect(200);
    expect(response.body.role).toBe('coordinator');
    expect(response.body.createdAt).toBe(user.createdAt);
  });

  it('never demotes, deactivates or deletes the last admin', async () => {
    const demote = await request(t.http)
      .put(`/api/users/${t.users.admin.id}`)
      .set(...bearer(admin))
      .send({ role: 'member' })
      .expect(409);
    expect(demote.body).toMatchObject({ field: 'role', message: expect.stringContaining('last active admin') });
    const second = await request(t.http)
      .post('/api/users')
      .set(...bearer(admin))
      .send({ email: 'second.admin@example.org', role: 'admin', password: 'twelve chars or more' })
      .expect(201);
    await request(t.http)
      .put(`/api/users/${second.body.id}`)
      .set(...bearer(admin))
      .send({ isActive: false })
      .expect(200);
    await request(t.http)
      .put(`/api/users/${t.users.admin.id}`)
      .set(...bearer(admin))
      .send({ role: 'member' })
      .expect(409);
    await request(t.http)
      .put(`/api/users/${second.body.id}`)
      .set(...bearer(admin))
      .send({ isActive: true })
      .expect(200);
    const { body: secondSession } = await request(t.http)
      .post('/api/auth/login')
      .send({ email: 'second.admin@example.org', password: 'twelve chars or more' })
      .expect(200);
    await request(t.http)
      .delete(`/api/users/${t.users.admin.id}`)
      .set(...bearer(secondSession.accessToken))
      .expect(200);
    await request(t.http)
      .delete(`/api/users/${second.body.id}`)
      .set(...bearer(secondSession.accessToken))
      .expect(409);
  });

  it('answers 404 for a missing user and 400 for a malformed id', async () => {
    const token = (await request(t.http).post('/api/auth/login').send({ email: 'second.admin@example.org', password: 'twelve chars or more' })).body
      .accessToken;
    await request(t.http)
      .get('/api/users/00000000-0000-4000-8000-000000000000')
      .set(...bearer(token))
      .expect(404);
    await request(t.http)
      .get('/api/users/not-a-uuid')
      .set(...bearer(token))
      .expect(400);
  });
});

describe('audit trail', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('records who changed what, with before and after, and never the password hash', async () => {
    const admin = await t.tokenFor('admin');
    const created = await request(t.http)
      .post('/api/users')
      .set('Authorization', `Bearer ${admin}`)
      .send({ email: 'audited@example.org', role: 'member', password: 'twelve chars or more' })
      .expect(201);
    await request(t.http).put(`/api/users/${created.body.id}`).set('Authorization', `Bearer ${admin}`).send({ role: 'steering' }).expect(200);
    await request(t.http).delete(`/api/users/${created.body.id}`).set('Authorization', `Bearer ${admin}`).expect(200);

    const steering = await t.tokenFor('steering');
    const response = await request(t.http)
      .get('/api/audit-entries')
      .query({ filter: JSON.stringify({ entityId: created.body.id }), sort: '["createdAt","ASC"]' })
      .set('Authorization', `Bearer ${steering}`)
      .expect(200);
    expect(response.body.map((entry: AuditEntry) => entry.action)).toEqual(['create', 'update', 'delete']);
    const [create, update] = response.body as AuditEntry[];
    expect(create).toMatchObject({ entityType: 'User', userEmail: 'admin@test.example.org', userId: t.users.admin.id });
    expect(create.changes).not.toHaveProperty('passwordHash');
    expect(update.changes).toEqual({ role: { before: 'member', after: 'steering' } });
  });

  it('is not readable by members', async () => {
    await request(t.http)
      .get('/api/audit-entries')
      .set('Authorization', `Bearer ${await t.tokenFor('member')}`)
      .expect(403);
  });

  it('writes nothing when the change itself fails', async () => {
    const before = await t.dataSource.getRepository(AuditEntry).count();
    const admin = await t.tokenFor('admin');
    await request(t.http).put(`/api/users/${t.users.admin.id}`).set('Authorization', `Bearer ${admin}`).send({ role: 'member' }).expect(409);
    expect(await t.dataSource.getRepository(AuditEntry).count()).toBe(before);
  });
});
