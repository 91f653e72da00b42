import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { signWebhook } from '../../api/src/mailing/mailing-webhook.service.js';
import { setUpCoalition, type Actor, type Coalition } from '../support/coalition.js';
import { ListmonkStandIn } from '../support/listmonk-stand-in.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface SubscriptionBody {
  id: string;
  status: string;
  syncState: string;
  lastError: string | null;
  endedBy: string | null;
}

const WEBHOOK_SECRET = 'a-webhook-secret-for-the-tests-0123';

/** Waits until `check` holds, polling; fails with the last value seen. */
async function eventually<T>(read: () => Promise<T> | T, check: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!check(value)) {
    if (Date.now() > deadline) throw new Error(`Timed out; last value: ${JSON.stringify(value instanceof Map ? [...value] : value)}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
    value = await read();
  }
  return value;
}

describe('mailing lists, subscriptions and their sync to Listmonk', () => {
  let t: TestApp;
  let c: Coalition;
  let provider: ListmonkStandIn;
  let listId: string;
  let offlineListId: string;
  const as = (actor: Actor): Record<string, string> => c.headers(actor);

  const person = async (firstName: string, email: string, consent = true): Promise<string> => {
    const response = await request(t.http)
      .post('/api/people')
      .set(as('coordinator'))
      .send({ firstName, lastName: 'Tester', email, ...(consent ? { consentAt: new Date().toISOString(), consentSource: 'event sign-up sheet' } : {}) })
      .expect(201);
    return (response.body as { id: string }).id;
  };
  const subscribe = (personId: string, mailingListId: string): request.Test =>
    request(t.http).post('/api/subscriptions').set(as('coordinator')).send({ personId, mailingListId });
  const members = (): Map<string, string> => {
    const id = provider.listIdByKey('members-en');
    return id === undefined ? new Map() : provider.confirmedMembers(id);
  };

  beforeAll(async () => {
    provider = new ListmonkStandIn();
    const url = await provider.start();
    t = await startTestApp({
      LISTMONK_URL: url,
      LISTMONK_USER: provider.user,
      LISTMONK_TOKEN: provider.token,
      MAILING_RETRY_DELAY_MS: '100',
      MAILING_SYNC_ATTEMPTS: '3',
      MAILING_PROVIDER_TIMEOUT_MS: '1000',
      MAILING_RECONCILE_EVERY_MINUTES: '0',
      MAILING_FULL_RECONCILE_CRON: '',
      MAILING_WEBHOOK_SECRET: WEBHOOK_SECRET,
    });
    c = await setUpCoalition(t);
    await t.startWorker();
    const list = await request(t.http)
      .post('/api/mailing-lists')
      .set(as('coordinator'))
      .send({ name: 'Members (English)', key: 'members-en', language: 'en', audience: 'members', provider: 'listmonk' })
      .expect(201);
    listId = (list.body as { id: string }).id;
    const offline = await request(t.http)
      .post('/api/mailing-lists')
      .set(as('coordinator'))
      .send({ name: 'Steering committee', key: 'steering', language: 'en', audience: 'steering', provider: 'mailman' })
      .expect(201);
    offlineListId = (offline.body as { id: string }).id;
  });
  afterAll(async () => {
    await t?.close();
    await provider?.stop();
  });

  it('refuses to subscribe a person without consent, naming consent, and writes nothing', async () => {
    const id = await person('Nadia', 'nadia@example.org', false);
    const response = await subscribe(id, listId).expect(400);
    expect((response.body as { field?: string }).field).toBe('consent');
    const rows = await t.dataSource.query<unknown[]>('SELECT 1 FROM subscriptions WHERE person_id = $1', [id]);
    expect(rows).toHaveLength(0);
  });

  it('delivers a subscription to the provider, then an e-mail change and an unsubscribe, in order', async () => {
    const id = await person('Omar', 'omar@example.org');
    const created = await subscribe(id, listId).expect(201);
    const subscription = created.body as SubscriptionBody;
    expect(subscription.status).toBe('subscribed');
    await eventually(members, (m) => m.get('omar@example.org') === 'Omar Tester');
    const synced = await eventually(
      async () => (await request(t.http).get(`/api/subscriptions/${subscription.id}`).set(as('steering')).expect(200)).body as SubscriptionBody,
      (body) => body.syncState === 'synced',
    );
    expect(synced.lastError).toBeNull();

    await request(t.http).put(`/api/people/${id}`).set(as('coordinator')).send({ email: 'omar.new@example.org' }).expect(200);
    await eventually(members, (m) => m.has('omar.new@example.org') && !m.has('omar@example.org'));

    await request(t.http).put(`/api/subscriptions/${subscription.id}`).set(as('coordinator')).send({ status: 'unsubscribed' }).expect(200);
    await eventually(members, (m) => !m.has('omar.new@example.org'));
    const changes = provider.applied.filter((change) => change.email.startsWith('omar'));
    expect(changes.map((change) => change.change)).toEqual(['add', 'email', 'remove']);
  });

  it('keeps changes for a list whose provider is not configured, and says so', async () => {
    const id = await person('Selam', 'selam@example.org');
    const created = (await subscribe(id, offlineListId).expect(201)).body as SubscriptionBody;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const body = (await request(t.http).get(`/api/subscriptions/${created.id}`).set(as('steering')).expect(200)).body as SubscriptionBody;
    expect(body.syncState).toBe('not_configured');
    const list = (await request(t.http).get(`/api/mailing-lists/${offlineListId}`).set(as('steering')).expect(200)).body as { providerConfigured: boolean };
    expect(list.providerConfigured).toBe(false);
    const pending = await t.dataSource.query<unknown[]>(`SELECT 1 FROM outbox_messages WHERE person_id = $1 AND delivered_at IS NULL AND failed_at IS NULL`, [
      id,
    ]);
    expect(pending.length).toBeGreaterThan(0);
  });

  it('subscribes by rule the primary contacts of active members, and never re-subscribes one who left', async () => {
    await t.dataSource.query(`UPDATE people SET consent_at = now() WHERE id = ANY($1)`, [[c.ids.personA, c.ids.personB]]);
    await t.dataSource.query(`UPDATE organizations SET languages = '{en}' WHERE id = ANY($1)`, [[c.ids.orgA, c.ids.orgB]]);
    await request(t.http)
      .post('/api/mailing-list-rules')
      .set(as('coordinator'))
      .send({ mailingListId: listId, audience: 'primary_contacts', language: 'en' })
      .expect(201);
    await eventually(members, (m) => m.has('ana@a.example.org') && m.has('bela@b.example.org'));

    // Member A leaves the list from "My profile".
    const mine = (await request(t.http).get('/api/me/subscriptions').set(as('memberA')).expect(200)).body as { mailingListId: string; status: string | null }[];
    expect(mine.find((entry) => entry.mailingListId === listId)?.status).toBe('subscribed');
    await request(t.http).put(`/api/me/subscriptions/${listId}`).set(as('memberA')).send({ subscribed: false }).expect(200);
    await eventually(members, (m) => !m.has('ana@a.example.org'));

    // A change that re-evaluates the rules for her does not bring her back.
    await request(t.http).put(`/api/organizations/${c.ids.orgA}`).set(as('coordinator')).send({ membershipStatus: 'suspended' }).expect(200);
    await request(t.http).put(`/api/organizations/${c.ids.orgA}`).set(as('coordinator')).send({ membershipStatus: 'active' }).expect(200);
    const [row] = await t.dataSource.query<{ status: string; ended_by: string }[]>(
      `SELECT status, ended_by FROM subscriptions WHERE person_id = $1 AND mailing_list_id = $2`,
      [c.ids.personA, listId],
    );
    expect(row).toEqual({ status: 'unsubscribed', ended_by: 'person' });

    // Organization B lapses: its contact leaves by rule, and comes back when it is active again.
    await request(t.http).put(`/api/organizations/${c.ids.orgB}`).set(as('coordinator')).send({ membershipStatus: 'lapsed' }).expect(200);
    await eventually(members, (m) => !m.has('bela@b.example.org'));
    await request(t.http).put(`/api/organizations/${c.ids.orgB}`).set(as('coordinator')).send({ membershipStatus: 'active' }).expect(200);
    await eventually(members, (m) => m.has('bela@b.example.org'));
  });

  it('reconciles: an opt-out and a blocklisting at the provider become our status', async () => {
    const first = await person('Rosa', 'rosa@example.org');
    const second = await person('Tariq', 'tariq@example.org');
    await subscribe(first, listId).expect(201);
    await subscribe(second, listId).expect(201);
    await eventually(members, (m) => m.has('rosa@example.org') && m.has('tariq@example.org'));
    await eventually(
      () => t.dataSource.query<unknown[]>(`SELECT 1 FROM subscriptions WHERE version > synced_version AND mailing_list_id = $1`, [listId]),
      (rows) => rows.length === 0,
    );
    const providerList = provider.listIdByKey('members-en') as number;
    provider.unsubscribeByLink('rosa@example.org', providerList);
    provider.blocklist('tariq@example.org');

    const started = (await request(t.http).post('/api/mailing/reconcile').set(as('coordinator')).send({ mode: 'full' }).expect(202)).body as { id: string };
    const run = await eventually(
      async () =>
        (await request(t.http).get(`/api/mailing/reconcile/${started.id}`).set(as('steering')).expect(200)).body as {
          status: string;
          percent: number;
          changes: Record<string, number>;
        },
      (body) => body.status === 'done' || body.status === 'failed',
    );
    expect(run.status).toBe('done');
    expect(run.percent).toBe(100);
    expect(run.changes.unsubscribed).toBe(2);
    const rows = await t.dataSource.query<{ person_id: string; status: string; ended_by: string }[]>(
      `SELECT person_id, status, ended_by FROM subscriptions WHERE person_id = ANY($1) ORDER BY person_id`,
      [[first, second]],
    );
    expect(rows.map((row) => [row.status, row.ended_by])).toEqual([
      ['unsubscribed', 'provider'],
      ['unsubscribed', 'provider'],
    ]);
  });

  /** Runs a reconcile pass through the API and waits for its end. */
  const reconcile = async (mode: 'full' | 'incremental'): Promise<{ status: string; changes: Record<string, number> }> => {
    const started = (await request(t.http).post('/api/mailing/reconcile').set(as('coordinator')).send({ mode }).expect(202)).body as { id: string };
    return eventually(
      async () =>
        (await request(t.http).get(`/api/mailing/reconcile/${started.id}`).set(as('steering')).expect(200)).body as {
          status: string;
          changes: Record<string, number>;
        },
      (body) => body.status === 'done' || body.status === 'failed',
    );
  };
  const undeliveredOf = (personId: string) => async (): Promise<number> =>
    (await t.dataSource.query<unknown[]>(`SELECT 1 FROM outbox_messages WHERE person_id = $1 AND delivered_at IS NULL`, [personId])).length;

  it('an add whose answer was lost is not taken for absent: the unsubscribe that follows removes the address', async () => {
    const id = await person('Ines', 'ines@example.org');
    const lost = provider.loseAnswer('POST /api/subscribers');
    const created = (await subscribe(id, listId).expect(201)).body as SubscriptionBody;
    await lost.arrived;
    // The provider has applied the add; our call waits for an answer that never comes, and times out.
    expect(members().has('ines@example.org')).toBe(true);
    await request(t.http).put(`/api/subscriptions/${created.id}`).set(as('coordinator')).send({ status: 'unsubscribed' }).expect(200);
    await eventually(undeliveredOf(id), (count) => count === 0);
    expect(members().has('ines@example.org')).toBe(false);
  });

  it('an add that timed out and lands after the removal is taken off the list again by the next reconcile', async () => {
    const id = await person('Hana', 'hana@example.org');
    const held = provider.hold('POST /api/subscribers');
    const created = (await subscribe(id, listId).expect(201)).body as SubscriptionBody;
    await held.arrived;
    await request(t.http).put(`/api/subscriptions/${created.id}`).set(as('coordinator')).send({ status: 'unsubscribed' }).expect(200);
    // Both changes are delivered as far as we can tell while the provider still sits on the add…
    await eventually(undeliveredOf(id), (count) => count === 0);
    expect(members().has('hana@example.org')).toBe(false);
    // …which it applies only now, after the removal.
    await held.release();
    expect(members().has('hana@example.org')).toBe(true);

    const run = await reconcile('incremental');
    expect(run.status).toBe('done');
    await eventually(members, (m) => !m.has('hana@example.org'));
    await eventually(undeliveredOf(id), (count) => count === 0);
    const [row] = await t.dataSource.query<{ status: string; ended_by: string }[]>(`SELECT status, ended_by FROM subscriptions WHERE id = $1`, [created.id]);
    expect(row).toEqual({ status: 'unsubscribed', ended_by: 'staff' });
  });

  it('merging two people on the same list takes the duplicate’s address off the provider; a list only the duplicate was on gets the kept address', async () => {
    const keptId = await person('Kofi', 'kofi@example.org');
    const duplicateId = await person('Kofi', 'kofi.old@example.org');
    const extra = (
      await request(t.http)
        .post('/api/mailing-lists')
        .set(as('coordinator'))
        .send({ name: 'Merge watchers', key: 'merge-watchers', language: 'en', audience: 'members', provider: 'listmonk' })
        .expect(201)
    ).body as { id: string };
    await subscribe(keptId, listId).expect(201);
    await subscribe(duplicateId, listId).expect(201);
    await subscribe(duplicateId, extra.id).expect(201);
    const watchers = (): Map<string, string> => provider.confirmedMembers(provider.listIdByKey('merge-watchers') ?? -1);
    await eventually(members, (m) => m.has('kofi@example.org') && m.has('kofi.old@example.org'));
    await eventually(watchers, (m) => m.has('kofi.old@example.org'));
    await eventually(undeliveredOf(duplicateId), (count) => count === 0);

    await request(t.http).post(`/api/people/${duplicateId}/merge`).set(as('coordinator')).send({ intoId: keptId }).expect(200);
    await eventually(members, (m) => !m.has('kofi.old@example.org'));
    expect(members().get('kofi@example.org')).toBe('Kofi Tester');
    await eventually(watchers, (m) => m.has('kofi@example.org') && !m.has('kofi.old@example.org'));
    await eventually(undeliveredOf(keptId), (count) => count === 0);
    const rows = await t.dataSource.query<{ mailing_list_id: string; status: string; synced_email: string }[]>(
      `SELECT mailing_list_id, status, synced_email FROM subscriptions WHERE person_id = $1 ORDER BY synced_email`,
      [keptId],
    );
    expect(rows.map((row) => [row.mailing_list_id, row.status, row.synced_email]).sort()).toEqual(
      [
        [listId, 'subscribed', 'kofi@example.org'],
        [extra.id, 'subscribed', 'kofi@example.org'],
      ].sort(),
    );
  });

  it('reconciles: a subscriber Listmonk blocklisted after bounces becomes bounced', async () => {
    const id = await person('Wen', 'wen@example.org');
    await subscribe(id, listId).expect(201);
    await eventually(members, (m) => m.has('wen@example.org'));
    await eventually(undeliveredOf(id), (count) => count === 0);
    provider.blocklist('wen@example.org', 'hard');
    const run = await reconcile('full');
    expect(run.status).toBe('done');
    expect(run.changes.bounced).toBe(1);
    const [row] = await t.dataSource.query<{ status: string; ended_by: string }[]>(`SELECT status, ended_by FROM subscriptions WHERE person_id = $1`, [id]);
    expect(row).toEqual({ status: 'bounced', ended_by: 'provider' });
  });

  it('takes a signed bounce notice once and refuses a replay or a bad signature', async () => {
    const id = await person('Uma', 'uma@example.org');
    await subscribe(id, listId).expect(201);
    await eventually(
      () => t.dataSource.query<{ synced_email: string | null }[]>(`SELECT synced_email FROM subscriptions WHERE person_id = $1`, [id]),
      (rows) => rows[0]?.synced_email === 'uma@example.org',
    );
    const body = JSON.stringify({ email: 'uma@example.org', kind: 'hard', listKey: 'members-en' });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = randomBytes(12).toString('hex');
    const send = (signature: string, at = timestamp): request.Test =>
      request(t.http)
        .post('/api/mailing/webhooks/bounces')
        .set({ 'Content-Type': 'application/json', 'X-Mailing-Timestamp': at, 'X-Mailing-Nonce': nonce, 'X-Mailing-Signature': signature })
        .send(body);
    await send('0'.repeat(64)).expect(401);
    const stale = String(Math.floor(Date.now() / 1000) - 3600);
    await send(signWebhook(WEBHOOK_SECRET, stale, nonce, body), stale).expect(401);
    const ok = await send(signWebhook(WEBHOOK_SECRET, timestamp, nonce, body)).expect(200);
    expect(ok.body).toEqual({ applied: 1 });
    await send(signWebhook(WEBHOOK_SECRET, timestamp, nonce, body)).expect(409);
    const [row] = await t.dataSource.query<{ status: string }[]>(`SELECT status FROM subscriptions WHERE person_id = $1`, [id]);
    expect(row?.status).toBe('bounced');
  });

  it('fails a change the provider refuses (4xx) with its reason, and retries it from the API', async () => {
    const id = await person('Vera', 'vera@example.org');
    // The provider refuses this address as invalid.
    provider.refused.add('vera@example.org');
    const created = (await subscribe(id, listId).expect(201)).body as SubscriptionBody;
    const failed = await eventually(
      async () => (await request(t.http).get(`/api/subscriptions/${created.id}`).set(as('steering')).expect(200)).body as SubscriptionBody,
      (body) => body.syncState === 'failed',
    );
    expect(failed.lastError).toMatch(/400/);
    const status = (await request(t.http).get('/api/mailing/status').set(as('steering')).expect(200)).body as { failed: number };
    expect(status.failed).toBeGreaterThanOrEqual(1);
    provider.refused.delete('vera@example.org');
    await request(t.http).post(`/api/subscriptions/${created.id}/retry`).set(as('coordinator')).expect(200);
    await eventually(members, (m) => m.has('vera@example.org'));
    const after = (await request(t.http).get('/api/mailing/failed').set(as('steering')).expect(200)).body as { personId: string }[];
    expect(after.some((row) => row.personId === id)).toBe(false);
  });
});
