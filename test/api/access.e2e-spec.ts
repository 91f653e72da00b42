import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { walkRoutes, type RouteInfo } from '../support/routes.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('default deny', () => {
  let t: TestApp;
  let routes: RouteInfo[];

  beforeAll(async () => {
    t = await startTestApp();
    routes = walkRoutes(t.app);
  });
  afterAll(() => t.close());

  it('finds the routes of every feature', () => {
    const paths = routes.map((route) => `${route.method} ${route.path}`);
    expect(paths).toEqual(expect.arrayContaining(['POST /api/auth/login', 'GET /api/users', 'GET /api/audit-entries', 'GET /api/health']));
  });

  it('has an explicit @Public() or @Roles(...) on every route', () => {
    const undeclared = routes.filter((route) => !route.isPublic && (!route.roles || route.roles.length === 0));
    expect(undeclared.map((route) => `${route.method} ${route.path}`)).toEqual([]);
  });

  it('answers 401 without a token on every route that is not public', async () => {
    const closed = routes.filter((route) => !route.isPublic);
    expect(closed.length).toBeGreaterThan(40);
    for (const route of closed) {
      const path = route.path.replace(/:(\w+)/g, '00000000-0000-4000-8000-000000000000');
      const response = await request(t.http)[route.method.toLowerCase() as 'get'](path).send({});
      expect({ route: `${route.method} ${route.path}`, status: response.status }).toEqual({ route: `${route.method} ${route.path}`, status: 401 });
    }
  });

  it('lists every route in the OpenAPI document', async () => {
    const response = await request(t.http).get('/api/docs-json').expect(200);
    const documented = new Set<string>();
    for (const [path, operations] of Object.entries(response.body.paths as Record<string, Record<string, unknown>>)) {
      for (const method of Object.keys(operations)) documented.add(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`);
    }
    const missing = routes.map((route) => `${route.method} ${route.path}`).filter((route) => !documented.has(route));
    expect(missing).toEqual([]);
  });

  it('serves the interactive API documentation', async () => {
    const response = await request(t.http).get('/api/docs').redirects(1).expect(200);
    expect(response.text).toContain('swagger');
  });
});

describe('health', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports the database and Redis as up, without logging in', async () => {
    const response = await request(t.http).get('/api/health').expect(200);
    expect(response.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, redis: { status: 'up' } } });
  });
});
