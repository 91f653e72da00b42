import 'reflect-metadata';
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NestExpressApplication } from '@nestjs/platform-express';
import argon2 from 'argon2';
import type { AutocannonOptions } from 'autocannon';
import pg from 'pg';
import { createApp } from '../app.factory.js';
import { repoRoot } from '../common/repo-paths.js';
import { loadConfig } from '../config/app-config.js';
import { canConnect, configuredServer, startEmbeddedPostgres, type PostgresServer } from '../launcher/postgres-server.js';
import { migrate } from '../launcher/prepare-database.js';
import { resolveRedis, type RedisServer } from '../launcher/redis-server.js';
import { startBareListServer, type BareListServer } from './bare-list-server.js';
import { loadListBenchData, ORGANIZATION_TERMS, PEOPLE_TERMS } from './list-bench-data.js';
import type { LoadResult } from './load-generator.js';

/**
 * `npm run bench:lists`: 100,000 organizations and 300,000 people (a fixed
 * seed) in a fresh database, the real API, and beside it a bare `http` +
 * `pg.Pool` server sending the same SQL (bare-list-server.ts). For each list
 * it checks that both answer the same rows, times single searches with no
 * other load, then alternates 50-connection runs of autocannon (in a child
 * process) on the API and on the bare server, cycling through several terms.
 *
 * BENCH_ORGANIZATIONS, BENCH_PEOPLE, BENCH_SECONDS (per run), BENCH_ROUNDS,
 * BENCH_CONNECTIONS change the sizes; DATABASE_URL / TEST_DATABASE_URL and
 * REDIS_URL choose the servers, as the tests do.
 */

const numberFrom = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number`);
  return value;
};

const SIZES = { organizations: numberFrom('BENCH_ORGANIZATIONS', 100_000), people: numberFrom('BENCH_PEOPLE', 300_000) };
const SECONDS = numberFrom('BENCH_SECONDS', 10);
const ROUNDS = numberFrom('BENCH_ROUNDS', 2);
const CONNECTIONS = numberFrom('BENCH_CONNECTIONS', 50);
const POOL_SIZE = 10;
const PASSWORD = 'a long benchmark password 42';

interface Scenario {
  name: string;
  terms: readonly string[];
  apiPath: (term: string) => string;
  barePath: (term: string) => string;
}

const SCENARIOS: Scenario[] = [
  {
    name: 'organizations',
    terms: ORGANIZATION_TERMS,
    apiPath: (q) => `/api/organizations?${new URLSearchParams({ filter: JSON.stringify({ q }), sort: '["name","ASC"]', range: '[0,24]' }).toString()}`,
    barePath: (q) => `/organizations?${new URLSearchParams({ q }).toString()}`,
  },
  {
    name: 'people',
    terms: PEOPLE_TERMS,
    apiPath: (q) => `/api/people?${new URLSearchParams({ filter: JSON.stringify({ q }), sort: '["lastName","ASC"]', range: '[0,24]' }).toString()}`,
    barePath: (q) => `/people?${new URLSearchParams({ q }).toString()}`,
  },
];

async function resolveServer(): Promise<PostgresServer> {
  const configured = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (configured) return configuredServer(configured);
  const local = 'postgres://postgres@127.0.0.1:5432/postgres';
  if (await canConnect(local)) return configuredServer(local, 'local');
  return startEmbeddedPostgres({ dataDir: join(repoRoot(), '.data/bench-postgres'), port: 54331, password: 'coalition-bench' });
}

async function adminQuery(server: PostgresServer, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: server.urlFor('postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** One load run in a child process, so that the load generator does not share the servers' event loop. */
function runLoad(options: AutocannonOptions): Promise<LoadResult> {
  const child = fork(join(fileURLToPath(new URL('.', import.meta.url)), 'load-generator.js'), { stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    child.once('message', (result) => resolve(result as LoadResult));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the load generator stopped with code ${code}`));
    });
    child.send(options);
  });
}

interface Page {
  ids: string[];
  contentRange: string;
}

async function fetchPage(url: string, headers: Record<string, string>): Promise<Page> {
  const response = await fetch(url, { headers });
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
  const body = (await response.json()) as Array<{ id: string }>;
  return { ids: body.map((row) => row.id), contentRange: response.headers.get('content-range') ?? '' };
}

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
const pad = (text: string | number, width: number): string => String(text).padStart(width);
const rate = (result: LoadResult): number => result.requests / result.seconds;
const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;

