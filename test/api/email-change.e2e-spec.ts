import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { AuditEntry } from '../../api/src/audit/audit-entry.entity.js';
import { Note } from '../../api/src/notes/note.entity.js';
import { OutboxMessage } from '../../api/src/outbox/outbox-message.entity.js';
import { Person } from '../../api/src/people/person.entity.js';
import { User } from '../../api/src/users/user.entity.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const bearer = (token: string): [string, string] => ['Authorization', `Bearer ${token}`];

describe('changing one’s own contact e-mail through a confirmation link', () => {
  let t: TestApp;
  let member: string;
  let me: Person;
  let neighbour: Person;

  /** The confirmation link's token of the latest e-mail to `to`, read from the outbox the worker sends from. */
  const linkTokenTo = async (to: string): Promise<string> => {
    const messages = await t.dataSource.getRepository(OutboxMessage).find({ order: { createdAt: 'DESC' } });
    const message = messages.find((candidate) => candidate.payload.to === to);
    if (!message) throw new Error(`No e-mail to ${to} in the outbox`);
    const match = String(message.payload.text).match(/\/#\/confirm-email\?token=([A-Za-z0-9_-]{43})/);
    if (!match) throw new Error('No confirmation link in the e-mail');
    return match[1];
  };

  const requestChange = (email: string) =>
    request(t.http)
      .put('/api/me/profile')
      .set(...bearer(member))
      .send({ email });

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_LIMIT_PER_IP: '1000', LOGIN_LIMIT_PER_EMAIL: '1000' });
    const people = t.dataSource.getRepository(Person);
    me = await people.save({ firstName: 'Amina', lastName: 'Diallo', email: 'amina@acdh.example.org', otherEmails: [], phones: [], languages: ['fr'] });
    neighbour = await people.save({
      firstName: 'Nadia',
      lastName: 'Private',
      email: 'nadia@other.example.org',
      otherEmails: ['nadia.home@example.org'],
      phones: [],
      languages: [],
    });
    await t.dataSource.getRepository(User).update({ id: t.users.member.id }, { personId: me.id });
    member = await t.tokenFor('member');
  });
  afterAll(() => t.close());

  it('answers the same status and the same shape for a taken address and a free one', async () => {
    const taken = await requestChange('Nadia@Other.example.org').expect(200);
    const free = await requestChange('amina.diallo@acdh.example.org').expect(200);
    expect(taken.status).toBe(free.status);
    expect(Object.keys(taken.body).sort()).toEqual(Object.keys(free.body).sort());
    expect(taken.body).toMatchObject({ email: 'amina@acdh.example.org', pendingEmail: 'nadia@other.example.org' });
    expect(free.body).toMatchObject({ email: 'amina@acdh.example.org', pendingEmail: 'amina.diallo@acdh.example.org' });
    expect(JSON.stringify(taken.body)).not.toMatch(/Private|another contact/i);
    expect(JSON.stringify(taken.body)).not.toContain(neighbour.id);
    // Both addresses get the same confirmation e-mail; neither is applied yet.
    await linkTokenTo('nadia@other.example.org');
    await linkTokenTo('amina.diallo@acdh.example.org');
    expect(await t.dataSource.getRepository(Person).findOneByOrFail({ id: me.id })).toMatchObject({ email: 'amina@acdh.example.org' });
  });

  it('shows the pending address on the profile, and sending the record back unchanged keeps it', async () => {
    const current = (
      await request(t.http)
        .get('/api/me/profile')
        .set(...bearer(member))
        .expect(200)
    ).body;
    expect(current).toMatchObject({ email: 'amina@acdh.example.org', pendingEmail: 'amina.diallo@acdh.example.org' });
    const saved = await request(t.http)
      .put('/api/me/profile')
      .set(...bearer(member))
      .send({ ...current, jobTitle: 'Director' })
      .expect(200);
    expect(saved.body).toMatchObject({ jobTitle: 'Director', email: 'amina@acdh.example.org', pendingEmail: 'amina.diallo@acdh.example.org' });
  });

  it('voids the link of an earlier request once a newer one is made', async () => {
    const earlier = await linkTokenTo('nadia@other.example.org');
    const response = await request(t.http).post('/api/me/confirm-email').send({ token: earlier }).expect(400);
    expect(response.body).toMatchObject({ field: 'token', message: expect.stringContaining('invalid, used or expired') });
  });

  it('applies the change from the link, without signing in, and records who changed what', async () => {
    const token = await linkTokenTo('amina.diallo@acdh.example.org');
    const response = await request(t.http).post('/api/me/confirm-email').send({ token }).expect(200);
    expect(response.body).toEqual({ outcome: 'changed', email: 'amina.diallo@acdh.example.org' });
    expect(await t.dataSource.getRepository(Person).findOneByOrFail({ id: me.id })).toMatchObject({ email: 'amina.diallo@acdh.example.org' });
    const updates = await t.dataSource.getRepository(AuditEntry).findBy({ entityId: me.id, action: 'update' });
    const audit = updates.find((entry) => 'email' in entry.changes);
    expect(audit).toMatchObject({
      userId: t.users.member.id,
      changes: { email: { before: 'amina@acdh.example.org', after: 'amina.diallo@acdh.example.org' } },
    });
    // The sign-in e-mail is the account's and stays as it was.
    expect(await t.dataSource.getRepository(User).findOneByOrFail({ id: t.users.member.id })).toMatchObject({ email: t.users.member.email });
    const profile = (
      await request(t.http)
        .get('/api/me/profile')
        .set(...bearer(member))
        .expect(200)
    ).body;
    expect(profile).toMatchObject({ email: 'amina.diallo@acdh.example.org', pendingEmail: null });
    const again = await request(t.http).post('/api/me/confirm-email').send({ token }).expect(400);
    expect(again.body).toMatchObject({ field: 'token' });
  });

  it('does not apply a change whose address another contact took meanwhile, tells the secretariat, and says nothing of the other contact', async () => {
    await requestChange('amina.work@acdh.example.org').expect(200);
    const token = await linkTokenTo('amina.work@acdh.example.org');
    const other = await t.dataSource
      .getRepository(Person)
      .save({ firstName: 'Someone', lastName: 'Else', email: 'Amina.Work@acdh.example.org', otherEmails: [], phones: [], languages: [] });

    const response = await request(t.http).post('/api/me/confirm-email').send({ token }).expect(200);
    expect(response.body).toEqual({ outcome: 'secretariat' });
    expect(await t.dataSource.getRepository(Person).findOneByOrFail({ id: me.id })).toMatchObject({ email: 'amina.diallo@acdh.example.org' });
    expect(await t.dataSource.getRepository(Person).findOneByOrFail({ id: other.id })).toMatchObject({
      email: 'Amina.Work@acdh.example.org',
      firstName: 'Someone',
    });
    const note = await t.dataSource.getRepository(Note).findOneByOrFail({ targetType: 'person', targetId: me.id });
    expect(note.body).toContain('amina.work@acdh.example.org');
    expect(note.body).toContain(other.id);
    // Until the link would have expired, the member sees the change as pending, as for any unconfirmed one.
    const profile = (
      await request(t.http)
        .get('/api/me/profile')
        .set(...bearer(member))
        .expect(200)
    ).body;
    expect(profile).toMatchObject({ email: 'amina.diallo@acdh.example.org', pendingEmail: 'amina.work@acdh.example.org' });
  });

  it("treats an address among another contact's further e-mails as taken too", async () => {
    await requestChange('nadia.home@example.org').expect(200);
    const response = await request(t.http)
      .post('/api/me/confirm-email')
      .send({ token: await linkTokenTo('nadia.home@example.org') })
      .expect(200);
    expect(response.body).toEqual({ outcome: 'secretariat' });
    expect(await t.dataSource.getRepository(Person).findOneByOrFail({ id: neighbour.id })).toMatchObject({ otherEmails: ['nadia.home@example.org'] });
  });

  it.each([
    [{}, 'token'],
    [{ token: 'short' }, 'token is not a valid link token'],
    [{ token: 'A'.repeat(43) }, 'invalid, used or expired'],
    [{ token: 'A'.repeat(43), extra: 1 }, 'property extra should not exist'],
  ])('refuses the confirmation %j with 400', async (body, message) => {
    const response = await request(t.http).post('/api/me/confirm-email').send(body).expect(400);
    expect(([] as string[]).concat(response.body.message).join(' | ')).toContain(message);
  });

  it('sends nothing and leaves a pending change alone when the address sent is the current one', async () => {
    const before = await t.dataSource.getRepository(OutboxMessage).count();
    const pending = (
      await request(t.http)
        .get('/api/me/profile')
        .set(...bearer(member))
        .expect(200)
    ).body.pendingEmail;
    const response = await requestChange('AMINA.DIALLO@acdh.example.org').expect(200);
    expect(response.body).toMatchObject({ email: 'amina.diallo@acdh.example.org', pendingEmail: pending });
    expect(await t.dataSource.getRepository(OutboxMessage).count()).toBe(before);
  });

  it('sends one e-mail, not two, when the same new address is saved twice in a row', async () => {
    await requestChange('amina.twice@acdh.example.org').expect(200);
    await requestChange('Amina.Twice@acdh.example.org').expect(200);
    const messages = await t.dataSource.getRepository(OutboxMessage).find();
    expect(messages.filter((message) => message.payload.to === 'amina.twice@acdh.example.org')).toHaveLength(1);
  });
});
