import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generate } from 'otplib';
import request from 'supertest';
import { AuditEntry } from '../../api/src/audit/audit-entry.entity.js';
import { TwoFactorCredential } from '../../api/src/auth/mfa/two-factor-credential.entity.js';
import { UserTokensService } from '../../api/src/users/user-tokens.service.js';
import { PASSWORD, startTestApp, type TestApp } from '../support/test-app.js';

const bearer = (token: string): [string, string] => ['Authorization', `Bearer ${token}`];

/** The code an authenticator app shows, `steps` periods of 30 s from now. */
const codeAt = (secret: string, steps = 0): Promise<string> => generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });

interface Enrolment {
  secret: string;
  recoveryCodes: string[];
}

describe('TOTP two-factor authentication', () => {
  let t: TestApp;

  const login = (email: string, password = PASSWORD) => request(t.http).post('/api/auth/login').send({ email, password });

  /** Sets up and turns on two-factor authentication through the API, as the Security page does. */
  const enrol = async (token: string): Promise<Enrolment> => {
    const setup = await request(t.http)
      .post('/api/me/two-factor/setup')
      .set(...bearer(token))
      .expect(200);
    const enabled = await request(t.http)
      .post('/api/me/two-factor/enable')
      .set(...bearer(token))
      .send({ code: await codeAt(setup.body.secret) })
      .expect(200);
    return { secret: setup.body.secret, recoveryCodes: enabled.body.recoveryCodes };
  };

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_LIMIT_PER_IP: '1000', LOGIN_LIMIT_PER_EMAIL: '1000', TWO_FACTOR_MAX_ATTEMPTS: '4' });
  });
  afterAll(() => t.close());

  describe('set-up', () => {
    let token: string;
    let secret: string;

    beforeAll(async () => {
      token = await t.tokenFor('steering');
    });

    it('is off at first', async () => {
      const response = await request(t.http)
        .get('/api/me/two-factor')
        .set(...bearer(token))
        .expect(200);
      expect(response.body).toEqual({ enabled: false, enabledAt: null, setupPending: false, recoveryCodesLeft: 0, requiredForRole: false });
    });

    it('gives a secret, its otpauth URL and a QR code once, and stores the secret encrypted', async () => {
      const response = await request(t.http)
        .post('/api/me/two-factor/setup')
        .set(...bearer(token))
        .expect(200);
      secret = response.body.secret;
      expect(secret).toMatch(/^[A-Z2-7]{32}$/);
      expect(response.body.otpauthUrl).toBe(`otpauth://totp/Coalition%20CRM:steering%40test.example.org?secret=${secret}&issuer=Coalition%20CRM`);
      expect(response.body.qrCodeDataUrl).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/=]{200,}$/);
      const stored = await t.dataSource.getRepository(TwoFactorCredential).findOneByOrFail({ id: t.users.steering.id });
      expect(stored.pendingSecret).toBeTruthy();
      expect(stored.pendingSecret).not.toContain(secret);
      const status = await request(t.http)
        .get('/api/me/two-factor')
        .set(...bearer(token))
        .expect(200);
      expect(status.body).toMatchObject({ enabled: false, setupPending: true });
      expect(JSON.stringify(status.body)).not.toContain(secret);
    });

    it('refuses a wrong first code with 400 naming code, and a malformed one', async () => {
      const wrong = await request(t.http)
        .post('/api/me/two-factor/enable')
        .set(...bearer(token))
        .send({ code: (Number(await codeAt(secret)) ^ 1).toString().padStart(6, '0') })
        .expect(400);
      expect(wrong.body).toMatchObject({ field: 'code' });
      const malformed = await request(t.http)
        .post('/api/me/two-factor/enable')
        .set(...bearer(token))
        .send({ code: '12 34 56' })
        .expect(400);
      expect(malformed.body.message).toContain('code must be the 6-digit code of your authenticator app');
    });

    it('turns on with the current code and answers ten different single-use recovery codes', async () => {
      const response = await request(t.http)
        .post('/api/me/two-factor/enable')
        .set(...bearer(token))
        .send({ code: await codeAt(secret) })
        .expect(200);
      const codes: string[] = response.body.recoveryCodes;
      expect(codes).toHaveLength(10);
      expect(new Set(codes).size).toBe(10);
      for (const code of codes) expect(code).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
      const status = await request(t.http)
        .get('/api/me/two-factor')
        .set(...bearer(token))
        .expect(200);
      expect(status.body).toMatchObject({ enabled: true, setupPending: false, recoveryCodesLeft: 10 });
      const audit = await t.dataSource
        .getRepository(AuditEntry)
        .findOneByOrFail({ entityType: 'TwoFactorCredential', entityId: t.users.steering.id, action: 'update' });
      expect(audit.userId).toBe(t.users.steering.id);
      expect(Object.keys(audit.changes)).toEqual(['enabledAt']);
    });

    it('refuses a second set-up while it is on', async () => {
      await request(t.http)
        .post('/api/me/two-factor/setup')
        .set(...bearer(token))
        .expect(409);
    });
  });

  describe('signing in', () => {
    let enrolment: Enrolment;

    beforeAll(async () => {
      enrolment = await enrol(await t.tokenFor('coordinator'));
    });

    it('answers a challenge instead of a session after the right password', async () => {
      const response = await login(t.users.coordinator.email).expect(200);
      expect(response.body).toEqual({ twoFactorRequired: true, challengeToken: expect.any(String) });
      expect(response.body).not.toHaveProperty('accessToken');
    });

    it('never accepts the challenge token as an access token', async () => {
      const { challengeToken } = (await login(t.users.coordinator.email).expect(200)).body;
      await request(t.http)
        .get('/api/auth/me')
        .set(...bearer(challengeToken))
        .expect(401);
      await request(t.http)
        .get('/api/organizations')
        .set(...bearer(challengeToken))
        .expect(401);
      await request(t.http)
        .get('/api/me/two-factor')
        .set(...bearer(challengeToken))
        .expect(401);
    });

    it('never accepts an access token as a challenge', async () => {
      const accessToken = await t.tokenFor('admin');
      const response = await request(t.http)
        .post('/api/auth/two-factor')
        .send({ challengeToken: accessToken, code: await codeAt(enrolment.secret) })
        .expect(401);
      expect(response.body).toMatchObject({ field: 'challengeToken' });
    });

    it('signs in with the next code, refuses it a second time and refuses older codes', async () => {
      const next = await codeAt(enrolment.secret, 1);
      const first = (await login(t.users.coordinator.email).expect(200)).body.challengeToken;
      const session = await request(t.http).post('/api/auth/two-factor').send({ challengeToken: first, code: next }).expect(200);
      expect(session.body.user).toMatchObject({ id: t.users.coordinator.id, role: 'coordinator' });
      await request(t.http)
        .get('/api/auth/me')
        .set(...bearer(session.body.accessToken))
        .expect(200);

      const second = (await login(t.users.coordinator.email).expect(200)).body.challengeToken;
      const replay = await request(t.http).post('/api/auth/two-factor').send({ challengeToken: second, code: next }).expect(401);
      expect(replay.body).toMatchObject({ field: 'code' });
      await request(t.http)
        .post('/api/auth/two-factor')
        .send({ challengeToken: second, code: await codeAt(enrolment.secret, 0) })
        .expect(401);
    });

    it('accepts the previous code too (clock drift)', async () => {
      await t.dataSource.getRepository(TwoFactorCredential).update({ id: t.users.coordinator.id }, { lastUsedStep: null });
      const challenge = (await login(t.users.coordinator.email).expect(200)).body.challengeToken;
      await request(t.http)
        .post('/api/auth/two-factor')
        .send({ challengeToken: challenge, code: await codeAt(enrolment.secret, -1) })
        .expect(200);
    });

    it('completes one sign-in per challenge', async () => {
      await t.dataSource.getRepository(TwoFactorCredential).update({ id: t.users.coordinator.id }, { lastUsedStep: null });
      const challenge = (await login(t.users.coordinator.email).expect(200)).body.challengeToken;
      await request(t.http)
        .post('/api/auth/two-factor')
        .send({ challengeToken: challenge, code: await codeAt(enrolment.secret, -1) })
        .expect(200);
      const again = await request(t.http)
        .post('/api/auth/two-factor')
        .send({ challengeToken: challenge, code: await codeAt(enrolment.secret, 1) })
        .expect(401);
      expect(again.body).toMatchObject({ field: 'challengeToken' });
    });

    it('signs in with a recovery code once, in any case and with spaces', async () => {
      const [code] = enrolment.recoveryCodes;
      const typed = ` ${code.toUpperCase().replace(/-/g, ' ')} `;
      const first = (await login(t.users.coordinator.email).expect(200)).body.challengeToken;
      await request(t.http).post('/api/auth/two-factor').send({ challengeToken: first, code: typed }).expect(200);
      const second = (await login(t.users.coordinator.email).expect(200)).body.challengeToken;
      await request(t.http).post('/api/auth/two-factor').send({ challengeToken: second, code }).expect(401);
      const token = await t.tokenFor('coordinator');
      const status = await request(t.http)
        .get('/api/me/two-factor')
        .set(...bearer(token))
        .expect(200);
      expect(status.body.recoveryCodesLeft).toBe(9);
    });

    it('asks for the second factor after a password reset too, instead of signing in with the e-mailed link alone', async () => {
      const token = await t.dataSource.transaction((manager) => t.app.get(UserTokensService).issue(manager, t.users.coordinator.id, 'password_reset'));
      const response = await request(t.http).post('/api/auth/reset-password').send({ token, password: 'a fresh passphrase for spring' }).expect(200);
      expect(response.body).toEqual({ twoFactorRequired: true, challengeToken: expect.any(String) });
      await t.dataSource.getRepository(TwoFactorCredential).update({ id: t.users.coordinator.id }, { lastUsedStep: null });
      const session = await request(t.http)
        .post('/api/auth/two-factor')
        .send({ challengeToken: response.body.challengeToken, code: await codeAt(enrolment.secret) })
        .expect(200);
      expect(session.body).toHaveProperty('accessToken');
      await request(t.http).post('/api/auth/reset-password').send({ token, password: PASSWORD }).expect(400);
      const back = await t.dataSource.transaction((manager) => t.app.get(UserTokensService).issue(manager, t.users.coordinator.id, 'password_reset'));
      await request(t.http).post('/api/auth/reset-password').send({ token: back, password: PASSWORD }).expect(200);
    });

    it.each([
      [{ code: '123456' }, 'challengeToken must be the token from the sign-in'],
      [{ challengeToken: 'x', code: '12' }, 'code must be a 6-digit code or a recovery code'],
      [{ challengeToken: 'x', code: '123456', remember: true }, 'property remember should not exist'],
    ])('refuses the malformed %j with 400', async (body, message) => {
      const response = await request(t.http).post('/api/auth/two-factor').send(body).expect(400);
      expect(([] as string[]).concat(response.body.message).join(' | ')).toContain(message);
    });
  });

  describe('wrong codes', () => {
    it('are limited per user across challenges: past the limit even the right code waits', async () => {
      const enrolment = await enrol(await t.tokenFor('member'));
      await t.dataSource.getRepository(TwoFactorCredential).update({ id: t.users.member.id }, { lastUsedStep: null });
      for (let attempt = 0; attempt < 4; attempt += 1) {
        const challenge = (await login(t.users.member.email).expect(200)).body.challengeToken;
        await request(t.http).post('/api/auth/two-factor').send({ challengeToken: challenge, code: '000000' }).expect(401);
      }
      const challenge = (await login(t.users.member.email).expect(200)).body.challengeToken;
      const response = await request(t.http)
        .post('/api/auth/two-factor')
        .send({ challengeToken: challenge, code: await codeAt(enrolment.secret) })
        .expect(429);
      expect(response.body.message).toMatch(/Too many wrong codes/);
    });
  });

  describe('turning it off', () => {
    it('needs the password, and then the password alone signs in', async () => {
      const admin = await t.tokenFor('admin');
      await enrol(admin);
      const wrong = await request(t.http)
        .post('/api/me/two-factor/disable')
        .set(...bearer(admin))
        .send({ password: 'not my password' })
        .expect(400);
      expect(wrong.body).toMatchObject({ field: 'password' });
      const off = await request(t.http)
        .post('/api/me/two-factor/disable')
        .set(...bearer(admin))
        .send({ password: PASSWORD })
        .expect(200);
      expect(off.body).toMatchObject({ enabled: false, recoveryCodesLeft: 0 });
      const response = await login(t.users.admin.email).expect(200);
      expect(response.body).toHaveProperty('accessToken');
    });

    it("lets an admin reset another user's two-factor authentication, audited, and nobody else", async () => {
      const admin = await t.tokenFor('admin');
      await request(t.http)
        .delete(`/api/users/${t.users.steering.id}/two-factor`)
        .set(...bearer(await t.tokenFor('member')))
        .expect(403);
      const response = await request(t.http)
        .delete(`/api/users/${t.users.steering.id}/two-factor`)
        .set(...bearer(admin))
        .expect(200);
      expect(response.body).toMatchObject({ enabled: false });
      expect(
        await login(t.users.steering.email)
          .expect(200)
          .then((r) => r.body),
      ).toHaveProperty('accessToken');
      const audit = await t.dataSource
        .getRepository(AuditEntry)
        .findOneByOrFail({ entityType: 'TwoFactorCredential', entityId: t.users.steering.id, action: 'delete' });
      expect(audit.userId).toBe(t.users.admin.id);
      await request(t.http)
        .delete('/api/users/00000000-0000-4000-8000-000000000000/two-factor')
        .set(...bearer(admin))
        .expect(404);
    });
  });
});

