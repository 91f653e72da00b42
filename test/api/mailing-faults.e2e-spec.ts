import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { setUpCoalition, type Coalition } from '../support/coalition.js';
import { ListmonkStandIn } from '../support/listmonk-stand-in.js';
import { freePort, stopChild } from '../support/processes.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The mailing sync under faults: Redis away, a provider failing 30% of calls,
 * a worker killed mid-batch, two workers at once, an add answered late. Each case ends with the
 * provider's list equal to the database's and every change delivered once in
 * effect. Workers run as real processes (api/dist, built before the tests).
 */

const WORKER = join(process.cwd(), '..', 'api', 'dist', 'api', 'src', 'worker.js');

async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!check(value)) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
    value = await read();
  }
  return value;
}

describe('mailing sync under faults', () => {
  let t: TestApp;
  let c: Coalition;
  let provider: ListmonkStandIn;
  const children: ChildProcess[] = [];
  let counter = 0;

  const workerEnv = (overrides: Record<string, string> = {}): NodeJS.ProcessEnv => ({
    ...t.processEnv(),
    ...provider.env(),
    MAILING_RETRY_DELAY_MS: '100',
    MAILING_SYNC_ATTEMPTS: '15',
    MAILING_PROVIDER_TIMEOUT_MS: '800',
    MAILING_RECONCILE_EVERY_MINUTES: '0',
    MAILING_FULL_RECONCILE_CRON: '',
    MAILING_LOST_JOB_SECONDS: '3',
    ...overrides,
  });
  const startWorker = (overrides: Record<string, string> = {}): ChildProcess => {
    const child = spawn(process.execPath, [WORKER], { env: workerEnv(overrides), stdio: ['ignore', 'ignore', 'inherit'] });
    children.push(child);
    return child;
  };
  const stop = stopChild;

  /** A list of its own per case, on the stand-in. */
  const newList = async (key: string): Promise<string> => {
    const response = await request(t.http)
      .post('/api/mailing-lists')
      .set(c.headers('coordinator'))
      .send({ name: key, key, language: 'en', audience: 'members', provider: 'listmonk' })
      .expect(201);
    return (response.body as { id: string }).id;
  };
  /** `count` people with consent, each subscribed through the API; every third is then unsubscribed again. Returns their subscription ids. */
  const changes = async (listId: string, count: number): Promise<{ email: string; unsubscribed: boolean }[]> => {
    const made: { email: string; unsubscribed: boolean }[] = [];
    for (let index = 0; index < count; index += 1) {
      counter += 1;
      const email = `fault-${counter}@example.org`;
      const person = await request(t.http)
        .post('/api/people')
        .set(c.headers('coordinator'))
        .send({ firstName: `Person${counter}`, lastName: 'Fault', email, consentAt: new Date().toISOString(), consentSource: 'test' })
        .expect(201);
      const subscription = await request(t.http)
        .post('/api/subscriptions')
        .set(c.headers('coordinator'))
        .send({ personId: (person.body as { id: string }).id, mailingListId: listId })
        .expect(201);
      const unsubscribed = index % 3 === 2;
      if (unsubscribed) {
        await request(t.http)
          .put(`/api/subscriptions/${(subscription.body as { id: string }).id}`)
          .set(c.headers('coordinator'))
          .send({ status: 'unsubscribed' })
          .expect(200);
      }
      made.push({ email, unsubscribed });
    }
    return made;
  };
  /** Undelivered changes of the people on one list (each case has its own). */
  const undeliveredOn = (listId: string) => async (): Promise<number> => {
    const [row] = await t.dataSource.query<{ count: string }[]>(
      `SELECT count(*) FROM outbox_messages m
        WHERE m.queue = 'mailing-sync' AND m.delivered_at IS NULL
          AND EXISTS (SELECT 1 FROM subscriptions s WHERE s.person_id = m.person_id AND s.mailing_list_id = $1)`,
      [listId],
    );
    return Number(row?.count ?? 0);
  };
  /** The provider's members of the list equal our subscribed people, by address and name. */
  const expectProviderEqualsDatabase = async (listKey: string, listId: string): Promise<void> => {
    const ours = await t.dataSource.query<{ email: string; name: string }[]>(
      `SELECT p.email, p.first_name || ' ' || p.last_name AS name FROM subscriptions s JOIN people p ON p.id = s.person_id
        WHERE s.mailing_list_id = $1 AND s.status = 'subscribed' ORDER BY p.email`,
      [listId],
    );
    const providerId = provider.listIdByKey(listKey);
    expect(providerId).toBeDefined();
    const theirs = [...provider.confirmedMembers(providerId ?? -1).entries()]
      .map(([email, name]) => ({ email, name }))
      .sort((a, b) => a.email.localeCompare(b.email));
    expect(theirs).toEqual([...ours].sort((a, b) => a.email.localeCompare(b.email)));
    const unsynced = await t.dataSource.query<unknown[]>(`SELECT 1 FROM subscriptions WHERE mailing_list_id = $1 AND version > synced_version`, [listId]);
    expect(unsynced).toHaveLength(0);
  };
  /** No change took effect twice, and per person the last change applied is the latest: an unsubscribed person's last change is a removal. */
  const expectOnceAndInOrder = (made: { email: string; unsubscribed: boolean }[]): void => {
    for (const { email, unsubscribed } of made) {
      const applied = provider.applied.filter((change) => change.email === email).map((change) => change.change);
      expect(applied.filter((change) => change === 'add').length).toBeLessThanOrEqual(1);
      expect(applied.filter((change) => change === 'remove').length).toBeLessThanOrEqual(1);
      if (unsubscribed && applied.length > 0) expect(applied.at(-1)).toBe('remove');
      if (!unsubscribed) expect(applied).toEqual(['add']);
    }
  };

  beforeAll(async () => {
    provider = new ListmonkStandIn();
    await provider.start();
    t = await startTestApp({ LISTMONK_URL: provider.url, LISTMONK_USER: provider.user, LISTMONK_TOKEN: provider.token });
    c = await setUpCoalition(t);
  });
  afterAll(async () => {
    for (const child of children) await stop(child, 'SIGKILL');
    await t?.close();
    await provider?.stop();
  });

  it('(a) Redis stopped: 200 changes through the API succeed, and all are delivered once Redis is back', async () => {
    const port = await freePort();
    const startRedis = (): ChildProcess => {
      const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
      children.push(redis);
      return redis;
    };
    let redis = startRedis();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const worker = startWorker({ REDIS_URL: `redis://127.0.0.1:${port}` });
    try {
      const listId = await newList('fault-redis');
      const undelivered = undeliveredOn(listId);
      await stop(redis);
      // 150 subscribes, a third of them unsubscribed again: 200 changes.
      const made = await changes(listId, 150);
      expect(made.length + made.filter((entry) => entry.unsubscribed).length).toBe(200);
      expect(await undelivered()).toBeGreaterThan(0);
      redis = startRedis();
      await eventually(undelivered, (count) => count === 0, 180_000, 'every change delivered after Redis came back');
      await expectProviderEqualsDatabase('fault-redis', listId);
      expectOnceAndInOrder(made);
    } finally {
      await stop(worker, 'SIGKILL');
      await stop(redis, 'SIGKILL');
    }
  }, 300_000);

  it('(b) the provider fails or times out on 30% of calls: all delivered', async () => {
    const listId = await newList('fault-flaky');
    const undelivered = undeliveredOn(listId);
    provider.failRate = 0.3;
    const before = provider.failures;
    const worker = startWorker();
    try {
      const made = await changes(listId, 60);
      await eventually(undelivered, (count) => count === 0, 240_000, 'every change delivered through the failures');
      provider.failRate = 0;
      expect(provider.failures - before).toBeGreaterThan(10);
      await expectProviderEqualsDatabase('fault-flaky', listId);
      expectOnceAndInOrder(made);
      const failed = await t.dataSource.query<unknown[]>(
        `SELECT 1 FROM outbox_messages WHERE queue = 'mailing-sync' AND failed_at IS NOT NULL AND delivered_at IS NULL`,
      );
      expect(failed).toHaveLength(0);
    } finally {
      provider.failRate = 0;
      await stop(worker, 'SIGKILL');
    }
  }, 300_000);

  it('(c) the worker killed mid-batch: the rest is delivered after a restart', async () => {
    const listId = await newList('fault-killed');
    const undelivered = undeliveredOn(listId);
    provider.latencyMs = 40;
    const made = await changes(listId, 80);
    const first = startWorker();
    let second: ChildProcess | undefined;
    try {
      const total = await undelivered();
      await eventually(undelivered, (count) => count < total * 0.7, 120_000, 'part of the batch delivered');
      await stop(first, 'SIGKILL');
      const left = await undelivered();
      expect(left).toBeGreaterThan(0);
      second = startWorker();
      // A job the killed worker held is taken again once its lock expires (BullMQ's stalled-job check, about 30 s).
      await eventually(undelivered, (count) => count === 0, 180_000, 'the rest delivered after the restart');
      provider.latencyMs = 0;
      await expectProviderEqualsDatabase('fault-killed', listId);
      expectOnceAndInOrder(made);
    } finally {
      provider.latencyMs = 0;
      await stop(first, 'SIGKILL');
      if (second) await stop(second, 'SIGKILL');
    }
  }, 300_000);

  it('(d) two workers on the same Redis: nothing delivered twice, order per person kept', async () => {
    const listId = await newList('fault-two');
    const undelivered = undeliveredOn(listId);
    // This case is about two workers, not slow calls ((b) covers those): a generous timeout keeps a
    // call that is merely slow on a loaded machine from timing out here and landing after a later change.
    const one = startWorker({ MAILING_PROVIDER_TIMEOUT_MS: '10000' });
    const two = startWorker({ MAILING_PROVIDER_TIMEOUT_MS: '10000' });
    try {
      const made = await changes(listId, 90);
      await eventually(undelivered, (count) => count === 0, 180_000, 'every change delivered by the two workers');
      await expectProviderEqualsDatabase('fault-two', listId);
      expectOnceAndInOrder(made);
    } finally {
      await stop(one, 'SIGKILL');
      await stop(two, 'SIGKILL');
    }
  }, 300_000);

  it('(e) an add the provider answers after the unsubscribe was committed does not leave the person on the list', async () => {
    const listId = await newList('fault-race');
    const undelivered = undeliveredOn(listId);
    // Long enough that the held add is answered, not timed out: this case is about an answer that comes late, not one that never comes.
    const worker = startWorker({ MAILING_PROVIDER_TIMEOUT_MS: '60000' });
    try {
      const email = 'race-held@example.org';
      const person = await request(t.http)
        .post('/api/people')
        .set(c.headers('coordinator'))
        .send({ firstName: 'Rosa', lastName: 'Race', email, consentAt: new Date().toISOString(), consentSource: 'test' })
        .expect(201);
      const held = provider.hold('POST /api/subscribers');
      const subscription = await request(t.http)
        .post('/api/subscriptions')
        .set(c.headers('coordinator'))
        .send({ personId: (person.body as { id: string }).id, mailingListId: listId })
        .expect(201);
      // The worker's add has reached the provider, which sits on it; meanwhile the unsubscribe is committed.
      await held.arrived;
      await request(t.http)
        .put(`/api/subscriptions/${(subscription.body as { id: string }).id}`)
        .set(c.headers('coordinator'))
        .send({ status: 'unsubscribed' })
        .expect(200);
      // Only now does the provider apply the add and answer it.
      await held.release();
      await eventually(undelivered, (count) => count === 0, 60_000, 'both changes delivered');
      expect(provider.confirmedMembers(provider.listIdByKey('fault-race') ?? -1).has(email)).toBe(false);
      await expectProviderEqualsDatabase('fault-race', listId);
      expectOnceAndInOrder([{ email, unsubscribed: true }]);
    } finally {
      await stop(worker, 'SIGKILL');
    }
  }, 120_000);
});
