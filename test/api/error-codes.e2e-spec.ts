import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { isErrorCode } from '../../api/src/common/error-code.contract.js';
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

  it('gives the general failures a code by their kind', async () => {
    const badSort = await request(t.http)
      .get('/api/organizations')
      .query({ sort: JSON.stringify(['secret', 'ASC']) })
      .set(...coordinator)
      .expect(400);
    expect(badSort.body).toMatchObject({ code: 'invalid', field: 'sort' });
    const missing = await request(t.http)
      .get('/api/organizations/00000000-0000-4000-8000-000000000000')
      .set(...coordinator)
      .expect(404);
    expect(missing.body.code).toBe('not_found');
    const anonymous = await request(t.http).get('/api/organizations').expect(401);
    expect(anonymous.body.code).toBe('unauthorized');
    const member = await request(t.http)
      .get('/api/users')
      .set('Authorization', `Bearer ${await t.tokenFor('member')}`)
      .expect(403);
    expect(member.body.code).toBe('forbidden');
    const json = await request(t.http)
      .post('/api/people')
      .set(...coordinator)
      .set('Content-Type', 'application/json')
      .send('{"firstName":')
      .expect(400);
    expect(json.body.code).toBe('invalid_json');
    for (const body of [badSort.body, missing.body, anonymous.body, member.body, json.body]) expect(isErrorCode(body.code)).toBe(true);
  });
});
