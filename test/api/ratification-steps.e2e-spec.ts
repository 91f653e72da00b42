import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { auditTrail } from '../support/audit-trail.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

type Role = 'admin' | 'coordinator' | 'steering' | 'member';

interface Step {
  id: string;
  countryId: string;
  stage: string;
  date: string | null;
  status: string;
  source: string | null;
}

describe('ratification steps', () => {
  let t: TestApp;
  // Angola signed on 24 September 2013 and has not ratified.
  let angolaId: string;
  // Argentina signed in 2009 and ratified on 24 October 2011.
  let argentinaId: string;
  let cabinet: Step;
  const auth = async (role: Role): Promise<[string, string]> => ['Authorization', `Bearer ${await t.tokenFor(role)}`];
  const post = async (role: Role, body: object, status: number) =>
    request(t.http)
      .post('/api/ratification-steps')
      .set(...(await auth(role)))
      .send(body)
      .expect(status);

  beforeAll(async () => {
    t = await startTestApp();
    [{ id: angolaId }] = await t.dataSource.query("SELECT id FROM countries WHERE iso3 = 'AGO'");
    [{ id: argentinaId }] = await t.dataSource.query("SELECT id FROM countries WHERE iso3 = 'ARG'");
    cabinet = (
      await post(
        'coordinator',
        {
          countryId: angolaId,
          stage: 'cabinet_approval',
          date: '2026-02-10',
          status: 'done',
          source: 'Council of Ministers communiqué, 10 February 2026',
        },
        201,
      )
    ).body as Step;
  });
  afterAll(() => t.close());

  it('lets a coordinator record a step with its source, audited, and lists the country’s steps by date', async () => {
    expect(cabinet).toMatchObject({ countryId: angolaId, stage: 'cabinet_approval', date: '2026-02-10', status: 'done' });
    await post('admin', { countryId: angolaId, stage: 'parliament_vote', date: '2026-09-15' }, 201);
    const list = await request(t.http)
      .get('/api/ratification-steps')
      .query({ filter: JSON.stringify({ countryId: angolaId }), sort: '["date","ASC"]' })
      .set(...(await auth('steering')))
      .expect(200);
    expect(list.body.map((step: Step) => [step.stage, step.status])).toEqual([
      ['cabinet_approval', 'done'],
      ['parliament_vote', 'expected'],
    ]);
    const trail = await auditTrail(t.http, await auth('admin'), cabinet.id);
    expect(trail.map((entry) => [entry.action, entry.entityType])).toEqual([['create', 'RatificationStep']]);
  });

  it.each([
    // A stage dated after a later stage.
    [{ stage: 'submitted_to_parliament', date: '2026-10-01' }, 'date'],
    // A stage dated before an earlier one.
    [{ stage: 'parliamentary_committee', date: '2026-01-05' }, 'date'],
    // A signature step dated after the cabinet approval.
    [{ stage: 'signature', date: '2026-03-01' }, 'date'],
    // Anything in the pipeline before the country's signature.
    [{ stage: 'cabinet_approval', date: '2012-01-01' }, 'date'],
  ])('refuses a step out of order with the country’s steps and treaty dates, naming the date: %j', async (step, field) => {
    const response = await post('coordinator', { countryId: angolaId, ...step }, 400);
    expect(response.body.field).toBe(field);
  });

  it('refuses a deposit dated before the signature', async () => {
    const response = await post('coordinator', { countryId: argentinaId, stage: 'instrument_deposited', date: '2008-05-01' }, 400);
    expect(response.body.field).toBe('date');
    await post('coordinator', { countryId: argentinaId, stage: 'parliament_vote', date: '2011-06-01', status: 'done' }, 201);
  });

  it('refuses treaty dates on the country that contradict its steps, naming the date', async () => {
    const response = await request(t.http)
      .put(`/api/countries/${angolaId}`)
      .set(...(await auth('coordinator')))
      .send({ opStatus: 'ratified', opRatifiedAt: '2026-01-15', source: 'Instrument of ratification, UN depositary notification' })
      .expect(400);
    expect(response.body.field).toBe('opRatifiedAt');
  });

  it('refuses a change that breaks the order, and accepts one that keeps it', async () => {
    const moved = await request(t.http)
      .put(`/api/ratification-steps/${cabinet.id}`)
      .set(...(await auth('coordinator')))
      .send({ date: '2026-12-01' })
      .expect(400);
    expect(moved.body.field).toBe('date');
    const kept = await request(t.http)
      .put(`/api/ratification-steps/${cabinet.id}`)
      .set(...(await auth('coordinator')))
      .send({ ...cabinet, date: '2026-02-12', note: 'Approved with the Convention on disabilities' })
      .expect(200);
    expect(kept.body).toMatchObject({ date: '2026-02-12', stage: 'cabinet_approval' });
  });

  it.each([
    [{ countryId: 'AGO', stage: 'signature' }, 'countryId'],
    [{ stage: 'lobbying', date: '2026-01-01' }, 'stage'],
    [{ stage: 'signature', status: 'finished' }, 'status'],
    [{ stage: 'signature', date: '10/02/2026' }, 'date'],
  ])('refuses bad input, naming the field: %j', async (body, field) => {
    const response = await post('coordinator', { countryId: angolaId, ...body }, 400);
    expect(JSON.stringify(response.body.message)).toContain(field);
  });

  it('refuses a country that does not exist, naming countryId', async () => {
    const response = await post('coordinator', { countryId: '00000000-0000-4000-8000-000000000000', stage: 'signature' }, 400);
    expect(response.body.field).toBe('countryId');
  });

  it('lets the steering committee read but not write; members and anonymous callers neither', async () => {
    await request(t.http)
      .get(`/api/ratification-steps/${cabinet.id}`)
      .set(...(await auth('steering')))
      .expect(200);
    await post('steering', { countryId: angolaId, stage: 'signature' }, 403);
    await post('member', { countryId: angolaId, stage: 'signature' }, 403);
    await request(t.http)
      .get('/api/ratification-steps')
      .set(...(await auth('member')))
      .expect(403);
    await request(t.http).get('/api/ratification-steps').expect(401);
    await request(t.http)
      .delete(`/api/ratification-steps/${cabinet.id}`)
      .set(...(await auth('steering')))
      .expect(403);
  });

  it('lets a coordinator delete a step', async () => {
    const step = (await post('coordinator', { countryId: angolaId, stage: 'instrument_deposited', status: 'expected' }, 201)).body as Step;
    await request(t.http)
      .delete(`/api/ratification-steps/${step.id}`)
      .set(...(await auth('coordinator')))
      .expect(200);
    await request(t.http)
      .get(`/api/ratification-steps/${step.id}`)
      .set(...(await auth('coordinator')))
      .expect(404);
  });
});
