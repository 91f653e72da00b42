import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PasswordResetRequestService } from '../../api/src/auth/password-reset-request.service.js';
import { loadConfig } from '../../api/src/config/app-config.js';
import { ImportRunnerService } from '../../api/src/imports/import-runner.service.js';
import { createWorker } from '../../api/src/worker.factory.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * The worker loads only the feature modules it imports, and with them their
 * entities. This file boots it alone, without the API (whose modules would
 * bring every entity along in the same process), and runs its jobs' work:
 * a module the worker forgot to import fails here, not in production.
 */
describe('the worker on its own', () => {
  let database: TestDatabase;
  let worker: INestApplicationContext;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    worker = await createWorker(
      loadConfig({
        NODE_ENV: 'test',
        DATABASE_URL: database.url,
        REDIS_URL: database.redisUrl,
        QUEUE_PREFIX: database.name.replace(/_/g, '-'),
        JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
        LOG_LEVEL: 'error',
      }),
    );
    dataSource = worker.get<DataSource>(getDataSourceToken());
  });
  afterAll(async () => {
    await worker?.close();
    await database?.drop();
  });

  it('runs an import of people and sums it up in the audit trail', async () => {
    const content = Buffer.from('firstName,lastName,email\nLea,Roux,lea.roux@example.org\nAmadou,Diallo,amadou@example.org\n', 'utf8');
    const [{ id }]: Array<{ id: string }> = await dataSource.query(
      `INSERT INTO import_jobs (resource, dry_run, file_name, file_size) VALUES ('people', false, 'people.csv', $1) RETURNING id`,
      [content.length],
    );
    await dataSource.query(`INSERT INTO import_files (import_id, content) VALUES ($1, $2)`, [id, content]);

    expect(await worker.get(ImportRunnerService).run(id)).toBe('completed');

    const people: Array<{ email: string }> = await dataSource.query(`SELECT email FROM people ORDER BY email`);
    expect(people.map((person) => person.email)).toEqual(['amadou@example.org', 'lea.roux@example.org']);
    const summary: Array<{ entity_type: string }> = await dataSource.query(`SELECT entity_type FROM audit_entries WHERE entity_id = $1`, [id]);
    expect(summary).toEqual([{ entity_type: 'ImportJob' }]);
  });

  it('handles a forgotten password by queueing the reset e-mail', async () => {
    await dataSource.query(`INSERT INTO users (email, role, is_active, password_hash) VALUES ('forgetful@example.org', 'member', true, 'x')`);

    expect(await worker.get(PasswordResetRequestService).handle(randomUUID(), 'forgetful@example.org')).toBe('sent');

    const [{ queued }]: Array<{ queued: number }> = await dataSource.query(`SELECT count(*)::int AS queued FROM outbox_messages`);
    expect(queued).toBe(1);
  });
});
