import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { auditTrail, changesOf } from '../support/audit-trail.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

type Role = 'admin' | 'coordinator' | 'steering' | 'member';

interface HistoryRow {
  field: string;
  fromValue: string | null;
  toValue: string | null;
  source: string | null;
  userEmail: string | null;
}

const DECREE = 'Official Gazette no. 4521, decree 112/2026 (gazette.example.gov/4521)';

describe('countries as campaign records', () => {
  let t: TestApp;
  let angolaId: string;
  let chadId: string;
  const auth = async (role: Role): Promise<[string, string]> => ['Authorization', `Bearer ${await t.tokenFor(role)}`];
  const put = async (role: Role, id: string, body: object, status: number) =>
    request(t.http)
      .put(`/api/countries/${id}`)
      .set(...(await auth(role)))
      .send(body)
      .expect(status);
  const history = async (id: string, role: Role = 'steering'): Promise<HistoryRow[]> =>
    (
      await request(t.http)
        .get(`/api/countries/${id}/history`)
        .set(...(await auth(role)))
        .expect(200)
    ).body as HistoryRow[];

  beforeAll(async () => {
    t = await startTestApp();
    [{ id: angolaId }] = await t.dataSource.query("SELECT id FROM countries WHERE iso3 = 'AGO'");
    [{ id: chadId }] = await t.dataSource.query("SELECT id FROM countries WHERE iso3 = 'TCD'");
  });
  afterAll(() => t.close());

  it('lets a coordinator record a ratification with its source: one history row per changed field, with who and where from', async () => {
    const before = await history(angolaId);
    const response = await put('coordinator', angolaId, { opStatus: 'ratified', opRatifiedAt: '2026-03-02', source: DECREE }, 200);
    expect(response.body).toMatchObject({ opStatus: 'ratified', opSignedAt: '2013-09-24', opRatifiedAt: '2026-03-02', statusSource: DECREE });
    const added = (await history(angolaId)).slice(0, -before.length || undefined);
    expect(added).toHaveLength(2);
    expect(added).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'opStatus', fromValue: 'signed', toValue: 'ratified', source: DECREE, userEmail: expect.stringContaining('@') }),
        expect.objectContaining({ field: 'opRatifiedAt', fromValue: null, toValue: '2026-03-02', source: DECREE }),
      ]),
    );
    const coordinator = (
      await request(t.http)
        .get('/api/auth/me')
        .set(...(await auth('coordinator')))
    ).body as { email: string };
    expect(added.every((row) => row.userEmail === coordinator.email)).toBe(true);
  });

  it('writes no history row for a field sent back unchanged, and none for fields that are not tracked', async () => {
    const current = (
      await request(t.http)
        .get(`/api/countries/${angolaId}`)
        .set(...(await auth('coordinator')))
        .expect(200)
    ).body as Record<string, unknown>;
    const count = (await history(angolaId)).length;
    await put('coordinator', angolaId, { ...current, nextUprReviewAt: '2027-01-20', regionalMechanisms: ['AU'], notes: 'Cabinet reshuffle expected' }, 200);
    expect((await history(angolaId)).length).toBe(count);
  });

  it('changes the position without a source, and keeps the one given', async () => {
    await put('coordinator', chadId, { governmentPosition: 'considering' }, 200);
    await put('admin', chadId, { governmentPosition: 'committed', source: 'Meeting with the foreign ministry, 3 March 2026' }, 200);
    const rows = await history(chadId);
    expect(rows.map(({ field, fromValue, toValue, source }) => ({ field, fromValue, toValue, source }))).toEqual([
      { field: 'governmentPosition', fromValue: 'considering', toValue: 'committed', source: 'Meeting with the foreign ministry, 3 March 2026' },
      { field: 'governmentPosition', fromValue: 'unknown', toValue: 'considering', source: null },
    ]);
  });

  it.each([
    [{ opStatus: 'signed', opSignedAt: '2026-01-10' }, 'source'],
    [{ opSignedAt: '2026-01-10', opStatus: 'signed', source: '   ' }, 'source'],
    [{ art10Declaration: true }, 'source'],
    [{ art11DeclaredAt: '2026-01-10', art11Declaration: true }, 'source'],
  ])('refuses a treaty change without a source, naming source: %j', async (body, field) => {
    const response = await put('coordinator', chadId, body, 400);
    expect(response.body.field).toBe(field);
  });

  it.each([
    [{ opStatus: 'ratified', opSignedAt: '2026-05-01', opRatifiedAt: '2026-04-01', source: DECREE }, 'opRatifiedAt'],
    [{ opStatus: 'none', opSignedAt: '2026-05-01', source: DECREE }, 'opStatus'],
    [{ opStatus: 'signed', art10Declaration: false, art10DeclaredAt: '2026-05-01', opSignedAt: '2026-04-01', source: DECREE }, 'art10DeclaredAt'],
  ])('refuses treaty facts that contradict each other, naming the field: %j', async (body, field) => {
    const response = await put('coordinator', chadId, body, 400);
    expect(response.body.field).toBe(field);
  });

  it.each([
    [{ opStatus: 'pending', source: DECREE }, 'opStatus'],
    [{ governmentPosition: 'hostile' }, 'governmentPosition'],
    [{ opSignedAt: '2026-02-30', source: DECREE }, 'opSignedAt'],
    [{ regionalMechanisms: ['NATO'] }, 'regionalMechanisms'],
    [{ focalPointOrganizationIds: ['not-a-uuid'] }, 'focalPointOrganizationIds'],
    [{ focalPointOrganizationIds: null }, 'focalPointOrganizationIds'],
    [{ regionalMechanisms: null }, 'regionalMechanisms'],
    [{ focalPointOrganizationIds: ['00000000-0000-4000-8000-000000000000'] }, 'focalPointOrganizationIds'],
  ])('refuses bad values, naming the field: %j', async (body, field) => {
    const response = await put('coordinator', chadId, body, 400);
    expect(JSON.stringify(response.body.field ?? response.body.message)).toContain(field);
  });

  it('changes nothing when refused: no history row, no changed fact', async () => {
    const count = (await history(chadId)).length;
    await put('coordinator', chadId, { opStatus: 'signed', opSignedAt: '2026-01-10', governmentPosition: 'opposed' }, 400);
    expect((await history(chadId)).length).toBe(count);
    const [row] = await t.dataSource.query("SELECT op_status, government_position FROM countries WHERE iso3 = 'TCD'");
    expect(row).toEqual({ op_status: 'none', government_position: 'committed' });
  });

  it('keeps unknown declarations unknown: null is stored as null, never as a guessed no', async () => {
    await put('coordinator', chadId, { opStatus: 'signed', opSignedAt: '2026-01-10', art10Declaration: null, source: DECREE }, 200);
    const [row] = await t.dataSource.query("SELECT art10_declaration, art11_declaration FROM countries WHERE iso3 = 'TCD'");
    expect(row).toEqual({ art10_declaration: null, art11_declaration: null });
  });

  it('sets focal-point organizations, audited as a change of the country', async () => {
    const organization = (
      await request(t.http)
        .post('/api/organizations')
        .set(...(await auth('coordinator')))
        .send({ name: 'Chad Human Rights League', countriesOfWorkIds: [chadId], membershipStatus: 'active' })
        .expect(201)
    ).body as { id: string };
    const response = await put('coordinator', chadId, { focalPointOrganizationIds: [organization.id] }, 200);
    expect(response.body.focalPointOrganizationIds).toEqual([organization.id]);
    const trail = await auditTrail(t.http, await auth('admin'), chadId);
    expect(changesOf(trail, 'focalPointOrganizationIds')).toEqual([expect.objectContaining({ before: [], after: [organization.id] })]);
  });

  it('filters by position, regional mechanism and having active members, and sorts by next UPR review', async () => {
    const staff = await auth('steering');
    const list = async (query: object): Promise<Array<{ iso3: string; nextUprReviewAt: string | null }>> =>
      (
        await request(t.http)
          .get('/api/countries')
          .query({ range: '[0,999]', ...query })
          .set(...staff)
          .expect(200)
      ).body;
    expect((await list({ filter: JSON.stringify({ governmentPosition: 'committed' }) })).map((c) => c.iso3)).toEqual(['TCD']);
    expect((await list({ filter: JSON.stringify({ regionalMechanisms: 'AU' }) })).map((c) => c.iso3)).toEqual(['AGO']);
    const withMembers = (await list({ filter: JSON.stringify({ hasMembers: true }) })).map((c) => c.iso3);
    expect(withMembers).toContain('TCD');
    expect(withMembers).not.toContain('AGO');
    expect((await list({ filter: JSON.stringify({ hasMembers: false }) })).map((c) => c.iso3)).toContain('AGO');
    await put('coordinator', chadId, { nextUprReviewAt: '2026-11-03' }, 200);
    const byReview = await list({ sort: '["nextUprReviewAt","ASC"]', range: '[0,1]' });
    expect(byReview.map((c) => c.iso3)).toEqual(['TCD', 'AGO']);
  });

  it('lets the steering committee read the history but change nothing; members and anonymous callers neither', async () => {
    await put('steering', chadId, { governmentPosition: 'opposed' }, 403);
    await put('member', chadId, { governmentPosition: 'opposed' }, 403);
    await request(t.http).put(`/api/countries/${chadId}`).send({ governmentPosition: 'opposed' }).expect(401);
    await request(t.http)
      .get(`/api/countries/${chadId}/history`)
      .set(...(await auth('member')))
      .expect(403);
    await request(t.http).get(`/api/countries/${chadId}/history`).expect(401);
    expect((await history(chadId, 'steering')).some((row) => row.toValue === 'opposed')).toBe(false);
  });

  it("shows members a country's public facts only: not the government's position, the focal points or the notes", async () => {
    await put('coordinator', chadId, { governmentPosition: 'opposed', notes: 'The minister refused to meet us.', source: DECREE }, 200);
    const member = await auth('member');
    const one = (
      await request(t.http)
        .get(`/api/countries/${chadId}`)
        .set(...member)
        .expect(200)
    ).body as Record<string, unknown>;
    const listed = (
      await request(t.http)
        .get('/api/countries')
        .query({ filter: JSON.stringify({ iso3: 'TCD' }) })
        .set(...member)
        .expect(200)
    ).body as Array<Record<string, unknown>>;
    for (const view of [one, listed[0] ?? {}]) {
      expect(view).toMatchObject({ iso3: 'TCD', opStatus: expect.any(String) });
      for (const internal of ['governmentPosition', 'focalPointOrganizationIds', 'notes']) expect(Object.keys(view)).not.toContain(internal);
    }
    // Nor can a member find the position out by filtering or sorting on it.
    for (const query of [{ filter: JSON.stringify({ governmentPosition: 'opposed' }) }, { sort: JSON.stringify(['governmentPosition', 'ASC']) }]) {
      const refused = await request(t.http)
        .get('/api/countries')
        .query(query)
        .set(...member)
        .expect(400);
      expect(JSON.stringify(refused.body)).toContain('governmentPosition');
    }
    const staff = (
      await request(t.http)
        .get(`/api/countries/${chadId}`)
        .set(...(await auth('steering')))
        .expect(200)
    ).body as Record<string, unknown>;
    expect(staff).toMatchObject({ governmentPosition: 'opposed', notes: 'The minister refused to meet us.' });
  });

  it('accepts notes about a country', async () => {
    const note = await request(t.http)
      .post('/api/notes')
      .set(...(await auth('steering')))
      .send({ targetType: 'country', targetId: chadId, body: 'Parliament recess until April' })
      .expect(201);
    expect(note.body).toMatchObject({ targetType: 'country', targetId: chadId });
  });
});
