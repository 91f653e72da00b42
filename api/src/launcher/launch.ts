import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../common/repo-paths.js';
import { ConfigError, loadConfig } from '../config/app-config.js';
import { seedDemoDatabase } from '../demo-data/seed-demo-data.js';
import { configuredServer, ensureDatabase, startEmbeddedPostgres, type PostgresServer } from './postgres-server.js';
import { ensureInitialAdmin, migrate } from './prepare-database.js';
import { MissingRedisError, resolveRedis, stopChild, waitFor, type RedisServer } from './redis-server.js';
import { loadOrCreateSecrets } from './secrets.js';

const say = (line: string): void => console.log(`[coalition] ${line}`);

/**
 * `npm start`: everything a laptop needs in one process tree. Uses DATABASE_URL
 * and REDIS_URL when set; otherwise runs an embedded PostgreSQL and finds or
 * starts a Redis, all with data under .data/. Then migrates, creates the first
 * admin, and runs the API and the worker until Ctrl-C.
 */
async function launch(dev: boolean): Promise<void> {
  const root = repoRoot();
  const dataDir = process.env.DATA_DIR ?? join(root, '.data');
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  const secrets = loadOrCreateSecrets(dataDir);
  const cleanups: Array<() => Promise<void>> = [];
  const children: ChildProcess[] = [];
  let stopping = false;

  const shutdown = async (code: number): Promise<never> => {
    if (stopping) return new Promise<never>(() => undefined);
    stopping = true;
    say('stopping…');
    await Promise.all(children.map((child) => stopChild(child)));
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    say('stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  let database: PostgresServer;
  let databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    database = configuredServer(databaseUrl);
    say('using the PostgreSQL of DATABASE_URL');
  } else {
    const port = Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329);
    say(`starting the embedded PostgreSQL on 127.0.0.1:${port} (data in ${join(dataDir, 'postgres')})`);
    database = await startEmbeddedPostgres({ dataDir: join(dataDir, 'postgres'), port, password: secrets.postgresPassword });
    cleanups.push(() => database.stop());
    await ensureDatabase(database, 'coalition');
    databaseUrl = database.urlFor('coalition');
  }

  let redis: RedisServer;
  try {
    redis = await resolveRedis({
      configuredUrl: process.env.REDIS_URL,
      dataDir: join(dataDir, 'redis'),
      port: Number(process.env.EMBEDDED_REDIS_PORT ?? 6380),
      persistent: true,
    });
  } catch (error) {
    if (error instanceof MissingRedisError) console.error(error.message);
    else throw error;
    return shutdown(1);
  }
  cleanups.push(() => redis.stop());
  say(`using Redis at ${redis.url} (${redis.kind})`);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redis.url,
    JWT_SECRET: process.env.JWT_SECRET ?? secrets.jwtSecret,
    NODE_ENV: process.env.NODE_ENV ?? (dev ? 'development' : 'production'),
    RUN_MIGRATIONS: 'false',
    // The UI's dev server forwards /api to this process.
    API_PROXY_TARGET: process.env.API_PROXY_TARGET ?? `http://localhost:${process.env.PORT ?? 3000}`,
  };
  const config = loadConfig(env);

  const applied = await migrate(config.DATABASE_URL);
  if (applied.length > 0) say(`applied ${applied.length} migration(s)`);
  const admin = await ensureInitialAdmin(config.DATABASE_URL, process.env.ADMIN_EMAIL ?? 'admin@example.org', process.env.ADMIN_PASSWORD);
  if (admin) {
    say(`created the first admin: ${admin.email}`);
    if (admin.generatedPassword) {
      say(`its generated password, shown this once: ${admin.generatedPassword}`);
      say('(set ADMIN_EMAIL and ADMIN_PASSWORD before the first start to choose them)');
    }
  }
  if (process.env.SEED_DEMO !== 'false') {
    const demo = await seedDemoDatabase(config.DATABASE_URL);
    if (demo.seeded) {
      say(
        `seeded demo data: ${demo.organizations} organizations in ${demo.countries} countries, ${demo.people} people, ${demo.affiliations} affiliations, ` +
          `${demo.applications} membership applications (set SEED_DEMO=false to start empty)`,
      );
    }
  }

  const dist = join(root, 'api', 'dist', 'api', 'src');
  const watch = dev ? ['--watch'] : [];
  const run = (name: string, args: string[], cwd = root): ChildProcess => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: 'inherit' });
    child.on('exit', (code, signal) => {
      if (stopping) return;
      console.error(`[coalition] ${name} stopped unexpectedly (${signal ?? `exit ${code}`})`);
      void shutdown(1);
    });
    children.push(child);
    return child;
  };
  if (dev) {
    run('typescript', [
      join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
      '-p',
      join(root, 'api', 'tsconfig.build.json'),
      '--watch',
      '--preserveWatchOutput',
    ]);
    run('vite', [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), '--port', '5173'], join(root, 'admin-ui'));
  }
  run('api', [...watch, join(dist, 'main.js')]);
  run('worker', [...watch, join(dist, 'worker.js')]);

  const url = `http://localhost:${config.PORT}`;
  await waitFor(async () => (await fetch(`${url}/api/health`).catch(() => undefined))?.ok === true, 60_000, 'The API did not become healthy within 60 s');
  say(`Coalition CRM is running at ${url}  (API docs: ${url}/api/docs)${dev ? '; UI with hot reload at http://localhost:5173' : ''}`);
  say('press Ctrl-C to stop');
}

launch(process.argv.includes('--dev')).catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
