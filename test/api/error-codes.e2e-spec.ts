import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { isErrorCode, RULE_ERRORS, type RuleErrorCode } from '../../api/src/common/error-code.contract.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/**
 * Every error answer carries a stable code (and the values its message names)
 * beside the English message, so that clients word it in their own language;
 * no answer names a record by its id.
 */
describe('stable error codes', () => {
  let t: TestApp;
  let coordinator: [string, string];

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = ['Authorization', `Bearer ${await t.tokenFor('coordinator')}`];
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists each invalid field of a body with its code and limit', async () => {
    const response = await request(t.http)
      .post('/api/people')
      .set(...coordinator)
      .send({ firstName: 'x'.repeat(500), lastName: 'Torres', email: 'not-an-address', secret: 1 })
      .expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, code: 'validation_failed' });
    const errors = response.body.errors as Array<{ field: string; code: string; params?: Record<string, unknown>; message: string }>;
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'email', code: 'not_email' }),
        expect.objectContaining({ field: 'firstName', code: 'too_long', params: { limit: expect.any(Number) } }),
        expect.objectContaining({ field: 'secret', code: 'unknown_field' }),
      ]),
    );
    // The English messages stay, one per failure, as before.
    expect(response.body.message).toEqual(errors.map((error) => error.message));
  });

  it('names the person who already has an e-mail address by name and address, never by id', async () => {
    const diego = await request(t.http)
      .post('/api/people')
      .set(...coordinator)
      .send({ firstName: 'Diego', lastName: 'Torres Mamani', email: 'diego@example.org' })
      .expect(201);
    const response = await request(t.http)
      .post('/api/people')
      .set(...coordinator)
      .send({ firstName: 'Diego', lastName: 'Torres', email: 'diego@example.org' })
      .expect(409);
    expect(response.body).toMatchObject({
      code: 'email_taken',
      params: { name: 'Diego Torres Mamani', email: 'diego@example.org' },
      field: 'email',
      message: 'Diego Torres Mamani already has the e-mail diego@example.org',
    });
    expect(JSON.stringify(response.body)).not.toContain(diego.body.id as string);
    expect(JSON.stringify(response.body)).not.toMatch(UUID);
  });

  it('gives a refused membership transition its code and both statuses', async () => {
    const organization = await request(t.http)
      .post('/api/organizations')
      .set(...coordinator)
      .send({ name: 'Red de Vivienda Digna', type: 'ngo', membershipStatus: 'active' })
      .expect(201);
    const response = await request(t.http)
      .put(`/api/organizations/${organization.body.id as string}`)
      .set(...coordinator)
      .send({ ...organization.body, membershipStatus: 'applicant' })
      .expect(409);
    expect(response.body).toMatchObject({ code: 'membership_transition', params: { from: 'active', to: 'applicant' }, field: 'membershipStatus' });
  });

  it('gives the general failures a code by their kind, and refusals of access the rule that refused', async () => {
    const badSort = await request(t.http)
      .get('/api/organizations')
      .query({ sort: JSON.stringify(['secret', 'ASC']) })
      .set(...coordinator)
      .expect(400);
    expect(badSort.body).toMatchObject({ code: 'bad_list_query', params: { field: 'sort' }, field: 'sort' });
    const missing = await request(t.http)
      .get('/api/organizations/00000000-0000-4000-8000-000000000000')
      .set(...coordinator)
      .expect(404);
    expect(missing.body).toMatchObject({ code: 'record_not_found', params: { resource: 'organizations' } });
    const noRoute = await request(t.http)
      .get('/api/no-such-route')
      .set(...coordinator)
      .expect(404);
    expect(noRoute.body.code).toBe('not_found');
    const anonymous = await request(t.http).get('/api/organizations').expect(401);
    expect(anonymous.body.code).toBe('sign_in_required');
    const member = await request(t.http)
      .get('/api/users')
      .set('Authorization', `Bearer ${await t.tokenFor('member')}`)
      .expect(403);
    expect(member.body).toMatchObject({ code: 'role_not_allowed', params: { role: 'member' } });
    const json = await request(t.http)
      .post('/api/people')
      .set(...coordinator)
      .set('Content-Type', 'application/json')
      .send('{"firstName":')
      .expect(400);
    expect(json.body.code).toBe('invalid_json');
    for (const body of [badSort.body, missing.body, noRoute.body, anonymous.body, member.body, json.body]) expect(isErrorCode(body.code)).toBe(true);
  });

  /**
   * A broad set of refusals across features, each provoked as a user would
   * (or a careless client): every answer has the code of its rule (not just
   * the kind of failure), the parameters that code declares, and no record id.
   */
  describe('a sweep of domain refusals', () => {
    const RANDOM_ID = 'c0ffee00-0000-4000-8000-00000000beef';
    type Provoke = () => Promise<request.Response>;
    let admin: [string, string];
    let organizationId: string;
    let personId: string;
    let countryId: string;

    beforeAll(async () => {
      admin = ['Authorization', `Bearer ${await t.tokenFor('admin')}`];
      const organization = await request(t.http)
        .post('/api/organizations')
        .set(...coordinator)
        .send({ name: 'Sweep Alliance', type: 'network' })
        .expect(201);
      organizationId = organization.body.id as string;
      const person = await request(t.http)
        .post('/api/people')
        .set(...coordinator)
        .send({ firstName: 'Amina', lastName: 'Diallo', email: 'amina.sweep@example.org' })
        .expect(201);
      personId = person.body.id as string;
      const countries = await request(t.http)
        .get('/api/countries')
        .query({ filter: JSON.stringify({ q: 'Kenya' }) })
        .set(...coordinator)
        .expect(200);
      countryId = (countries.body as Array<{ id: string }>)[0].id;
      await request(t.http)
        .post('/api/affiliations')
        .set(...coordinator)
        .send({ personId, organizationId })
        .expect(201);
      await request(t.http)
        .post('/api/working-groups')
        .set(...coordinator)
        .send({ name: 'Right to food' })
        .expect(201);
    });

    const cases: Array<[string, number, string, Record<string, unknown>, Provoke]> = [
      [
        'a missing person',
        404,
        'record_not_found',
        { resource: 'people' },
        () =>
          request(t.http)
            .get(`/api/people/${RANDOM_ID}`)
            .set(...coordinator),
      ],
      [
        'a missing event',
        404,
        'record_not_found',
        { resource: 'events' },
        () =>
          request(t.http)
            .get(`/api/events/${RANDOM_ID}`)
            .set(...coordinator),
      ],
      [
        'a missing task',
        404,
        'record_not_found',
        { resource: 'tasks' },
        () =>
          request(t.http)
            .get(`/api/tasks/${RANDOM_ID}`)
            .set(...coordinator),
      ],
      [
        'an affiliation to a person who does not exist',
        400,
        'unknown_record',
        { field: 'personId', resource: 'people' },
        () =>
          request(t.http)
            .post('/api/affiliations')
            .set(...coordinator)
            .send({ personId: RANDOM_ID, organizationId }),
      ],
      [
        'a second current affiliation',
        409,
        'affiliation_exists',
        { field: 'organizationId' },
        () =>
          request(t.http)
            .post('/api/affiliations')
            .set(...coordinator)
            .send({ personId, organizationId }),
      ],
      [
        'an affiliation that ends before it starts',
        400,
        'date_order',
        { field: 'until', earlier: 'since', later: 'until' },
        () =>
          request(t.http)
            .post('/api/affiliations')
            .set(...coordinator)
            .send({ personId, organizationId, since: '2024-05-01', until: '2023-01-01' }),
      ],
      [
        'an organization working in unknown countries',
        400,
        'unknown_records',
        { field: 'countriesOfWorkIds', resource: 'countries', count: 2 },
        () =>
          request(t.http)
            .post('/api/organizations')
            .set(...coordinator)
            .send({ name: 'Ghost Network', type: 'ngo', countriesOfWorkIds: [RANDOM_ID, '0badc0de-0000-4000-8000-000000000001'] }),
      ],
      [
        'a new organization that starts rejected',
        400,
        'new_organization_rejected',
        { field: 'membershipStatus' },
        () =>
          request(t.http)
            .post('/api/organizations')
            .set(...coordinator)
            .send({ name: 'Too Late', type: 'ngo', membershipStatus: 'rejected' }),
      ],
      [
        'a person merged into themselves',
        400,
        'merge_into_itself',
        { field: 'intoId', resource: 'people' },
        () =>
          request(t.http)
            .post(`/api/people/${personId}/merge`)
            .set(...coordinator)
            .send({ intoId: personId }),
      ],
      [
        'a person merged into nobody',
        400,
        'unknown_record',
        { field: 'intoId', resource: 'people' },
        () =>
          request(t.http)
            .post(`/api/people/${personId}/merge`)
            .set(...coordinator)
            .send({ intoId: RANDOM_ID }),
      ],
      [
        'a user with a taken e-mail',
        409,
        'user_email_taken',
        { email: 'coordinator@test.example.org' },
        () =>
          request(t.http)
            .post('/api/users')
            .set(...admin)
            .send({ email: 'coordinator@test.example.org', role: 'steering', password: 'another long password 77' }),
      ],
      [
        'an admin deleting their own account',
        409,
        'own_account_deletion',
        {},
        () =>
          request(t.http)
            .delete(`/api/users/${t.users.admin.id}`)
            .set(...admin),
      ],
      [
        'a working group name taken',
        409,
        'working_group_name_taken',
        { field: 'name', name: 'Right to food' },
        () =>
          request(t.http)
            .post('/api/working-groups')
            .set(...coordinator)
            .send({ name: 'right to FOOD' }),
      ],
      [
        'an event that ends before it starts',
        400,
        'date_order',
        { field: 'endsAt', earlier: 'startsAt', later: 'endsAt' },
        () =>
          request(t.http)
            .post('/api/events')
            .set(...coordinator)
            .send({ title: 'Webinar', type: 'webinar', startsAt: '2026-12-10T15:00:00Z', endsAt: '2026-12-10T14:00:00Z', timeZone: 'Europe/Madrid' }),
      ],
      [
        'an event in a made-up time zone',
        400,
        'bad_time_zone',
        { field: 'timeZone' },
        () =>
          request(t.http)
            .post('/api/events')
            .set(...coordinator)
            .send({ title: 'Webinar', type: 'webinar', startsAt: '2026-12-10T14:00:00Z', endsAt: '2026-12-10T15:00:00Z', timeZone: 'Mars/Olympus' }),
      ],
      [
        'a task for a user and an organization at once',
        400,
        'task_one_assignee',
        { field: 'assigneeOrganizationId' },
        () =>
          request(t.http)
            .post('/api/tasks')
            .set(...coordinator)
            .send({ title: 'Write to the ministry again', assigneeUserId: t.users.coordinator.id, assigneeOrganizationId: organizationId }),
      ],
      [
        'a note on a record that does not exist',
        400,
        'unknown_record',
        { field: 'targetId' },
        () =>
          request(t.http)
            .post('/api/notes')
            .set(...coordinator)
            .send({ targetType: 'organization', targetId: RANDOM_ID, body: 'Called them' }),
      ],
      [
        'a country report for an unknown code',
        404,
        'unknown_country_code',
        { iso3: 'XYZ' },
        () =>
          request(t.http)
            .get('/api/reports/countries/xyz')
            .set(...coordinator),
      ],
      [
        'a country report for a malformed code',
        400,
        'bad_country_code',
        { field: 'iso3' },
        () =>
          request(t.http)
            .get('/api/reports/countries/K3N')
            .set(...coordinator),
      ],
      [
        'a country report over too long a period',
        400,
        'period_too_long',
        { field: 'from' },
        () =>
          request(t.http)
            .get('/api/reports/countries/KEN')
            .query({ from: '2000-01-01', to: '2026-01-01' })
            .set(...coordinator),
      ],
      [
        'a country report table that does not exist',
        400,
        'not_one_of',
        { field: 'table' },
        () =>
          request(t.http)
            .get('/api/reports/countries/KEN/csv/secrets')
            .set(...coordinator),
      ],
      [
        'a ratification date before the signature',
        400,
        'date_order',
        { field: 'opRatifiedAt', earlier: 'opSignedAt', later: 'opRatifiedAt' },
        () =>
          request(t.http)
            .put(`/api/countries/${countryId}`)
            .set(...coordinator)
            .send({ opStatus: 'ratified', opSignedAt: '2015-03-01', opRatifiedAt: '2014-01-01', source: 'https://treaties.un.org' }),
      ],
      [
        'an import without a file',
        400,
        'file_required',
        { field: 'file' },
        () =>
          request(t.http)
            .post('/api/imports')
            .set(...coordinator)
            .field('resource', 'people'),
      ],
      [
        'a wrong password',
        401,
        'wrong_credentials',
        {},
        () => request(t.http).post('/api/auth/login').send({ email: 'coordinator@test.example.org', password: 'not the password at all' }),
      ],
      [
        'a reset link that is not valid',
        400,
        'link_invalid',
        { field: 'token' },
        () =>
          request(t.http)
            .post('/api/auth/reset-password')
            .send({ token: 'x'.repeat(43), password: 'a brand new long password 12' }),
      ],
      [
        'a member reading the users',
        403,
        'role_not_allowed',
        { role: 'member' },
        async () =>
          request(t.http)
            .get('/api/users')
            .set('Authorization', `Bearer ${await t.tokenFor('member')}`),
      ],
      ['a token that is not one', 401, 'session_ended', {}, () => request(t.http).get('/api/organizations').set('Authorization', 'Bearer not-a-token')],
    ];

    it.each(cases)('answers %s with its code, its parameters and no id', async (_situation, status, code, params, provoke) => {
      const response = await provoke();
      expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
      expect(isErrorCode(response.body.code)).toBe(true);
      expect(response.body.params).toMatchObject(params);
      // Every parameter the contract declares for the code is there.
      const declared = Object.hasOwn(RULE_ERRORS, code) ? RULE_ERRORS[code as RuleErrorCode].params : [];
      expect(Object.keys(response.body.params as object).sort()).toEqual([...declared].sort());
      expect(typeof response.body.message).toBe('string');
      expect(JSON.stringify(response.body)).not.toMatch(UUID);
    });
  });
});