/** The median milliseconds of `times` sequential requests to each URL, after one warm-up pass. */
async function timeAlone(urls: readonly string[], headers: Record<string, string>, times: number): Promise<number[]> {
  for (const url of urls) await fetchPage(url, headers);
  const timings = urls.map((): number[] => []);
  for (let round = 0; round < times; round += 1) {
    for (const [index, url] of urls.entries()) {
      const started = performance.now();
      await fetchPage(url, headers);
      timings[index]?.push(performance.now() - started);
    }
  }
  return timings.map((values) =>
    percentile(
      [...values].sort((a, b) => a - b),
      50,
    ),
  );
}

/** Waits until no query of the benchmark's database is running: a run must not start while the last one's requests finish. */
async function waitForQuiet(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (let tries = 0; tries < 300; tries += 1) {
      const { rows } = await client.query<{ active: number }>(
        `SELECT count(*)::int AS active FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
      );
      if (rows[0]?.active === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await client.end();
  }
}

async function startApi(databaseUrl: string, redis: RedisServer): Promise<{ app: NestExpressApplication; base: string; token: string }> {
  const config = loadConfig({
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: String(POOL_SIZE),
    REDIS_URL: redis.url,
    QUEUE_PREFIX: `bench-${randomBytes(3).toString('hex')}`,
    JWT_SECRET: randomBytes(32).toString('base64url'),
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
    RUN_MIGRATIONS: 'false',
  });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  const email = 'bench-coordinator@example.org';
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`INSERT INTO users (email, role, is_active, password_hash) VALUES ($1, 'coordinator', true, $2)`, [
      email,
      await argon2.hash(PASSWORD, { type: argon2.argon2id }),
    ]);
  } finally {
    await client.end();
  }
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!login.ok) throw new Error(`login answered ${login.status}: ${await login.text()}`);
  const { accessToken } = (await login.json()) as { accessToken: string };
  return { app, base, token: accessToken };
}

interface Measured {
  scenario: string;
  api: LoadResult[];
  bare: LoadResult[];
  /** Per term: its Content-Range and the median milliseconds of a request alone to the API and to the bare server. */
  alone: Array<{ term: string; contentRange: string; api: number; bare: number }>;
}

async function measure(scenario: Scenario, api: { base: string; token: string }, bare: BareListServer, databaseUrl: string): Promise<Measured> {
  const auth = { Authorization: `Bearer ${api.token}` };
  const bareBase = `http://127.0.0.1:${bare.port}`;
  const ranges: string[] = [];
  for (const term of scenario.terms) {
    const [fromApi, fromBare] = await Promise.all([
      fetchPage(`${api.base}${scenario.apiPath(term)}`, auth),
      fetchPage(`${bareBase}${scenario.barePath(term)}`, {}),
    ]);
    if (fromApi.ids.length === 0) throw new Error(`${scenario.name}: "${term}" finds nothing; choose terms that find rows`);
    if (fromApi.ids.join() !== fromBare.ids.join() || fromApi.contentRange !== fromBare.contentRange) {
      throw new Error(`${scenario.name}: "${term}" gives different pages: API ${fromApi.contentRange}, bare ${fromBare.contentRange}`);
    }
    ranges.push(fromApi.contentRange);
  }
  const aloneApi = await timeAlone(
    scenario.terms.map((term) => `${api.base}${scenario.apiPath(term)}`),
    auth,
    5,
  );
  const aloneBare = await timeAlone(
    scenario.terms.map((term) => `${bareBase}${scenario.barePath(term)}`),
    {},
    5,
  );
  const alone = scenario.terms.map((term, index) => ({ term, contentRange: ranges[index] ?? '', api: aloneApi[index] ?? 0, bare: aloneBare[index] ?? 0 }));

  const load = async (url: string, headers: Record<string, string>, paths: string[], duration: number): Promise<LoadResult> => {
    await waitForQuiet(databaseUrl);
    return runLoad({ url, connections: CONNECTIONS, duration, headers, requests: paths.map((path) => ({ method: 'GET', path })) });
  };
  const apiPaths = scenario.terms.map(scenario.apiPath);
  const barePaths = scenario.terms.map(scenario.barePath);
  await load(api.base, auth, apiPaths, 2);
  await load(bareBase, {}, barePaths, 2);
  const measured: Measured = { scenario: scenario.name, api: [], bare: [], alone };
  for (let round = 0; round < ROUNDS; round += 1) {
    measured.api.push(await load(api.base, auth, apiPaths, SECONDS));
    measured.bare.push(await load(bareBase, {}, barePaths, SECONDS));
    console.log(
      `  ${scenario.name} round ${round + 1}: API ${rate(measured.api[round]).toFixed(0)} req/s, bare ${rate(measured.bare[round]).toFixed(0)} req/s`,
    );
  }
  return measured;
}

function report(results: Measured[]): boolean {
  let failed = false;
  console.log(
    `\n${'list'.padEnd(14)} ${'server'.padEnd(6)} ${pad('req/s', 8)} ${pad('p50 ms', 7)} ${pad('p99 ms', 7)}   (mean of ${ROUNDS} runs of ${SECONDS} s, ${CONNECTIONS} connections)`,
  );
  for (const result of results) {
    for (const [server, runs] of [
      ['API', result.api],
      ['bare', result.bare],
    ] as const) {
      console.log(
        `${result.scenario.padEnd(14)} ${server.padEnd(6)} ${pad(mean(runs.map(rate)).toFixed(0), 8)} ${pad(mean(runs.map((run) => run.p50)).toFixed(1), 7)} ${pad(mean(runs.map((run) => run.p99)).toFixed(1), 7)}`,
      );
      if (runs.some((run) => run.failed > 0)) {
        console.error(`${result.scenario} ${server}: ${runs.reduce((sum, run) => sum + run.failed, 0)} requests failed or timed out`);
        failed = true;
      }
    }
  }
  for (const result of results) {
    const throughput = mean(result.api.map(rate)) / mean(result.bare.map(rate));
    const tail = mean(result.api.map((run) => run.p99)) / mean(result.bare.map((run) => run.p99));
    console.log(
      `${result.scenario}: API/bare ${(throughput * 100).toFixed(0)}% of the requests per second (target ≥ 70%), p99 ${tail.toFixed(2)}× (target ≤ 1.5×)`,
    );
  }
  console.log(`\na search alone (median of 5, no other load; target ≤ 50 ms):`);
  for (const result of results) {
    for (const { term, contentRange, api, bare } of result.alone) {
      console.log(
        `${result.scenario.padEnd(14)} ${`"${term}"`.padEnd(16)} ${contentRange.padEnd(30)} API ${pad(api.toFixed(1), 6)} ms   bare ${pad(bare.toFixed(1), 6)} ms`,
      );
    }
    const medians = [...result.alone.map((entry) => entry.api)].sort((a, b) => a - b);
    console.log(
      `${result.scenario.padEnd(14)} all terms: API median ${percentile(medians, 50).toFixed(1)} ms, slowest ${(medians.at(-1) ?? 0).toFixed(1)} ms\n`,
    );
  }
  return !failed;
}

async function main(): Promise<void> {
  const server = await resolveServer();
  const redis = await resolveRedis({
    configuredUrl: process.env.TEST_REDIS_URL ?? process.env.REDIS_URL,
    dataDir: join(repoRoot(), '.data/bench-redis'),
    port: 6382,
    persistent: false,
  });
  const database = `coalition_bench_lists_${randomBytes(4).toString('hex')}`;
  let api: NestExpressApplication | undefined;
  let bare: BareListServer | undefined;
  try {
    await adminQuery(server, `CREATE DATABASE ${database}`);
    const url = server.urlFor(database);
    await migrate(url);
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    const started = performance.now();
    try {
      await loadListBenchData(pool, SIZES);
    } finally {
      await pool.end();
    }
    const version = await (async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query<{ version: string }>(`SELECT current_setting('server_version') AS version`)).rows[0]?.version ?? 'unknown';
      } finally {
        await client.end();
      }
    })();
    console.log(
      `machine: ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node.js ${process.versions.node}`,
    );
    console.log(`postgresql: ${server.kind} server, version ${version}; redis: ${redis.kind}`);
    console.log(
      `data: ${SIZES.organizations.toLocaleString('en-US')} organizations, ${SIZES.people.toLocaleString('en-US')} people, loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    const running = await startApi(url, redis);
    api = running.app;
    bare = await startBareListServer(url, POOL_SIZE);
    const results: Measured[] = [];
    for (const scenario of SCENARIOS) results.push(await measure(scenario, running, bare, url));
    if (!report(results)) process.exitCode = 1;
  } finally {
    // Each step of the clean-up runs whatever happened to the one before.
    await api?.close().catch((error: unknown) => console.error('closing the API:', error));
    await bare?.close().catch((error: unknown) => console.error('closing the bare server:', error));
    await adminQuery(server, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
    await redis.stop();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error('The list benchmark failed:', error);
  process.exit(1);
});
