import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { UserTokensService } from '../../api/src/users/user-tokens.service.js';
import { PASSWORD, startTestApp, type TestApp } from '../support/test-app.js';

describe('auth', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_LIMIT_PER_EMAIL: '50', LOGIN_LIMIT_PER_IP: '100' });
  });
  afterAll(() => t.close());

  it('logs in with the right password and returns a token and the user', async () => {
    const response = await request(t.http).post('/api/auth/login').send({ email: 'Coordinator@Test.example.org', password: PASSWORD }).expect(200);
    expect(response.body.user).toEqual({ id: t.users.coordinator.id, email: 'coordinator@test.example.org', role: 'coordinator', personId: null });
    const me = await request(t.http).get('/api/auth/me').set('Authorization', `Bearer ${response.body.accessToken}`).expect(200);
    expect(me.body.email).toBe('coordinator@test.example.org');
  });

  it('refuses a wrong password with 401 and a clear message', async () => {
    const response = await request(t.http).post('/api/auth/login').send({ email: t.users.steering.email, password: 'wrong password' }).expect(401);
    expect(response.body.message).toBe('Wrong e-mail or password');
  });

  it('answers an unknown e-mail exactly like a wrong password', async () => {
    const response = await request(t.http).post('/api/auth/login').send({ email: 'nobody@test.example.org', password: 'whatever' }).expect(401);
    expect(response.body.message).toBe('Wrong e-mail or password');
  });

  it.each([
    [{ email: 'not-an-email', password: 'x' }, 'email must be an e-mail address'],
    [{ email: 'a@b.org' }, 'password must be a string'],
    [{ email: 'a@b.org', password: 'x', isAdmin: true }, 'property isAdmin should not exist'],
    [[1, 2], 'body must be a JSON object with email and password'],
  ])('refuses the malformed login %j with 400 naming the field', async (body, message) => {
    const response = await request(t.http)
      .post('/api/auth/login')
      .send(body as object)
      .expect(400);
    expect(response.body.message).toContain(message);
  });

  it('refuses a body that is not JSON with 400', async () => {
    const response = await request(t.http).post('/api/auth/login').set('Content-Type', 'application/json').send('{"email":').expect(400);
    expect(response.body.message).toMatch(/^The body is not valid JSON/);
  });

  it('refuses requests without a token, with a bad token and with a forged token', async () => {
    await request(t.http).get('/api/auth/me').expect(401);
    await request(t.http).get('/api/auth/me').set('Authorization', 'Bearer nonsense').expect(401);
    const [header, , signature] = (await t.tokenFor('member')).split('.');
    const forged = Buffer.from(JSON.stringify({ sub: t.users.admin.id, role: 'admin' })).toString('base64url');
    await request(t.http).get('/api/users').set('Authorization', `Bearer ${header}.${forged}.${signature}`).expect(401);
  });

  it('refuses a deactivated user at login, without confirming the password, and at once on its existing token', async () => {
    const token = await t.tokenFor('steering');
    const admin = await t.tokenFor('admin');
    await request(t.http).put(`/api/users/${t.users.steering.id}`).set('Authorization', `Bearer ${admin}`).send({ isActive: false }).expect(200);
    await request(t.http).get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(401);
    const response = await request(t.http).post('/api/auth/login').send({ email: t.users.steering.email, password: PASSWORD }).expect(401);
    expect(response.body.message).toBe('Wrong e-mail or password');
  });
});

describe('password links', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it.each([
    ['invitation', '/api/auth/accept-invitation'],
    ['password_reset', '/api/auth/reset-password'],
  ] as const)('refuses an expired %s link with 400 naming the token', async (purpose, path) => {
    const link = await t.dataSource.transaction((manager) => new UserTokensService().issue(manager, t.users.member.id, purpose));
    await t.dataSource.query(`UPDATE user_tokens SET expires_at = now() - interval '1 minute' WHERE user_id = $1 AND used_at IS NULL`, [t.users.member.id]);
    const response = await request(t.http).post(path).send({ token: link, password: 'a fresh long password' }).expect(400);
    expect(response.body).toMatchObject({ field: 'token', message: expect.stringContaining('expired') });
    await request(t.http).post('/api/auth/login').send({ email: t.users.member.email, password: 'a fresh long password' }).expect(401);
  });
});

describe('login throttling', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_LIMIT_PER_EMAIL: '3', LOGIN_LIMIT_PER_IP: '6' });
  });
  afterAll(() => t.close());

  it('limits password-reset requests per e-mail', async () => {
    const email = 'target@test.example.org';
    for (let i = 0; i < 3; i += 1) await request(t.http).post('/api/auth/forgot-password').send({ email }).expect(202);
    const response = await request(t.http).post('/api/auth/forgot-password').send({ email }).expect(429);
    expect(response.body.message).toMatch(/Too many attempts/);
  });

  it('limits attempts per client address across e-mails', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      statuses.push(
        (
          await request(t.http)
            .post('/api/auth/login')
            .send({ email: `other${i}@test.example.org`, password: 'guess' })
        ).status,
      );
    }
    expect(statuses).toContain(429);
  });
});

describe('rate-limit budgets', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_LIMIT_PER_IP: '2', LOGIN_LIMIT_PER_EMAIL: '2' });
  });
  afterAll(() => t.close());

  it('keeps reading the public map from using up the sign-in attempts', async () => {
    for (let i = 0; i < 5; i += 1) await request(t.http).get('/api/public/countries').expect(200);
    await request(t.http).post('/api/auth/login').send({ email: t.users.admin.email, password: PASSWORD }).expect(200);
  });

  it('says when to come back', async () => {
    await request(t.http).post('/api/auth/login').send({ email: t.users.admin.email, password: PASSWORD }).expect(200);
    const response = await request(t.http).post('/api/auth/login').send({ email: t.users.admin.email, password: PASSWORD }).expect(429);
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
  });
});
