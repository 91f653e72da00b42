import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { setUpCoalition, type Actor, type Coalition } from '../support/coalition.js';
import { startMailman, type TestMailman } from '../support/mailman.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const MAIL_HOST = 'lists.coalition.test';

interface RosterEntry {
  email: string;
  display_name?: string;
  member_id: string;
}

interface SubscriptionBody {
  id: string;
  status: string;
  syncState: string;
  endedBy: string | null;
}

interface ReconcileRunBody {
  id: string;
  status: string;
  percent: number;
  changes: Record<string, number>;
  error: string | null;
}

/** Waits until `check` holds, polling; fails with the last value seen. */
async function eventually<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  timeoutMs = 120_000,
  describe = (value: T) => JSON.stringify(value),
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!check(value)) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms; last value: ${describe(value).slice(0, 2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    value = await read();
  }
  return value;
}

const FIRST_NAMES = ['María José', 'Nguyễn Thị', 'Oluwaseun', 'Zoë', 'Ñusta', 'Amélie', 'Þórunn', 'Søren', 'Aigerim', 'Tūī'];

/**
 * The acceptance of the mailing sync against a real Mailman 3 Core: subscriptions made through
 * the API reach Mailman's roster through the outbox and the worker, and what happens at Mailman
 * (an unsubscribe, delivery stopped by bounces) comes back through the reconcile.
 */
