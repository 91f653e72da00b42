import { cpus, totalmem } from 'node:os';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import pg from 'pg';
import request from 'supertest';
import { ReconcileService } from '../../api/src/mailing/reconcile.service.js';
import { ListmonkStandIn } from '../support/listmonk-stand-in.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The mailing sync against the Listmonk stand-in with 100,000 subscribed
 * people: a full reconcile, 10,000 queued deliveries, and the delay from an
 * API write to the provider's update at a steady 50 changes a second. Each
 * figure is printed beside a bare reference (plain fetch + pg doing the same
 * reads, or the stand-in's own answer time) where one makes sense.
 */

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 100_000);
const DELIVERIES = Number(process.env.BENCH_DELIVERIES ?? 10_000);
const RATE = 50;
const STEADY_SECONDS = Number(process.env.BENCH_STEADY_SECONDS ?? 20);

let t: TestApp;
let provider: ListmonkStandIn;
let worker: INestApplicationContext;
let listId: string;
let providerListId: number;
const lines: string[] = [];
const report = (line: string): void => {
  lines.push(line);
  console.log(line);
};
const seconds = (ms: number): string => (ms / 1000).toFixed(2);

beforeAll(async () => {
  provider = new ListmonkStandIn();
  await provider.start();
  t = await startTestApp({
    LISTMONK_URL: provider.url,
    LISTMONK_USER: provider.user,
    LISTMONK_TOKEN: provider.token,
    MAILING_RECONCILE_EVERY_MINUTES: '0',
    MAILING_FULL_RECONCILE_CRON: '',
    MAILING_SYNC_CONCURRENCY: process.env.BENCH_CONCURRENCY ?? '8',
    DATABASE_POOL_SIZE: '10',
  });
  providerListId = provider.createList('Members (English)', 'members-en');
  const [list] = await t.dataSource.query<{ id: string }[]>(
    `INSERT INTO mailing_lists (name, key, language, audience, provider, provider_list_id) VALUES ('Members (English)', 'members-en', 'en', 'members', 'listmonk', $1) RETURNING id`,
    [String(providerListId)],
  );
  listId = list?.id ?? '';
  await t.dataSource.query(
    `INSERT INTO people (first_name, last_name, email, consent_at, consent_source)
     SELECT 'Bench', 'Person ' || n, 'bench-' || n || '@members.example.org', now(), 'bench' FROM generate_series(1, $1::int) AS n`,
    [PEOPLE],
  );
  await t.dataSource.query(
    `INSERT INTO subscriptions (person_id, mailing_list_id, status, source, subscribed_at, version, synced_version, synced_email, last_synced_at)
     SELECT id, $1, 'subscribed', 'import', now(), 1, 1, email, now() - interval '1 hour' FROM people WHERE email LIKE 'bench-%'`,
    [listId],
  );
  await t.dataSource.query('ANALYZE');
  provider.seed(
    providerListId,
    Array.from({ length: PEOPLE }, (_, index) => ({ email: `bench-${index + 1}@members.example.org`, name: `Bench Person ${index + 1}` })),
  );
  worker = await t.startWorker();
  report(`machine: ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 20)} MB RAM`);
  report(`people subscribed: ${PEOPLE}`);
}, 600_000);

afterAll(async () => {
  await t?.close();
  await provider?.stop();
});

it(`full reconcile of ${PEOPLE} members`, async () => {
  const started = performance.now();
  const run = await worker.get(ReconcileService).run(null, 'full');
  const ms = performance.now() - started;
  expect(run.status).toBe('done');
  expect(run.processed).toBe(PEOPLE);
  report(`full reconcile: ${seconds(ms)} s (${Math.round(PEOPLE / (ms / 1000))} members/s), changes: ${JSON.stringify(run.changes)}`);

  // Bare reference: the same pages fetched with fetch, each matched with one pg query, nothing else.
  const client = new pg.Client({ connectionString: t.config.DATABASE_URL });
  await client.connect();
  const bareStarted = performance.now();
  let after = 0;
  for (;;) {
    const query = encodeURIComponent(`subscribers.id > ${after}`);
    const response = await fetch(`${provider.url}/api/subscribers?list_id=${providerListId}&query=${query}&order_by=id&order=asc&per_page=1000&page=1`, {
      headers: { Authorization: `token ${provider.user}:${provider.token}` },
    });
    const body = (await response.json()) as { data: { results: { id: number; email: string }[] } };
    const results = body.data.results;
    if (results.length === 0) break;
    await client.query(`SELECT id, status FROM subscriptions WHERE mailing_list_id = $1 AND lower(synced_email) = ANY($2::text[])`, [
      listId,
      results.map((row) => row.email),
    ]);
    after = results.at(-1)?.id ?? after;
    if (results.length < 1000) break;
  }
  await client.end();
  report(`  bare fetch + pg, same pages: ${seconds(performance.now() - bareStarted)} s`);
  expect(ms).toBeLessThan(60_000);
});

