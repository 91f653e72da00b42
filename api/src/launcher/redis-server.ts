import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { Redis } from 'ioredis';

export interface RedisServer {
  kind: 'configured' | 'local' | 'started';
  url: string;
  stop(): Promise<void>;
}

/** True when a Redis at the URL answers PING within a second. */
export async function redisAnswers(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/** Whether an executable is on PATH. */
export function onPath(command: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = spawn(command, ['--version'], { stdio: 'ignore' });
    probe.on('error', () => resolve(false));
    probe.on('exit', (code) => resolve(code === 0));
  });
}

export class MissingRedisError extends Error {
  constructor() {
    super(
      [
        'Coalition CRM needs Redis, and none was found:',
        '  - REDIS_URL is not set,',
        '  - nothing answers on redis://127.0.0.1:6379,',
        '  - and there is no redis-server on PATH to start.',
        'Install Redis (Debian/Ubuntu: sudo apt-get install redis-server; macOS: brew install redis)',
        'or set REDIS_URL=redis://host:6379 to use a Redis you already run.',
      ].join('\n'),
    );
    this.name = 'MissingRedisError';
  }
}

export interface ResolveRedisOptions {
  configuredUrl?: string;
  dataDir: string;
  port: number;
  /** Keep data on disk (the launcher) or not (tests). */
  persistent: boolean;
}

/** REDIS_URL if set; else a Redis on 127.0.0.1:6379; else a redis-server started from PATH. */
export async function resolveRedis(options: ResolveRedisOptions): Promise<RedisServer> {
  if (options.configuredUrl) return { kind: 'configured', url: options.configuredUrl, stop: async () => undefined };
  const local = 'redis://127.0.0.1:6379';
  if (await redisAnswers(local)) return { kind: 'local', url: local, stop: async () => undefined };
  const started = `redis://127.0.0.1:${options.port}`;
  if (await redisAnswers(started)) return { kind: 'local', url: started, stop: async () => undefined };
  if (!(await onPath('redis-server'))) throw new MissingRedisError();
  mkdirSync(options.dataDir, { recursive: true });
  const persistence = options.persistent ? ['--appendonly', 'yes', '--save', '60 1'] : ['--appendonly', 'no', '--save', ''];
  const child = spawn('redis-server', ['--port', String(options.port), '--bind', '127.0.0.1', '--dir', options.dataDir, ...persistence], {
    stdio: 'ignore',
  });
  await waitFor(() => redisAnswers(started), 10_000, 'redis-server did not answer within 10 s');
  return { kind: 'started', url: started, stop: () => stopChild(child) };
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, message: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(message);
}

export function stopChild(child: ChildProcess, timeoutMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
