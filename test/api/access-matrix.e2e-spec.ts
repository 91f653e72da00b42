import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { ACCESS_POLICY, policyOf, type Outcome, type Probe } from '../support/access-policy.js';
import { ACTORS, setUpCoalition, type Actor, type Coalition, type RecordName } from '../support/coalition.js';
import { fillPath, walkRoutes, type RouteInfo } from '../support/routes.js';
import { PASSWORD, startTestApp, type TestApp } from '../support/test-app.js';

const POLICY_FILE = 'test/support/access-policy.ts';

describe('route × role access matrix', () => {
  let t: TestApp;
  let c: Coalition;
  let routes: RouteInfo[];

  beforeAll(async () => {
    // The matrix logs in and calls the public routes many times: the rate limits are not what it tests.
    t = await startTestApp({ LOGIN_LIMIT_PER_IP: '100000', LOGIN_LIMIT_PER_EMAIL: '100000' });
    routes = walkRoutes(t.app);
    c = await setUpCoalition(t);
  });
  afterAll(() => t.close());

  const call = (route: RouteInfo, actor: Actor, path: string, body: object): Promise<request.Response> => {
    const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete' | 'patch';
    const agent = request(t.http);
    return agent[method](path)
      .set(policyOf(route.key)?.probe?.withoutToken ? {} : c.headers(actor))
      .send(body);
  };

  const pathFor = async (route: RouteInfo, named: Readonly<Record<string, RecordName>> = {}): Promise<string> => {
    const values: Record<string, string> = {};
    for (const param of route.params) values[param] = Object.hasOwn(named, param) ? await c.record(named[param]) : randomUUID();
    return fillPath(route, values);
  };

  const bodyFor = (probe: Probe | undefined): object => probe?.body?.(c.emails, PASSWORD) ?? {};

  it('finds the routes of every feature', () => {
    expect(routes.length).toBeGreaterThan(50);
    expect(routes.map((route) => route.key)).toEqual(expect.arrayContaining(['POST /api/auth/login', 'GET /api/organizations/:id', 'DELETE /api/users/:id']));
  });

  it('has a policy row for every registered route', () => {
    const missing = routes
      .filter((route) => !policyOf(route.key))
      .map((route) => `${route.key} has no row in ${POLICY_FILE}: add one naming the actors that may call it`);
    expect(missing).toEqual([]);
  });

  it('has no policy row for a route that does not exist', () => {
    const registered = new Set(routes.map((route) => route.key));
    const stale = Object.keys(ACCESS_POLICY)
      .filter((key) => !registered.has(key))
      .map((key) => `${key} is in ${POLICY_FILE} but no such route is registered: remove or rename the row`);
    expect(stale).toEqual([]);
  });

  it('lets exactly the allowed actors past the access layer of every route', async () => {
    const problems: string[] = [];
    let probes = 0;
    for (const route of routes) {
      const policy = policyOf(route.key);
      if (!policy) continue;
      for (const actor of ACTORS) {
        const response = await call(route, actor, await pathFor(route, policy.probe?.params), bodyFor(policy.probe));
        probes += 1;
        const refused = response.status === 403 || (response.status === 401 && !policy.probe?.answers401Itself);
        if (policy.allow.includes(actor)) {
          if (refused || response.status >= 500) problems.push(`${route.key}: ${actor} is allowed by the policy but got ${response.status}`);
          continue;
        }
        const expected = actor === 'anonymous' ? 401 : 403;
        if (response.status !== expected) problems.push(`${route.key}: ${actor} is denied by the policy but got ${response.status} (expected ${expected})`);
      }
    }
    expect(probes).toBe(routes.length * ACTORS.length);
    expect(problems).toEqual([]);
  }, 300_000);

  it('gives each actor what the policy says of real records of organizations A and B', async () => {
    const problems: string[] = [];
    let checks = 0;
    const privateData = [c.emails.memberB, 'office@b.example.org', 'office@a.example.org', '+41 22 000 00 0'];
    const matches = (outcome: Outcome, actor: Actor, response: request.Response): boolean => {
      switch (outcome) {
        case 'reach':
          return response.status >= 200 && response.status < 300;
        case 'public-view': {
          const text = JSON.stringify(response.body);
          const body = response.body as Record<string, unknown>;
          return (
            response.status === 200 && !Object.hasOwn(body, 'email') && !Object.hasOwn(body, 'phone') && !privateData.some((value) => text.includes(value))
          );
        }
        case 'hidden':
          return response.status === 404;
        case 'refused':
          return response.status === (actor === 'anonymous' ? 401 : 403);
      }
    };
    for (const route of routes) {
      for (const rule of policyOf(route.key)?.records ?? []) {
        const path = await pathFor(route, rule.params);
        for (const actor of ACTORS) {
          const response = await call(route, actor, path, {});
          checks += 1;
          const outcome = rule.outcomes[actor];
          if (!matches(outcome, actor, response)) {
            problems.push(`${route.key} on ${Object.values(rule.params).join(', ')}: ${actor} should get "${outcome}" but got ${response.status}`);
          }
        }
      }
    }
    expect(checks).toBeGreaterThan(ACTORS.length * 10);
    expect(problems).toEqual([]);
  });

  it("serves each member the own organization's record, not the other's, at /api/me/organization", async () => {
    const own = async (actor: Actor): Promise<string> =>
      ((await request(t.http).get('/api/me/organization').set(c.headers(actor)).expect(200)).body as { id: string }).id;
    expect(await own('memberA')).toBe(c.ids.orgA);
    expect(await own('memberB')).toBe(c.ids.orgB);
  });

  it("leaves organization B untouched when member A sends B's id to the self-service route", async () => {
    const before = (await request(t.http).get(`/api/organizations/${c.ids.orgB}`).set(c.headers('admin')).expect(200)).body as Record<string, unknown>;
    const response = await request(t.http)
      .put('/api/me/organization')
      .set(c.headers('memberA'))
      .send({ id: c.ids.orgB, description: 'Written by member A' })
      .expect(200);
    expect(response.body).toMatchObject({ id: c.ids.orgA, description: 'Written by member A' });
    const after = (await request(t.http).get(`/api/organizations/${c.ids.orgB}`).set(c.headers('admin')).expect(200)).body as Record<string, unknown>;
    expect(after).toEqual(before);
  });
});
