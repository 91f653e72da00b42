import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { Person } from '../../api/src/people/person.entity.js';
import { UserTokensService } from '../../api/src/users/user-tokens.service.js';
import { User } from '../../api/src/users/user.entity.js';
import type { UserTokenPurpose } from '../../api/src/users/user-token.entity.js';
import { PASSWORD, startTestApp, type TestApp } from '../support/test-app.js';

const bearer = (token: string): [string, string] => ['Authorization', `Bearer ${token}`];

const GUESSABLE = ['aaaaaaaaaaaa', '123456789012', 'password1234', '            '];

describe('the password policy, wherever a password is chosen', () => {
  let t: TestApp;
  let admin: string;
  let person: Person;

  /** A one-time link token as the e-mails carry it, issued by the application's own service. */
  const linkFor = (userId: string, purpose: UserTokenPurpose): Promise<string> =>
    t.dataSource.transaction((manager) => t.app.get(UserTokensService).issue(manager, userId, purpose));

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_LIMIT_PER_IP: '1000', LOGIN_LIMIT_PER_EMAIL: '1000' });
    admin = await t.tokenFor('admin');
    person = await t.dataSource
      .getRepository(Person)
      .save({ firstName: 'Wanjiru', lastName: 'Kamau', email: 'wanjiru@haki.example.org', otherEmails: [], phones: [], languages: [] });
  });
  afterAll(() => t.close());

  it.each(GUESSABLE)('refuses an admin creating a user with the password %j, with 400 naming password and saying why', async (password) => {
    const response = await request(t.http)
      .post('/api/users')
      .set(...bearer(admin))
      .send({ email: 'weak@example.org', role: 'member', password })
      .expect(400);
    expect(response.body).toMatchObject({ field: 'password', message: expect.stringMatching(/^password is too easy to guess\. \S/) });
    expect(await t.dataSource.getRepository(User).countBy({ email: 'weak@example.org' })).toBe(0);
  });

  it("refuses a password made of the new user's e-mail or linked person's name", async () => {
    const byEmail = await request(t.http)
      .post('/api/users')
      .set(...bearer(admin))
      .send({ email: 'ngozi.adeyemi@example.org', role: 'coordinator', password: 'Ngozi.Adeyemi and the rain' })
      .expect(400);
    expect(byEmail.body).toEqual(expect.objectContaining({ field: 'password', message: 'password must not contain your e-mail address or your name' }));
    const byName = await request(t.http)
      .post('/api/users')
      .set(...bearer(admin))
      .send({ email: 'haki@example.org', role: 'member', personId: person.id, password: 'kamau wanjiru 1980' })
      .expect(400);
    expect(byName.body).toMatchObject({ field: 'password', message: 'password must not contain your e-mail address or your name' });
  });

  it('refuses a password longer than 128 characters with 400, before any work on it', async () => {
    const response = await request(t.http)
      .post('/api/users')
      .set(...bearer(admin))
      .send({ email: 'long@example.org', role: 'member', password: 'x'.repeat(129) })
      .expect(400);
    expect(response.body.message).toContain('password must be at most 128 characters long');
  });

  it('accepts a passphrase, and the test password', async () => {
    await request(t.http)
      .post('/api/users')
      .set(...bearer(admin))
      .send({ email: 'strong@example.org', role: 'member', password: 'maize beans and clean water' })
      .expect(201);
    await request(t.http).post('/api/auth/login').send({ email: 'strong@example.org', password: 'maize beans and clean water' }).expect(200);
    await request(t.http)
      .post('/api/users')
      .set(...bearer(admin))
      .send({ email: 'shared@example.org', role: 'member', password: PASSWORD })
      .expect(201);
  });

  it('refuses a weak password set by an admin on an existing user, and keeps the old one', async () => {
    const response = await request(t.http)
      .put(`/api/users/${t.users.steering.id}`)
      .set(...bearer(admin))
      .send({ password: 'password1234' })
      .expect(400);
    expect(response.body).toMatchObject({ field: 'password' });
    await request(t.http).post('/api/auth/login').send({ email: t.users.steering.email, password: PASSWORD }).expect(200);
  });

  it('refuses a weak password on accepting an invitation, and the link still works for a good one', async () => {
    const invited = await t.dataSource
      .getRepository(User)
      .save({ email: 'invited@example.org', role: 'member', isActive: true, passwordHash: null, personId: person.id });
    const token = await linkFor(invited.id, 'invitation');
    const weak = await request(t.http).post('/api/auth/accept-invitation').send({ token, password: '123456789012' }).expect(400);
    expect(weak.body).toMatchObject({ field: 'password', message: expect.stringContaining('too easy to guess') });
    const personal = await request(t.http).post('/api/auth/accept-invitation').send({ token, password: 'Wanjiru likes long walks' }).expect(400);
    expect(personal.body).toMatchObject({ field: 'password', message: 'password must not contain your e-mail address or your name' });
    await request(t.http).post('/api/auth/accept-invitation').send({ token, password: 'sunflowers over the old bridge' }).expect(200);
  });

  it('refuses a weak password on a reset, and the link still works for a good one', async () => {
    const token = await linkFor(t.users.coordinator.id, 'password_reset');
    const response = await request(t.http).post('/api/auth/reset-password').send({ token, password: 'coordinator@test.example.org' }).expect(400);
    expect(response.body).toMatchObject({ field: 'password' });
    await request(t.http).post('/api/auth/reset-password').send({ token, password: 'twelve chars or more' }).expect(200);
    await request(t.http).post('/api/auth/login').send({ email: t.users.coordinator.email, password: 'twelve chars or more' }).expect(200);
  });
});