describe('the security policy', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_LIMIT_PER_IP: '1000', LOGIN_LIMIT_PER_EMAIL: '1000' });
  });
  afterAll(() => t.close());

  it('requires no role to use two-factor authentication at first, and only admins read or change it', async () => {
    const admin = await t.tokenFor('admin');
    expect(
      (
        await request(t.http)
          .get('/api/security-policy')
          .set(...bearer(admin))
          .expect(200)
      ).body,
    ).toEqual({ twoFactorRequiredRoles: [] });
    await request(t.http)
      .get('/api/security-policy')
      .set(...bearer(await t.tokenFor('coordinator')))
      .expect(403);
    await request(t.http)
      .put('/api/security-policy')
      .set(...bearer(await t.tokenFor('steering')))
      .send({ twoFactorRequiredRoles: [] })
      .expect(403);
  });

  it.each([
    [{ twoFactorRequiredRoles: ['member'] }, 'twoFactorRequiredRoles may hold only: admin, coordinator, steering'],
    [{ twoFactorRequiredRoles: 'admin' }, 'twoFactorRequiredRoles must be a list of roles'],
    [{}, 'twoFactorRequiredRoles must be a list of roles'],
    [{ twoFactorRequiredRoles: [], __proto__: { polluted: true }, extra: 1 }, 'property extra should not exist'],
  ])('refuses the policy %j with 400 naming the field', async (body, message) => {
    const response = await request(t.http)
      .put('/api/security-policy')
      .set(...bearer(await t.tokenFor('admin')))
      .send(body)
      .expect(400);
    expect(([] as string[]).concat(response.body.message).join(' | ')).toContain(message);
  });

  it('records who changed the policy, with before and after', async () => {
    const admin = await t.tokenFor('admin');
    const response = await request(t.http)
      .put('/api/security-policy')
      .set(...bearer(admin))
      .send({ twoFactorRequiredRoles: ['steering', 'coordinator', 'steering'] })
      .expect(200);
    expect(response.body).toEqual({ twoFactorRequiredRoles: ['coordinator', 'steering'] });
    const audit = await t.dataSource.getRepository(AuditEntry).findOneByOrFail({ entityType: 'Setting', entityId: 'security-policy', action: 'update' });
    expect(audit).toMatchObject({
      userId: t.users.admin.id,
      changes: { value: { before: { twoFactorRequiredRoles: [] }, after: { twoFactorRequiredRoles: ['coordinator', 'steering'] } } },
    });
  });

  it('lets a user of a required role who has not enrolled do nothing but enrol, then everything their role allows', async () => {
    const token = await t.tokenFor('coordinator');
    const refused = await request(t.http)
      .get('/api/organizations')
      .set(...bearer(token))
      .expect(403);
    expect(refused.body.message).toMatch(/^Two-factor enrolment is required/);
    await request(t.http)
      .get('/api/me/profile')
      .set(...bearer(token))
      .expect(403);
    expect(
      (
        await request(t.http)
          .get('/api/auth/me')
          .set(...bearer(token))
          .expect(200)
      ).body.role,
    ).toBe('coordinator');
    expect(
      (
        await request(t.http)
          .get('/api/me/two-factor')
          .set(...bearer(token))
          .expect(200)
      ).body,
    ).toMatchObject({ enabled: false, requiredForRole: true });

    const setup = await request(t.http)
      .post('/api/me/two-factor/setup')
      .set(...bearer(token))
      .expect(200);
    await request(t.http)
      .post('/api/me/two-factor/enable')
      .set(...bearer(token))
      .send({ code: await codeAt(setup.body.secret) })
      .expect(200);
    await request(t.http)
      .get('/api/organizations')
      .set(...bearer(token))
      .expect(200);
  });

  it('leaves members and roles the policy does not name alone', async () => {
    await request(t.http)
      .get('/api/me/two-factor')
      .set(...bearer(await t.tokenFor('member')))
      .expect(200);
    await request(t.http)
      .get('/api/users')
      .set(...bearer(await t.tokenFor('admin')))
      .expect(200);
    await request(t.http)
      .get('/api/organizations')
      .set(...bearer(await t.tokenFor('member')))
      .expect(200);
  });
});