describe('mailing sync with a real Mailman 3 Core', () => {
  let mailman: TestMailman;
  let t: TestApp;
  let c: Coalition;
  let mailingListId: string;
  let providerListId: string;
  const as = (actor: Actor): Record<string, string> => c.headers(actor);
  const people = Array.from({ length: 50 }, (_, i) => ({
    firstName: `${FIRST_NAMES[i % FIRST_NAMES.length]} ${i}`,
    lastName: i % 2 === 0 ? 'Núñez' : "O'Connor-Ålund",
    email: `defender${String(i).padStart(2, '0')}@example.org`,
    id: '',
    subscriptionId: '',
  }));
  const nameOf = (person: { firstName: string; lastName: string }): string => `${person.firstName} ${person.lastName}`;

  const roster = async (): Promise<Map<string, string>> => {
    const response = await mailman.rest('GET', `/lists/${providerListId}/roster/member?count=1000&page=1`);
    expect(response.status).toBe(200);
    return new Map(((response.body.entries ?? []) as RosterEntry[]).map((entry) => [entry.email, entry.display_name ?? '']));
  };
  const describeRoster = (members: Map<string, string>): string => `${members.size} members: ${JSON.stringify([...members])}`;
  const memberId = async (email: string): Promise<string> => {
    const response = await mailman.rest('GET', `/members/find?list_id=${providerListId}&subscriber=${encodeURIComponent(email)}`);
    const entries = (response.body.entries ?? []) as RosterEntry[];
    expect(entries).toHaveLength(1);
    return entries[0].member_id;
  };
  const subscription = async (id: string): Promise<SubscriptionBody> =>
    (await request(t.http).get(`/api/subscriptions/${id}`).set(as('steering')).expect(200)).body as SubscriptionBody;
  const subscriptionOf = async (personId: string): Promise<{ status: string; ended_by: string | null } | undefined> => {
    const rows = await t.dataSource.query<{ status: string; ended_by: string | null }[]>(
      'SELECT status, ended_by FROM subscriptions WHERE person_id = $1 AND mailing_list_id = $2',
      [personId, mailingListId],
    );
    return rows[0];
  };
  /** Nothing of the mailing sync waits in the outbox. */
  const drained = async (): Promise<void> => {
    await eventually(
      async () => (await request(t.http).get('/api/mailing/status').set(as('steering')).expect(200)).body as { pending: number; failed: number },
      (status) => status.pending === 0,
    );
  };
  const reconcile = async (): Promise<ReconcileRunBody> => {
    const started = (await request(t.http).post('/api/mailing/reconcile').set(as('coordinator')).send({ mode: 'full' }).expect(202)).body as { id: string };
    return eventually(
      async () => (await request(t.http).get(`/api/mailing/reconcile/${started.id}`).set(as('steering')).expect(200)).body as ReconcileRunBody,
      (run) => run.status === 'done' || run.status === 'failed',
    );
  };

  beforeAll(async () => {
    mailman = await startMailman();
    t = await startTestApp({
      MAILMAN_REST_URL: mailman.url,
      MAILMAN_REST_USER: mailman.user,
      MAILMAN_REST_PASSWORD: mailman.password,
      MAILMAN_MAIL_HOST: MAIL_HOST,
      MAILING_RETRY_DELAY_MS: '200',
      MAILING_PROVIDER_TIMEOUT_MS: '30000',
      MAILING_RECONCILE_EVERY_MINUTES: '0',
      MAILING_FULL_RECONCILE_CRON: '',
    });
    c = await setUpCoalition(t);
    await t.startWorker();
    const list = await request(t.http)
      .post('/api/mailing-lists')
      .set(as('coordinator'))
      .send({ name: 'Miembros de la coalición', key: 'miembros', language: 'es', audience: 'members', provider: 'mailman' })
      .expect(201);
    mailingListId = (list.body as { id: string }).id;
    providerListId = `miembros.${MAIL_HOST}`;
  }, 180_000);

  afterAll(async () => {
    await t?.close();
    await mailman?.stop();
  });

  it('subscribes 50 people through the API: all on the Mailman roster with their names', async () => {
    for (const person of people) {
      const created = await request(t.http)
        .post('/api/people')
        .set(as('coordinator'))
        .send({
          firstName: person.firstName,
          lastName: person.lastName,
          email: person.email,
          consentAt: new Date().toISOString(),
          consentSource: 'regional assembly sign-up sheet',
        })
        .expect(201);
      person.id = (created.body as { id: string }).id;
      const subscribed = await request(t.http).post('/api/subscriptions').set(as('coordinator')).send({ personId: person.id, mailingListId }).expect(201);
      person.subscriptionId = (subscribed.body as { id: string }).id;
    }

    const members = await eventually(roster, (current) => current.size >= 50, 180_000, describeRoster);
    expect(members).toEqual(new Map(people.map((person) => [person.email, nameOf(person)])));
    // Mailman made the list as ours: its name and language.
    const config = await mailman.rest('GET', `/lists/${providerListId}/config`);
    expect([config.body.display_name, config.body.preferred_language]).toEqual(['Miembros de la coalición', 'es']);
    await drained();
    for (const person of people.slice(0, 5)) expect((await subscription(person.subscriptionId)).syncState).toBe('synced');

    // A name corrected here is corrected at Mailman.
    await request(t.http).put(`/api/people/${people[3].id}`).set(as('coordinator')).send({ firstName: 'Zoë Renée' }).expect(200);
    await eventually(roster, (current) => current.get(people[3].email) === `Zoë Renée ${people[3].lastName}`, 60_000, describeRoster);
  }, 300_000);

  it('an unsubscribe at Mailman becomes unsubscribed, bounces become bounced, and no rule re-adds anyone', async () => {
    // Ana, primary contact of an active member organization working in Spanish, is on the list by rule.
    await t.dataSource.query('UPDATE people SET consent_at = now() WHERE id = $1', [c.ids.personA]);
    await t.dataSource.query(`UPDATE organizations SET languages = '{es}' WHERE id = $1`, [c.ids.orgA]);
    await request(t.http)
      .post('/api/mailing-list-rules')
      .set(as('coordinator'))
      .send({ mailingListId, audience: 'primary_contacts', language: 'es' })
      .expect(201);
    await eventually(roster, (current) => current.has('ana@a.example.org'), 60_000, describeRoster);
    await drained();

    // At Mailman: two people unsubscribe (one by the rule), one pauses delivery herself, one bounces.
    const leaver = people[7];
    const pauser = people[8];
    const bouncer = people[9];
    for (const email of [leaver.email, 'ana@a.example.org']) {
      expect((await mailman.rest('DELETE', `/members/${await memberId(email)}`)).status).toBe(204);
    }
    expect((await mailman.rest('PATCH', `/members/${await memberId(pauser.email)}/preferences`, { delivery_status: 'by_user' })).status).toBe(204);
    expect((await mailman.rest('PATCH', `/members/${await memberId(bouncer.email)}/preferences`, { delivery_status: 'by_bounces' })).status).toBe(204);

    const run = await reconcile();
    expect(run.error).toBeNull();
    expect(run.status).toBe('done');
    expect(run.percent).toBe(100);
    expect(run.changes).toMatchObject({ removedAtProvider: 2, unsubscribed: 1, bounced: 1 });
    expect(await subscriptionOf(leaver.id)).toEqual({ status: 'unsubscribed', ended_by: 'provider' });
    expect(await subscriptionOf(c.ids.personA)).toEqual({ status: 'unsubscribed', ended_by: 'provider' });
    expect(await subscriptionOf(pauser.id)).toEqual({ status: 'unsubscribed', ended_by: 'provider' });
    expect(await subscriptionOf(bouncer.id)).toEqual({ status: 'bounced', ended_by: 'provider' });
    expect((await subscription(leaver.subscriptionId)).status).toBe('unsubscribed');
    expect((await subscription(bouncer.subscriptionId)).status).toBe('bounced');

    // What re-evaluates the rules for Ana (her organization suspended and active again, a full
    // reconcile) does not bring her back, here or at Mailman.
    await request(t.http).put(`/api/organizations/${c.ids.orgA}`).set(as('coordinator')).send({ membershipStatus: 'suspended' }).expect(200);
    await request(t.http).put(`/api/organizations/${c.ids.orgA}`).set(as('coordinator')).send({ membershipStatus: 'active' }).expect(200);
    const again = await reconcile();
    expect(again.status).toBe('done');
    expect(again.changes.ruleSubscribed ?? 0).toBe(0);
    expect(again.changes.unsubscribed ?? 0).toBe(0);
    expect(again.changes.bounced ?? 0).toBe(0);
    await drained();
    expect(await subscriptionOf(c.ids.personA)).toEqual({ status: 'unsubscribed', ended_by: 'provider' });
    expect(await subscriptionOf(leaver.id)).toEqual({ status: 'unsubscribed', ended_by: 'provider' });

    const members = await roster();
    expect(members.has('ana@a.example.org')).toBe(false);
    expect(members.has(leaver.email)).toBe(false);
    // Everyone else is still there with the name we have.
    for (const person of people.filter((p) => p !== leaver && p !== people[3]))
      expect([person.email, members.get(person.email)]).toEqual([person.email, nameOf(person)]);
    expect(members.size).toBe(49);
  }, 300_000);
});
