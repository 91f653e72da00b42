import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import request, { type Response } from 'supertest';
import { UserTokensService } from '../../api/src/users/user-tokens.service.js';
import { PASSWORD, startTestApp, type TestApp } from '../support/test-app.js';

interface SignedIn {
  token: string;
  /** `name=value` of the refresh cookie, as a browser would send it back. */
  cookie: string;
}

const setCookies = (response: Response): string[] => {
  const header = response.headers['set-cookie'] as unknown;
  if (Array.isArray(header)) return header.filter((value): value is string => typeof value === 'string');
  return typeof header === 'string' ? [header] : [];
};

/** The refresh cookie is the one the API scopes to its auth routes. */
const refreshSetCookie = (response: Response): string | undefined => setCookies(response).find((cookie) => /;\s*Path=\/api\/auth(;|$)/i.test(cookie));

const cookiePair = (setCookie: string | undefined): string => {
  if (!setCookie) throw new Error('The response set no refresh cookie');
  return setCookie.split(';', 1)[0] ?? '';
};

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const claimsOf = (token: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;

describe('sessions', () => {
  let t: TestApp;
  let admin: string;
  let counter = 0;

  const login = async (email: string, password = PASSWORD): Promise<SignedIn> => {
    const response = await request(t.http).post('/api/auth/login').send({ email, password }).expect(200);
    return { token: (response.body as { accessToken: string }).accessToken, cookie: cookiePair(refreshSetCookie(response)) };
  };
  const me = (token: string): request.Test => request(t.http).get('/api/auth/me').set('Authorization', `Bearer ${token}`);
  const refresh = (cookie?: string): request.Test => {
    const call = request(t.http).post('/api/auth/refresh');
    return cookie === undefined ? call : call.set('Cookie', cookie);
  };
  const newUser = async (role: 'coordinator' | 'member' = 'coordinator'): Promise<{ id: string; email: string }> => {
    counter += 1;
    const email = `session.user${counter}@example.org`;
    const response = await request(t.http).post('/api/users').set('Authorization', `Bearer ${admin}`).send({ email, role, password: PASSWORD }).expect(201);
    return { id: (response.body as { id: string }).id, email };
  };
  const updateUser = (id: string, body: object): request.Test => request(t.http).put(`/api/users/${id}`).set('Authorization', `Bearer ${admin}`).send(body);

  beforeAll(async () => {
    // A short grace for the cookie a refresh replaced (10 s by default), so that the tests can outwait it.
    t = await startTestApp({ LOGIN_LIMIT_PER_IP: '1000', REFRESH_REUSE_GRACE_SECONDS: '2' });
    admin = await t.tokenFor('admin');
  });
  afterAll(() => t.close());

  it('keeps the login answer as {accessToken, user} and sets an http-only, same-site refresh cookie for the auth routes only', async () => {
    const { email } = await newUser();
    const response = await request(t.http).post('/api/auth/login').send({ email, password: PASSWORD }).expect(200);
    expect(Object.keys(response.body as object).sort()).toEqual(['accessToken', 'user']);
    const cookie = refreshSetCookie(response);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Strict/i);
    expect(cookie).toMatch(/;\s*Expires=/i);
    // Served over plain http here (PUBLIC_URL is not https): a Secure cookie would never come back.
    expect(cookie).not.toMatch(/;\s*Secure/i);
  });

  it('issues access tokens for 15 minutes that name the user, the role and the session', async () => {
    const { email, id } = await newUser();
    const claims = claimsOf((await login(email)).token);
    expect(claims).toMatchObject({ sub: id, role: 'coordinator', sid: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(Number(claims.exp) - Number(claims.iat)).toBe(15 * 60);
  });

  it('refuses a token signed with the right secret but without an expiry', async () => {
    const { email } = await newUser();
    const claims = claimsOf((await login(email)).token);
    const forever = new JwtService({ secret: t.config.JWT_SECRET }).sign({ sub: claims.sub, role: claims.role, sid: claims.sid });
    expect(claimsOf(forever).exp).toBeUndefined();
    await me(forever).expect(401);
  });

  it('refuses a token whose expiry has passed', async () => {
    const { email } = await newUser();
    const claims = claimsOf((await login(email)).token);
    const past = Math.floor(Date.now() / 1000) - 60;
    const expired = new JwtService({ secret: t.config.JWT_SECRET }).sign({ sub: claims.sub, role: claims.role, sid: claims.sid, exp: past });
    await me(expired).expect(401);
  });

  it('trades the refresh cookie for a new access token and a new cookie, again and again', async () => {
    const { email, id } = await newUser();
    const first = await login(email);
    const renewed = await refresh(first.cookie).expect(200);
    expect(renewed.body).toEqual({ accessToken: expect.any(String), user: { id, email, role: 'coordinator', personId: null } });
    const second = cookiePair(refreshSetCookie(renewed));
    expect(second).not.toBe(first.cookie);
    await me((renewed.body as { accessToken: string }).accessToken).expect(200);
    await refresh(second).expect(200);
  });

  it('ends the whole session when a refresh cookie that was already used comes back', async () => {
    const { email } = await newUser();
    const first = await login(email);
    const renewed = await refresh(first.cookie).expect(200);
    const current = cookiePair(refreshSetCookie(renewed));
    await sleep(2100);
    await refresh(first.cookie).expect(401);
    await refresh(current).expect(401);
    await me(first.token).expect(401);
    await me((renewed.body as { accessToken: string }).accessToken).expect(401);
  });

  it('trades the cookie a refresh just replaced once more, as a page reloaded during the refresh sends it, and keeps the session', async () => {
    const { email } = await newUser();
    const first = await login(email);
    await refresh(first.cookie).expect(200);
    const again = await refresh(first.cookie).expect(200);
    const latest = cookiePair(refreshSetCookie(again));
    await me((again.body as { accessToken: string }).accessToken).expect(200);
    await refresh(latest).expect(200);
  });

  it('ends the session when, after a grace-time trade, the other cookie comes back too', async () => {
    const { email } = await newUser();
    const first = await login(email);
    // The user refreshes; a thief with a copy of the first cookie trades it within the grace.
    const users = await refresh(first.cookie).expect(200);
    const thief = await refresh(first.cookie).expect(200);
    await sleep(2100);
    await refresh(cookiePair(refreshSetCookie(users))).expect(401);
    await refresh(cookiePair(refreshSetCookie(thief))).expect(401);
    await me((thief.body as { accessToken: string }).accessToken).expect(401);
  });

  it('refuses a refresh without a cookie or with a made-up one, and a made-up secret does not end the real session', async () => {
    const { email } = await newUser();
    const session = await login(email);
    await refresh().expect(401);
    for (const value of ['nonsense', 'a.b.c', '.', `${'x'.repeat(5000)}`, 'not-a-uuid.secret']) {
      await refresh(`${session.cookie.split('=', 1)[0]}=${value}`).expect(401);
    }
    const sid = String(claimsOf(session.token).sid);
    await refresh(`${session.cookie.split('=', 1)[0]}=${sid}.${'A'.repeat(43)}`).expect(401);
    await refresh(session.cookie).expect(200);
  });

  it('logs out: clears the cookie, and neither the access token nor the cookie works afterwards', async () => {
    const { email } = await newUser();
    const session = await login(email);
    const out = await request(t.http).post('/api/auth/logout').set('Cookie', session.cookie).expect(204);
    expect(refreshSetCookie(out)).toMatch(/Expires=Thu, 01 Jan 1970/);
    await me(session.token).expect(401);
    await refresh(session.cookie).expect(401);
  });

  it('logs out a client that holds only the access token', async () => {
    const { email } = await newUser();
    const session = await login(email);
    await request(t.http).post('/api/auth/logout').set('Authorization', `Bearer ${session.token}`).expect(204);
    await me(session.token).expect(401);
    await refresh(session.cookie).expect(401);
  });

  it('keeps other sessions of the same user alive at logout', async () => {
    const { email } = await newUser();
    const phone = await login(email);
    const laptop = await login(email);
    await request(t.http).post('/api/auth/logout').set('Cookie', phone.cookie).expect(204);
    await me(laptop.token).expect(200);
  });

  it('changes the password of the signed-in user, ending every earlier session and opening a new one', async () => {
    const { email } = await newUser('member');
    const phone = await login(email);
    const laptop = await login(email);
    const wrong = await request(t.http)
      .post('/api/me/password')
      .set('Authorization', `Bearer ${laptop.token}`)
      .send({ currentPassword: 'not my password', newPassword: 'a new and long password 7' })
      .expect(400);
    expect(wrong.body).toMatchObject({ field: 'currentPassword' });
    await me(laptop.token).expect(200);

    const changed = await request(t.http)
      .post('/api/me/password')
      .set('Authorization', `Bearer ${laptop.token}`)
      .send({ currentPassword: PASSWORD, newPassword: 'a new and long password 7' })
      .expect(200);
    expect(changed.body).toMatchObject({ accessToken: expect.any(String), user: { email, role: 'member' } });
    expect(refreshSetCookie(changed)).toBeDefined();
    await me(phone.token).expect(401);
    await me(laptop.token).expect(401);
    await refresh(phone.cookie).expect(401);
    await me((changed.body as { accessToken: string }).accessToken).expect(200);
    await refresh(cookiePair(refreshSetCookie(changed))).expect(200);
    await request(t.http).post('/api/auth/login').send({ email, password: PASSWORD }).expect(401);
    await request(t.http).post('/api/auth/login').send({ email, password: 'a new and long password 7' }).expect(200);
  });

  it('leaves an audit entry of a password change, by its author, without the hash', async () => {
    const user = await newUser('member');
    const session = await login(user.email);
    await request(t.http)
      .post('/api/me/password')
      .set('Authorization', `Bearer ${session.token}`)
      .send({ currentPassword: PASSWORD, newPassword: 'a new and long password 7' })
      .expect(200);
    const { body: entries } = await request(t.http)
      .get('/api/audit-entries')
      .query({ filter: JSON.stringify({ entityId: user.id }), sort: '["createdAt","ASC"]' })
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    const change = (entries as Array<{ action: string; userId: string | null; changes: Record<string, { before: unknown; after: unknown }> }>).at(-1);
    expect(change).toMatchObject({ action: 'update', userId: user.id });
    expect(Object.keys(change?.changes ?? {})).toEqual(['passwordChangedAt']);
    expect(change?.changes.passwordChangedAt?.before).toBeNull();
  });

  it.each([
    [{ currentPassword: PASSWORD, newPassword: 'short' }, 'newPassword'],
    [{ newPassword: 'a new and long password 7' }, 'currentPassword'],
    [{ currentPassword: PASSWORD, newPassword: 'a new and long password 7', role: 'admin' }, 'property role should not exist'],
  ])('refuses the malformed password change %j with 400 naming the field', async (body, named) => {
    const { email } = await newUser();
    const session = await login(email);
    const response = await request(t.http).post('/api/me/password').set('Authorization', `Bearer ${session.token}`).send(body).expect(400);
    expect(JSON.stringify(response.body)).toContain(named);
    await me(session.token).expect(200);
  });

  it('asks for a token to change a password', async () => {
    await request(t.http).post('/api/me/password').send({ currentPassword: PASSWORD, newPassword: 'a new and long password 7' }).expect(401);
  });

  it('ends every session at a password reset and signs in with the new password', async () => {
    const user = await newUser();
    const session = await login(user.email);
    const link = await t.dataSource.transaction((manager) => new UserTokensService().issue(manager, user.id, 'password_reset'));
    const reset = await request(t.http).post('/api/auth/reset-password').send({ token: link, password: 'the password after reset' }).expect(200);
    expect(refreshSetCookie(reset)).toBeDefined();
    await me(session.token).expect(401);
    await refresh(session.cookie).expect(401);
    await me((reset.body as { accessToken: string }).accessToken).expect(200);
  });

  it('ends the sessions of a deactivated user for good, even once reactivated', async () => {
    const user = await newUser();
    const session = await login(user.email);
    await updateUser(user.id, { isActive: false }).expect(200);
    await me(session.token).expect(401);
    await refresh(session.cookie).expect(401);
    await updateUser(user.id, { isActive: true }).expect(200);
    await me(session.token).expect(401);
    await refresh(session.cookie).expect(401);
    await me((await login(user.email)).token).expect(200);
  });

  it('ends the sessions of a user an admin locks', async () => {
    const user = await newUser();
    const session = await login(user.email);
    await updateUser(user.id, { lockedUntil: new Date(Date.now() + 3600_000).toISOString() }).expect(200);
    await me(session.token).expect(401);
    await refresh(session.cookie).expect(401);
  });

  it('ends the sessions of a user whose password an admin sets', async () => {
    const user = await newUser();
    const session = await login(user.email);
    await updateUser(user.id, { password: 'set by the admin 12345' }).expect(200);
    await me(session.token).expect(401);
  });

  it('takes the old rights away at once from a demoted coordinator: the old token is refused and a new login carries the new role', async () => {
    const user = await newUser('coordinator');
    const session = await login(user.email);
    const organization = { name: 'Demotion Test Network', type: 'network' };
    await request(t.http).post('/api/organizations').set('Authorization', `Bearer ${session.token}`).send(organization).expect(201);
    await updateUser(user.id, { role: 'steering' }).expect(200);
    await request(t.http)
      .post('/api/organizations')
      .set('Authorization', `Bearer ${session.token}`)
      .send({ ...organization, name: 'Second Try' })
      .expect(401);
    const again = await login(user.email);
    expect((await me(again.token).expect(200)).body).toMatchObject({ role: 'steering' });
    await request(t.http)
      .post('/api/organizations')
      .set('Authorization', `Bearer ${again.token}`)
      .send({ ...organization, name: 'Third Try' })
      .expect(403);
  });

  it('keeps the sessions of a user whose record is saved back unchanged', async () => {
    const user = await newUser();
    const session = await login(user.email);
    const { body: record } = await request(t.http).get(`/api/users/${user.id}`).set('Authorization', `Bearer ${admin}`).expect(200);
    await updateUser(user.id, record as object).expect(200);
    await me(session.token).expect(200);
  });

  it('refuses a refresh cookie and an access token once their session has expired', async () => {
    const user = await newUser();
    const session = await login(user.email);
    await t.dataSource.query(`UPDATE user_sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
    await refresh(session.cookie).expect(401);
    await me(session.token).expect(401);
  });
});
