import { randomBytes } from 'node:crypto';
import pg from 'pg';

interface TestInfra {
  runId: string;
  template: string;
  serverUrl: string;
  redisUrl: string;
}

export interface TestDatabase {
  /** The database's name, unique to this run and file. */
  name: string;
  url: string;
  redisUrl: string;
  drop(): Promise<void>;
}

function infra(): TestInfra {
  const raw = process.env.COALITION_TEST_INFRA;
  if (!raw) throw new Error('The test servers are not set up: run the suites through test/jest.config.mjs');
  return JSON.parse(raw) as TestInfra;
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A database of its own, copied from the migrated template: test files never
 * see each other's data and may run in parallel. Imports nothing of the API,
 * so a test may boot only the part of it that it checks (e.g. the worker).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const { runId, template, serverUrl, redisUrl } = infra();
  const name = `${runId}_${randomBytes(4).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), redisUrl, drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
