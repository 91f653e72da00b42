import type { Server } from 'node:http';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import argon2 from 'argon2';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createApp } from '../../api/src/app.factory.js';
import { AppConfig, loadConfig } from '../../api/src/config/app-config.js';
import { User } from '../../api/src/users/user.entity.js';
import type { UserRole } from '../../api/src/users/user-role.contract.js';
import { createWorker } from '../../api/src/worker.factory.js';
import { createTestDatabase } from './test-database.js';

export const PASSWORD = 'a long test password 42';

export interface TestApp {
  app: NestExpressApplication;
  http: Server;
  config: AppConfig;
  dataSource: DataSource;
  /** The users created for each role, with PASSWORD as their password. */
  users: Record<UserRole, { id: string; email: string }>;
  tokenFor(role: UserRole): Promise<string>;
  /** Starts the worker (outbox relay + job processors) against the same database and Redis. */
  startWorker(): Promise<INestApplicationContext>;
  /** The environment of an API or worker process of its own (api/dist) on the same database and Redis. */
  processEnv(): Record<string, string>;
  close(): Promise<void>;
}

let passwordHash: Promise<string> | undefined;

const expiresAt = (token: string): number => {
  const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp?: unknown };
  return typeof claims.exp === 'number' ? claims.exp * 1000 : Number.POSITIVE_INFINITY;
};

/** A complete API on a database of its own (see createTestDatabase). */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: '5',
    REDIS_URL: database.redisUrl,
    QUEUE_PREFIX: database.name.replace(/_/g, '-'),
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
    LOG_LEVEL: 'error',
    RUN_MIGRATIONS: 'false',
    ...env,
  });
  const app = await createApp(config);
  await app.init();
  const dataSource = app.get<DataSource>(getDataSourceToken());

  passwordHash ??= argon2.hash(PASSWORD, { type: argon2.argon2id });
  const hash = await passwordHash;
  const roles: UserRole[] = ['admin', 'coordinator', 'steering', 'member'];
  const users = {} as TestApp['users'];
  for (const role of roles) {
    const saved = await dataSource.getRepository(User).save({ email: `${role}@test.example.org`, role, isActive: true, passwordHash: hash });
    users[role] = { id: saved.id, email: saved.email };
  }

  const http = app.getHttpServer();
  const tokens = new Map<UserRole, string>();
  const workers: INestApplicationContext[] = [];
  return {
    app,
    http,
    config,
    dataSource,
    users,
    async tokenFor(role) {
      const cached = tokens.get(role);
      // Access tokens live minutes (JWT_EXPIRES_IN): sign in again rather than hand out one about to expire.
      if (cached && expiresAt(cached) - Date.now() > 60_000) return cached;
      const response = await request(http).post('/api/auth/login').send({ email: users[role].email, password: PASSWORD }).expect(200);
      const token = (response.body as { accessToken: string }).accessToken;
      tokens.set(role, token);
      return token;
    },
    async startWorker() {
      const worker = await createWorker(config);
      workers.push(worker);
      return worker;
    },
    processEnv() {
      return {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'test',
        DATABASE_URL: config.DATABASE_URL,
        REDIS_URL: config.REDIS_URL,
        QUEUE_PREFIX: config.QUEUE_PREFIX,
        JWT_SECRET: config.JWT_SECRET,
        LOG_LEVEL: 'error',
        RUN_MIGRATIONS: 'false',
      };
    },
    async close() {
      for (const worker of workers) await worker.close();
      await app.close();
      await database.drop();
    },
  };
}
