// Finds the servers the tests use, in the launcher's order (environment, then
// local servers, then embedded ones), and builds a template database from the
// migrations that every test file copies into a fresh database of its own.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

const root = new URL('../../', import.meta.url).pathname;
const dist = join(root, 'api/dist/api/src');

export default async function globalSetup() {
  if (!existsSync(join(dist, 'launcher/postgres-server.js'))) {
    throw new Error('The API is not built: run the tests with `npm test` (it builds first) or run `npm run build`.');
  }
  const { canConnect, configuredServer, startEmbeddedPostgres } = await import(join(dist, 'launcher/postgres-server.js'));
  const { resolveRedis } = await import(join(dist, 'launcher/redis-server.js'));
  const { migrate } = await import(join(dist, 'launcher/prepare-database.js'));

  let server;
  const configured = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  const local = 'postgres://postgres@127.0.0.1:5432/postgres';
  if (configured) server = configuredServer(configured);
  else if (await canConnect(local)) server = configuredServer(local, 'local');
  else {
    server = await startEmbeddedPostgres({ dataDir: join(root, '.data/test-postgres'), port: 54330, password: 'coalition-tests' });
  }
  const redis = await resolveRedis({
    configuredUrl: process.env.TEST_REDIS_URL ?? process.env.REDIS_URL,
    dataDir: join(root, '.data/test-redis'),
    port: 6381,
    persistent: false,
  });

  const runId = `ct${randomBytes(3).toString('hex')}`;
  const template = `${runId}_template`;
  const admin = new pg.Client({ connectionString: server.urlFor('postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();
  await migrate(server.urlFor(template));

  globalThis.__coalitionServers = { server, redis };
  process.env.COALITION_TEST_INFRA = JSON.stringify({
    runId,
    template,
    serverUrl: server.urlFor('postgres'),
    redisUrl: redis.url,
  });
  console.log(`\n[tests] PostgreSQL: ${server.kind}, Redis: ${redis.kind}, template database ${template}`);
}
