import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { setUpCoalition, type Coalition } from '../support/coalition.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The queues dashboard under /api/admin/queues, and the queue details of /api/health. */
describe('queues dashboard and health details', () => {
  let t: TestApp;
  let c: Coalition;
  let cookie: string;

  beforeAll(async () => {
    t = await startTestApp();
    c = await setUpCoalition(t);
    const opened = await request(t.http).post('/api/admin/queues-session').set(c.headers('admin')).expect(204);
    const setCookie = ([] as string[]).concat(opened.headers['set-cookie'] ?? []);
    const board = setCookie.find((line) => line.startsWith('queue_board='));
    expect(board).toMatch(/HttpOnly/i);
    expect(board).toMatch(/Path=\/api\/admin\/queues/);
    expect(board).toMatch(/SameSite=Strict/i);
    cookie = (board ?? '').split(';')[0] ?? '';
  });
  afterAll(async () => {
    await t?.close();
  });

  const paths = [
    '/api/admin/queues',
    '/api/admin/queues/api/queues?activeQueue=mailing-sync&page=1&jobsPerPage=10',
    '/api/admin/queues/static/favicon-32x32.png',
  ];

  it('answers 401 to anonymous callers, page, API and assets alike', async () => {
    for (const path of paths) await request(t.http).get(path).expect(401);
    await request(t.http).get('/api/admin/queues').set('Cookie', 'queue_board=forged.token.value').expect(401);
  });

  it('answers 403 to every role but admin, and does not give them the cookie', async () => {
    for (const actor of ['memberA', 'steering', 'coordinator'] as const) {
      for (const path of paths) await request(t.http).get(path).set(c.headers(actor)).expect(403);
      await request(t.http).post('/api/admin/queues-session').set(c.headers(actor)).expect(403);
    }
  });

  it('opens to an administrator with the cookie: the page, its API with the mailing queue, and its assets', async () => {
    const page = await request(t.http).get('/api/admin/queues').set('Cookie', cookie).expect(200);
    expect(page.text).toContain('<div id="root">');
    const api = await request(t.http).get('/api/admin/queues/api/queues?activeQueue=mailing-sync&page=1&jobsPerPage=10').set('Cookie', cookie).expect(200);
    const names = (api.body as { queues: { name: string }[] }).queues.map((queue) => queue.name);
    expect(names).toEqual(expect.arrayContaining(['mailing-sync', 'mailing-reconcile', 'email']));
    const script = /src="(static\/js\/main[^"]+)"/.exec(page.text)?.[1];
    expect(script).toBeDefined();
    await request(t.http)
      .get(`/api/admin/queues/${script ?? ''}`)
      .set('Cookie', cookie)
      .expect(200);
    await request(t.http)
      .get(`/api/admin/queues/${script ?? ''}`)
      .expect(401);
  });

  it('reports the outbox backlog and the queue depths in /api/health details', async () => {
    await t.dataSource.query(
      `INSERT INTO outbox_messages (queue, job_name, payload, created_at, person_id) VALUES ('mailing-sync', 'sync-person', '{}', now() - interval '90 seconds', $1)`,
      [c.ids.personA],
    );
    const health = await request(t.http).get('/api/health').expect(200);
    const details = (health.body as { details: Record<string, Record<string, unknown>> }).details;
    expect(details.outbox?.oldestPendingSeconds).toBeGreaterThanOrEqual(90);
    expect(details.outbox?.undelivered).toBeGreaterThanOrEqual(1);
    const depths = details.queues?.depths as Record<string, { waiting: number }>;
    expect(Object.keys(depths)).toEqual(expect.arrayContaining(['mailing-sync', 'mailing-reconcile']));
  });
});
