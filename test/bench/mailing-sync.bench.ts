import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import pg from 'pg';
import { ListmonkStandIn } from '../support/listmonk-stand-in.js';
import { freePort, stopChild } from '../support/processes.js';
import { PASSWORD, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The mailing sync against the Listmonk stand-in with 100,000 subscribed
 * people: a full reconcile, 10,000 queued deliveries, and the delay from an
 * API write to the provider's update at a steady 50 changes a second. Each
 * figure is printed beside a bare reference (plain fetch + pg doing the same
 * reads, or the stand-in's own answer time) where one makes sense.
 *
 * As in production, the API and the worker run as processes of their own
 * (api/dist, built by `npm run bench:sync`); this process holds the stand-in
 * and the driver, and uses the in-process test app only to seed the database.
 * BENCH_CPU_PROF=<dir> writes both processes' CPU profiles there.
 */

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 100_000);
const DELIVERIES = Number(process.env.BENCH_DELIVERIES ?? 10_000);
const RATE = 50;
const STEADY_SECONDS = Number(process.env.BENCH_STEADY_SECONDS ?? 20);
const DIST = join(process.cwd(), '..', 'api', 'dist', 'api', 'src');

let t: TestApp;
let provider: ListmonkStandIn;
let api: ChildProcess;
let worker: ChildProcess;
let apiUrl: string;
let token: string;
let listId: string;
let providerListId: number;
const seconds = (ms: number): string => (ms / 1000).toFixed(2);
const report = (line: string): void => console.log(`${line}  [load ${loadavg()[0]?.toFixed(2)}]`);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function startProcess(script: string, env: Record<string, string>): ChildProcess {
  const profile = process.env.BENCH_CPU_PROF;
  if (profile) mkdirSync(profile, { recursive: true });
  const flags = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
  return spawn(process.execPath, [...flags, join(DIST, script)], { env, stdio: ['ignore', 'ignore', 'inherit'] });
}

async function call<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(`${apiUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text === '' ? undefined : JSON.parse(text)) as T };
}

async function undeliveredCount(): Promise<number> {
  const [row] = await t.dataSource.query<{ count: string }[]>(`SELECT count(*) FROM outbox_messages WHERE queue = 'mailing-sync' AND delivered_at IS NULL`);
  return Number(row?.count ?? 0);
}

beforeAll(async () => {
  provider = new ListmonkStandIn();
  await provider.start();
  t = await startTestApp({ DATABASE_POOL_SIZE: '4' });
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

  const port = await freePort();
  apiUrl = `http://127.0.0.1:${port}`;
  const env: Record<string, string> = {
    ...t.processEnv(),
    ...provider.env(),
    DATABASE_POOL_SIZE: '10',
    MAILING_RECONCILE_EVERY_MINUTES: '0',
    MAILING_FULL_RECONCILE_CRON: '',
    MAILING_SYNC_CONCURRENCY: process.env.BENCH_CONCURRENCY ?? '8',
  };
  api = startProcess('main.js', { ...env, PORT: String(port), HOST: '127.0.0.1' });
  worker = startProcess('worker.js', env);
  for (let tries = 0; ; tries += 1) {
    const ready = await fetch(`${apiUrl}/api/health`).then(
      (response) => response.status < 500,
      () => false,
    );
    if (ready) break;
    if (tries > 300) throw new Error('The API process did not start');
    await sleep(200);
  }
  const login = await fetch(`${apiUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: t.users.coordinator.email, password: PASSWORD }),
  });
  expect(login.status).toBe(200);
  token = ((await login.json()) as { accessToken: string }).accessToken;
  report(
    `machine: ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 20)} MB RAM; API and worker in processes of their own`,
  );
  report(`people subscribed: ${PEOPLE}`);
}, 600_000);

afterAll(async () => {
  if (api) await stopChild(api);
  if (worker) await stopChild(worker);
  await t?.close();
  await provider?.stop();
});

it(`full reconcile of ${PEOPLE} members`, async () => {
  const started = performance.now();
  const queued = await call<{ id: string }>('POST', '/api/mailing/reconcile', { mode: 'full' });
  expect(queued.status).toBe(202);
  let run: { status: string; processed: number; changes: Record<string, number> };
  for (;;) {
    run = (await call<typeof run>('GET', `/api/mailing/reconcile/${queued.body.id}`)).body;
    if (run.status === 'done' || run.status === 'failed') break;
    await sleep(100);
  }
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
    const count = await undeliveredCount();
    if (count === 0) break;
    if (performance.now() - started > 600_000) throw new Error(`Still ${count} undelivered after 600 s`);
    await sleep(200);
  }
  const ms = performance.now() - started;
  expect(provider.confirmedMembers(providerListId).size).toBe(PEOPLE + DELIVERIES);
  const calls = [...provider.calls.entries()].filter(([route]) => !route.startsWith('GET /api/subscribers ')).map(([route, count]) => `${route} ×${count}`);
  report(`${DELIVERIES} deliveries: ${seconds(ms)} s (${Math.round(DELIVERIES / (ms / 1000))} changes/s); provider calls so far: ${calls.join(', ')}`);
  expect(ms).toBeLessThan(60_000);
});

it('p95 delay from API write to provider update at 50 changes/s', async () => {
  const total = RATE * STEADY_SECONDS;
  const people = await t.dataSource.query<{ id: string; email: string }[]>(
    `INSERT INTO people (first_name, last_name, email, consent_at, consent_source)
     SELECT 'Steady', 'Person ' || n, 'steady-' || n || '@members.example.org', now(), 'bench' FROM generate_series(1, $1::int) AS n RETURNING id, email`,
    [total],
  );
  const sentAt = new Map<string, number>();
  const answered: number[] = [];
  const started = Date.now();
  const writes: Promise<number>[] = [];
  for (let index = 0; index < people.length; index += 1) {
    const person = people[index];
    if (!person) continue;
    const wait = started + (index * 1000) / RATE - Date.now();
    if (wait > 0) await sleep(wait);
    const sent = Date.now();
    sentAt.set(person.email, sent);
    writes.push(
      call('POST', '/api/subscriptions', { personId: person.id, mailingListId: listId }).then((response) => {
        answered.push(Date.now() - sent);
        return response.status;
      }),
    );
  }
  const statuses = await Promise.all(writes);
  const sendingMs = Date.now() - started;
  expect(statuses.filter((status) => status !== 201)).toEqual([]);
  const deadline = Date.now() + 120_000;
  const delays: number[] = [];
  for (;;) {
    delays.length = 0;
    for (const change of provider.applied) {
      const sent = sentAt.get(change.email);
      if (sent !== undefined && change.change === 'add') delays.push(change.at - sent);
    }
    if (delays.length >= total || Date.now() > deadline) break;
    await sleep(200);
  }
  const percentile = (values: number[], q: number): number => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  };
  report(
    `steady ${RATE} changes/s for ${STEADY_SECONDS} s (writes sent in ${seconds(sendingMs)} s; API answer p50 ${percentile(answered, 0.5)} ms, p95 ${percentile(answered, 0.95)} ms): ` +
      `${delays.length}/${total} delivered, delay p50 ${percentile(delays, 0.5)} ms, p95 ${percentile(delays, 0.95)} ms, max ${percentile(delays, 1)} ms`,
  );
  expect(delays.length).toBe(total);
  expect(percentile(delays, 0.95)).toBeLessThan(2000);
});