it(`delivers ${DELIVERIES} queued changes`, async () => {
  await t.dataSource.query(
    `INSERT INTO people (first_name, last_name, email, consent_at, consent_source)
     SELECT 'Queued', 'Person ' || n, 'queued-' || n || '@members.example.org', now(), 'bench' FROM generate_series(1, $1::int) AS n`,
    [DELIVERIES],
  );
  const started = performance.now();
  await t.dataSource.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO subscriptions (person_id, mailing_list_id, status, source, subscribed_at) SELECT id, $1, 'subscribed', 'import', now() FROM people WHERE email LIKE 'queued-%'`,
      [listId],
    );
    await manager.query(
      `INSERT INTO outbox_messages (queue, job_name, person_id, payload) SELECT 'mailing-sync', 'sync-person', id, '{"reason":"bench"}' FROM people WHERE email LIKE 'queued-%'`,
    );
  });
  for (;;) {
    const [row] = await t.dataSource.query<{ count: string }[]>(`SELECT count(*) FROM outbox_messages WHERE queue = 'mailing-sync' AND delivered_at IS NULL`);
    if (Number(row?.count) === 0) break;
    if (performance.now() - started > 300_000) throw new Error(`Still ${row?.count} undelivered after 300 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const ms = performance.now() - started;
  expect(provider.confirmedMembers(providerListId).size).toBe(PEOPLE + DELIVERIES);
  report(`${DELIVERIES} deliveries: ${seconds(ms)} s (${Math.round(DELIVERIES / (ms / 1000))} changes/s)`);
  expect(ms).toBeLessThan(60_000);
});

it('p95 delay from API write to provider update at 50 changes/s', async () => {
  const total = RATE * STEADY_SECONDS;
  const people = await t.dataSource.query<{ id: string; email: string }[]>(
    `INSERT INTO people (first_name, last_name, email, consent_at, consent_source)
     SELECT 'Steady', 'Person ' || n, 'steady-' || n || '@members.example.org', now(), 'bench' FROM generate_series(1, $1::int) AS n RETURNING id, email`,
    [total],
  );
  const token = await t.tokenFor('coordinator');
  const sentAt = new Map<string, number>();
  const started = Date.now();
  const writes: Promise<unknown>[] = [];
  for (let index = 0; index < people.length; index += 1) {
    const person = people[index];
    if (!person) continue;
    const due = started + (index * 1000) / RATE;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    sentAt.set(person.email, Date.now());
    writes.push(
      request(t.http).post('/api/subscriptions').set('Authorization', `Bearer ${token}`).send({ personId: person.id, mailingListId: listId }).expect(201),
    );
  }
  await Promise.all(writes);
  const deadline = Date.now() + 60_000;
  const delays: number[] = [];
  for (;;) {
    delays.length = 0;
    for (const change of provider.applied) {
      const sent = sentAt.get(change.email);
      if (sent !== undefined && change.change === 'add') delays.push(change.at - sent);
    }
    if (delays.length >= total || Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  delays.sort((a, b) => a - b);
  const p = (q: number): number => delays[Math.min(delays.length - 1, Math.floor(q * delays.length))] ?? NaN;
  report(`steady ${RATE} changes/s for ${STEADY_SECONDS} s: ${delays.length}/${total} delivered, delay p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, max ${p(1)} ms`);
  expect(delays.length).toBe(total);
  expect(p(0.95)).toBeLessThan(2000);
});
