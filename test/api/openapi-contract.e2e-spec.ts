import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { setUpCoalition, type Actor, type Coalition } from '../support/coalition.js';
import { documentPath, OpenApiValidator, type OpenApiDocument } from '../support/openapi-validator.js';
import { fillPath, walkRoutes, type RouteInfo } from '../support/routes.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ERROR_REF = '#/components/schemas/ErrorResponseDto';

describe('the OpenAPI document tells the truth', () => {
  let t: TestApp;
  let c: Coalition;
  let routes: RouteInfo[];
  let document: OpenApiDocument;
  let validator: OpenApiValidator;
  const seen = new Set<number>();
  const problems: string[] = [];

  const send = (route: RouteInfo, actor: Actor, path: string, body?: object | string): request.Test => {
    const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete';
    const call = request(t.http)[method](path).set(c.headers(actor));
    return body === undefined ? call : call.send(body);
  };

  const check = (route: RouteInfo, response: request.Response): void => {
    seen.add(response.status);
    const problem = validator.problemOf(route.method, route.path, response);
    if (problem) problems.push(problem);
  };

  /** A real id for each `:id` of a GET route: the first record its resource's list gives the admin. */
  const realPath = async (route: RouteInfo): Promise<string> => {
    const values: Record<string, string> = {};
    for (const param of route.params) {
      if (param === 'resource') {
        values[param] = 'people';
        continue;
      }
      if (param === 'iso3') {
        values[param] = 'AGO';
        continue;
      }
      if (param === 'table') {
        values[param] = 'actions';
        continue;
      }
      const listPath = route.path.slice(0, route.path.indexOf(`/:${param}`));
      const list = await request(t.http).get(listPath).set(c.headers('admin')).expect(200);
      const first = (list.body as Array<{ id: string }>)[0];
      if (!first) throw new Error(`${listPath} is empty: the test needs a record to read ${route.key}`);
      values[param] = first.id;
    }
    return fillPath(route, values);
  };

  beforeAll(async () => {
    t = await startTestApp();
    routes = walkRoutes(t.app);
    c = await setUpCoalition(t);
    document = (await request(t.http).get('/api/docs-json').expect(200)).body as OpenApiDocument;
    validator = new OpenApiValidator(document);
    await request(t.http).post('/api/working-groups').set(c.headers('coordinator')).send({ name: 'Right to water' }).expect(201);
    const [{ id: angolaId }] = await t.dataSource.query<Array<{ id: string }>>(`SELECT id FROM countries WHERE iso3 = 'AGO'`);
    await request(t.http)
      .post('/api/ratification-steps')
      .set(c.headers('coordinator'))
      .send({ countryId: angolaId, stage: 'cabinet_approval', date: '2026-02-10', status: 'done', source: 'Council of Ministers communiqué' })
      .expect(201);
    const authority = await request(t.http)
      .post('/api/authorities')
      .set(c.headers('coordinator'))
      .send({ countryId: angolaId, institution: 'foreign_affairs', postTitle: 'Minister of External Relations', holderName: 'A. Example' })
      .expect(201);
    // With a follow-up date, the action also gives the tasks list its first task.
    await request(t.http)
      .post('/api/lobbying-actions')
      .set(c.headers('coordinator'))
      .send({
        type: 'letter',
        countryId: angolaId,
        occurredOn: '2026-02-11',
        title: 'Letter on ratification',
        authorityIds: [(authority.body as { id: string }).id],
        followUpAt: '2026-03-11',
      })
      .expect(201);
    await request(t.http)
      .post('/api/imports')
      .set(c.headers('coordinator'))
      .field({ resource: 'people', dryRun: 'true' })
      .attach('file', Buffer.from('firstName,lastName,email\nAda,Okoro,ada@example.org\n', 'utf8'), { filename: 'people.csv', contentType: 'text/csv' })
      .expect(201);
    await request(t.http)
      .post('/api/testimonies/recorded')
      .set(c.headers('coordinator'))
      .send({ countryId: angolaId, rightsAffected: ['water'], text: 'The well was closed.', consentToPublish: false, anonymize: true })
      .expect(201);
    await request(t.http)
      .post('/api/message-templates')
      .set(c.headers('coordinator'))
      .send({ kind: 'social_post', language: 'en', name: 'Post', body: '{country}: {partiesCount} states are party to the OP-ICESCR.' })
      .expect(201);
    const list = await request(t.http)
      .post('/api/mailing-lists')
      .set(c.headers('coordinator'))
      .send({ name: 'Members (French)', key: 'members-fr', language: 'fr', audience: 'members' })
      .expect(201);
    const mailingListId = (list.body as { id: string }).id;
    await request(t.http)
      .post('/api/mailing-list-rules')
      .set(c.headers('coordinator'))
      .send({ mailingListId, audience: 'primary_contacts', language: 'fr' })
      .expect(201);
    await t.dataSource.query(`UPDATE people SET consent_at = now() WHERE id = $1`, [c.ids.personB]);
    await request(t.http).post('/api/subscriptions').set(c.headers('coordinator')).send({ personId: c.ids.personB, mailingListId }).expect(201);
    await request(t.http).post('/api/mailing/reconcile').set(c.headers('coordinator')).send({ mode: 'full' }).expect(202);
  });
  afterAll(() => t.close());
  beforeEach(() => {
    problems.length = 0;
  });

  it('documents the error answers of every route by its kind, each with the one error body', () => {
    const missing: string[] = [];
    for (const route of routes) {
      const operation = document.paths[documentPath(route.path)]?.[route.method.toLowerCase()];
      if (!operation) {
        missing.push(`${route.key} is not documented`);
        continue;
      }
      const expected = [
        ...(route.isPublic ? [] : ['401', '403']),
        ...(route.params.length > 0 ? ['404', '400'] : []),
        ...(route.isList ? ['400'] : []),
        ...(route.readsBody ? ['400', '413'] : []),
        ...(route.rateLimited ? ['429'] : []),
      ];
      for (const status of expected) {
        if (!Object.hasOwn(operation.responses, status)) missing.push(`${route.key} does not document ${status}`);
      }
      for (const [status, response] of Object.entries(operation.responses)) {
        const schema = response.content?.['application/json']?.schema as { $ref?: string } | undefined;
        if (/^4\d\d$/.test(status) && schema?.$ref !== ERROR_REF) missing.push(`${route.key} ${status} does not use ErrorResponseDto`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('describes the staff and member views of organizations so that each response matches exactly one', async () => {
    const staffView = validator.componentValidator('OrganizationResponseDto');
    const memberView = validator.componentValidator('OrganizationPublicResponseDto');
    const listRoute = routes.find((route) => route.key === 'GET /api/organizations');
    const getRoute = routes.find((route) => route.key === 'GET /api/organizations/:id');
    if (!listRoute || !getRoute) throw new Error('The organization routes are not registered');
    for (const [actor, matches] of [
      ['admin', staffView],
      ['steering', staffView],
      ['memberA', memberView],
    ] as const) {
      const list = await request(t.http).get('/api/organizations').query({ range: '[0,99]' }).set(c.headers(actor)).expect(200);
      const one = await request(t.http).get(`/api/organizations/${c.ids.orgB}`).set(c.headers(actor)).expect(200);
      check(listRoute, list);
      check(getRoute, one);
      const items = [...(list.body as object[]), one.body as object];
      expect(items.length).toBeGreaterThan(2);
      for (const item of items) {
        expect({ actor, staff: staffView(item), member: memberView(item) }).toEqual({ actor, staff: matches === staffView, member: matches === memberView });
      }
    }
    expect(problems).toEqual([]);
  });

  it('answers every GET route, for every role, with a documented status and body', async () => {
    const actors: Actor[] = ['anonymous', 'memberA', 'steering', 'coordinator', 'admin'];
    const reads = routes.filter((route) => route.method === 'GET' && !route.path.startsWith('/api/docs'));
    expect(reads.length).toBeGreaterThan(25);
    for (const route of reads) {
      const path = await realPath(route);
      for (const actor of actors) check(route, await send(route, actor, path));
      if (route.params.length > 0) {
        check(route, await send(route, 'admin', fillPath(route, Object.fromEntries(route.params.map((name) => [name, randomUUID()])))));
        check(route, await send(route, 'admin', fillPath(route, Object.fromEntries(route.params.map((name) => [name, 'not-a-uuid'])))));
      }
      if (route.isList) {
        check(route, await send(route, 'admin', path).query({ sort: '["noSuchField","ASC"]' }));
        check(route, await send(route, 'admin', path).query({ range: '[5,0]' }));
      }
    }
    expect(problems).toEqual([]);
    expect([...seen].sort()).toEqual(expect.arrayContaining([200, 400, 401, 403, 404]));
  });

  it('answers every write, for the admin and for a member, with a documented status and body', async () => {
    const writes = routes.filter((route) => route.method !== 'GET');
    expect(writes.length).toBeGreaterThan(25);
    for (const route of writes) {
      const path = fillPath(route, Object.fromEntries(route.params.map((name) => [name, randomUUID()])));
      for (const actor of ['memberA', 'admin'] as const) check(route, await send(route, actor, path, {}));
      if (route.readsBody) {
        check(route, await send(route, 'admin', path).set('Content-Type', 'application/json').send('{"name": '));
        check(route, await send(route, 'admin', path, { name: 'x'.repeat(200_000) }));
      }
    }
    expect(problems).toEqual([]);
    expect([...seen]).toEqual(expect.arrayContaining([400, 403, 404, 413]));
  });

  it('documents a conflict and a rate limit with the error body', async () => {
    const create = routes.find((route) => route.key === 'POST /api/working-groups');
    const forgot = routes.find((route) => route.key === 'POST /api/auth/forgot-password');
    if (!create || !forgot) throw new Error('The routes are not registered');
    check(create, await send(create, 'coordinator', '/api/working-groups', { name: 'Right to water' }));
    let limited: request.Response | undefined;
    for (let attempt = 0; attempt < 30 && !limited; attempt += 1) {
      const response = await send(forgot, 'anonymous', '/api/auth/forgot-password', { email: 'someone@example.org' });
      check(forgot, response);
      if (response.status === 429) limited = response;
    }
    expect(limited?.status).toBe(429);
    expect([...seen]).toEqual(expect.arrayContaining([409, 429]));
    expect(problems).toEqual([]);
  });
});
