import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { OutboxMessage } from '../../api/src/outbox/outbox-message.entity.js';
import { startSmtpSink, tokenFromMail } from '../support/smtp-sink.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('account e-mails through the outbox, the email queue and SMTP', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await startTestApp({ SMTP_URL: smtp.url, PUBLIC_URL: 'http://crm.example.org' });
    await t.startWorker();
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('invites a user created without a password, who sets one from the link and is logged in', async () => {
    const admin = await t.tokenFor('admin');
    await request(t.http).post('/api/users').set('Authorization', `Bearer ${admin}`).send({ email: 'invitee@example.org', role: 'member' }).expect(201);
    const mail = await smtp.waitFor('invitee@example.org');
    expect(mail.raw).toContain('Subject: Your Coalition CRM account');
    expect(mail.raw.replace(/=\r?\n/g, '')).toContain('http://crm.example.org/#/accept-invitation?token=3D');
    const token = tokenFromMail(mail.raw);

    await request(t.http).post('/api/auth/login').send({ email: 'invitee@example.org', password: 'chosen password 123' }).expect(401);
    const accepted = await request(t.http).post('/api/auth/accept-invitation').send({ token, password: 'chosen password 123' }).expect(200);
    expect(accepted.body.user).toMatchObject({ email: 'invitee@example.org', role: 'member' });
    await request(t.http).post('/api/auth/login').send({ email: 'invitee@example.org', password: 'chosen password 123' }).expect(200);

    const reused = await request(t.http).post('/api/auth/accept-invitation').send({ token, password: 'another password 456' }).expect(400);
    expect(reused.body).toMatchObject({ field: 'token', message: expect.stringContaining('invalid, used or expired') });
  });

  it('resets a forgotten password by e-mail, and answers 202 alike for unknown e-mails', async () => {
    await request(t.http).post('/api/auth/forgot-password').send({ email: 'nobody@example.org' }).expect(202);
    await request(t.http).post('/api/auth/forgot-password').send({ email: t.users.coordinator.email }).expect(202);
    const mail = await smtp.waitFor(t.users.coordinator.email);
    const token = tokenFromMail(mail.raw);
    await request(t.http).post('/api/auth/reset-password').send({ token, password: 'short' }).expect(400);
    await request(t.http).post('/api/auth/reset-password').send({ token, password: 'a brand new password' }).expect(200);
    await request(t.http).post('/api/auth/login').send({ email: t.users.coordinator.email, password: 'a brand new password' }).expect(200);
    expect(smtp.messages.some((message) => message.to.includes('nobody@example.org'))).toBe(false);
  });

  it('marks each outbox message relayed once', async () => {
    const messages = await t.dataSource.getRepository(OutboxMessage).find();
    expect(messages.length).toBeGreaterThanOrEqual(2);
    expect(messages.every((message) => message.relayedAt !== null && message.attempts === 1)).toBe(true);
  });
});

describe('an invitation whose transaction fails', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('leaves neither the user nor an e-mail behind', async () => {
    const admin = await t.tokenFor('admin');
    await request(t.http)
      .post('/api/users')
      .set('Authorization', `Bearer ${admin}`)
      .send({ email: t.users.member.email.toUpperCase(), role: 'member' })
      .expect(409);
    expect(await t.dataSource.getRepository(OutboxMessage).count()).toBe(0);
  });
});
