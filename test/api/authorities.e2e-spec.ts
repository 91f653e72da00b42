import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { AuthoritiesService } from '../../api/src/authorities/authorities.service.js';
import { namedFields } from '../support/named-fields.js';
import { setUpCoalition, type Actor, type Coalition } from '../support/coalition.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface AuthorityBody {
  id: string;
  countryId: string;
  institution: string;
  postTitle: string;
  stance: string;
  holderId: string | null;
  holderName: string | null;
  holderSince: string | null;
}

interface HistoryBody {
  holders: Array<{ personName: string; since: string | null; until: string | null }>;
  stanceChanges: Array<{ fromStance: string; toStance: string; note: string | null; userEmail: string | null }>;
}

describe('authorities', () => {
  let t: TestApp;
  let c: Coalition;
  let colombia: string;
  let kenya: string;
  let ministry: AuthorityBody;
  let kenyanParliament: AuthorityBody;

  const as = (actor: Actor): Record<string, string> => c.headers(actor);
  const create = (actor: Actor, body: object): request.Test =>
    request(t.http)
      .post('/api/authorities')
      .set(as(actor))
      .send({ institution: 'foreign_affairs', postTitle: 'Minister of Foreign Affairs', countryId: colombia, ...body });
  const list = async (actor: Actor, filter: object = {}): Promise<AuthorityBody[]> =>
    (
      await request(t.http)
        .get('/api/authorities')
        .query({ filter: JSON.stringify(filter), range: '[0,99]' })
        .set(as(actor))
        .expect(200)
    ).body as AuthorityBody[];

  beforeAll(async () => {
    t = await startTestApp();
    c = await setUpCoalition(t);
    const rows = await t.dataSource.query<Array<{ id: string; iso3: string }>>("SELECT id, iso3 FROM countries WHERE iso3 IN ('COL', 'KEN')");
    colombia = rows.find((row) => row.iso3 === 'COL')?.id ?? '';
    kenya = rows.find((row) => row.iso3 === 'KEN')?.id ?? '';
    // Organization A works in Colombia, B in Kenya.
    await t.dataSource.query('INSERT INTO organization_countries (organization_id, country_id) VALUES ($1, $2), ($3, $4)', [
      c.ids.orgA,
      colombia,
      c.ids.orgB,
      kenya,
    ]);
    ministry = (await create('coordinator', { holderName: 'Luis Gómez', holderSince: '2024-08-07', stance: 'undecided' }).expect(201)).body as AuthorityBody;
    kenyanParliament = (
      await create('coordinator', { countryId: kenya, institution: 'parliament', postTitle: 'Chair, Justice and Legal Affairs Committee' }).expect(201)
    ).body as AuthorityBody;
  });
  afterAll(() => t.close());

  it('refuses anonymous callers on every route', async () => {
    await request(t.http).get('/api/authorities').expect(401);
    await request(t.http).get(`/api/authorities/${ministry.id}`).expect(401);
    await request(t.http).get(`/api/authorities/${ministry.id}/history`).expect(401);
    await create('anonymous', {}).expect(401);
    await request(t.http).put(`/api/authorities/${ministry.id}`).send({ stance: 'champion' }).expect(401);
    await request(t.http).post(`/api/authorities/${ministry.id}/holders`).send({ personName: 'X' }).expect(401);
    await request(t.http).delete(`/api/authorities/${ministry.id}`).expect(401);
  });

  it('creates a post with its current holder', () => {
    expect(ministry).toMatchObject({ institution: 'foreign_affairs', stance: 'undecided', holderName: 'Luis Gómez', holderSince: '2024-08-07' });
    expect(ministry.holderId).toEqual(expect.any(String));
  });

  it('shows members only the posts of their organization’s countries; the staff all of them', async () => {
    expect((await list('memberA')).map((a) => a.id)).toEqual([ministry.id]);
    expect((await list('memberB')).map((a) => a.id)).toEqual([kenyanParliament.id]);
    expect((await list('steering')).map((a) => a.id).sort()).toEqual([ministry.id, kenyanParliament.id].sort());
    await request(t.http).get(`/api/authorities/${kenyanParliament.id}`).set(as('memberA')).expect(404);
    await request(t.http).get(`/api/authorities/${kenyanParliament.id}/history`).set(as('memberA')).expect(404);
    await request(t.http).get(`/api/authorities/${ministry.id}`).set(as('memberA')).expect(200);
  });

  it('lets a member register a post in its countries only, naming countryId otherwise', async () => {
    await create('memberA', { institution: 'nhri', postTitle: 'Ombudsperson' }).expect(201);
    const refused = await create('memberA', { countryId: kenya, institution: 'nhri', postTitle: 'Commission chair' }).expect(403);
    expect(refused.body.field).toBe('countryId');
  });

  it('keeps steering and members read-only for changes', async () => {
    await request(t.http).put(`/api/authorities/${ministry.id}`).set(as('steering')).send({ stance: 'champion' }).expect(403);
    await request(t.http).put(`/api/authorities/${ministry.id}`).set(as('memberA')).send({ stance: 'champion' }).expect(403);
    await request(t.http).delete(`/api/authorities/${ministry.id}`).set(as('steering')).expect(403);
    await request(t.http).post(`/api/authorities/${ministry.id}/holders`).set(as('memberA')).send({ personName: 'X' }).expect(403);
  });

  it('refuses unknown institutions and stances, naming the field', async () => {
    expect(namedFields((await create('coordinator', { institution: 'army' }).expect(400)).body)).toEqual(['institution']);
    const stance = await request(t.http).put(`/api/authorities/${ministry.id}`).set(as('coordinator')).send({ stance: 'hostile' }).expect(400);
    expect(namedFields(stance.body)).toEqual(['stance']);
    expect(namedFields((await create('coordinator', { holderEmail: 'not-an-address', holderName: 'A' }).expect(400)).body)).toEqual(['holderEmail']);
  });

  it('keeps the stance history: from, to, who and why', async () => {
    const got = (await request(t.http).get(`/api/authorities/${ministry.id}`).set(as('coordinator')).expect(200)).body as AuthorityBody;
    await request(t.http)
      .put(`/api/authorities/${ministry.id}`)
      .set(as('coordinator'))
      .send({ ...got, stance: 'supportive', stanceNote: 'Committed in the meeting of 3 March to table the instrument' })
      .expect(200);
    const history = (await request(t.http).get(`/api/authorities/${ministry.id}/history`).set(as('steering')).expect(200)).body as HistoryBody;
    expect(history.stanceChanges.map((change) => [change.fromStance, change.toStance])).toEqual([
      ['undecided', 'supportive'],
      ['unknown', 'undecided'],
    ]);
    expect(history.stanceChanges[0]).toMatchObject({ note: 'Committed in the meeting of 3 March to table the instrument', userEmail: c.emails.coordinator });
  });

  it('keeps the previous holder when a new one takes the post', async () => {
    const changed = await request(t.http)
      .post(`/api/authorities/${ministry.id}/holders`)
      .set(as('coordinator'))
      .send({ personName: 'Marta Ruiz', since: '2026-02-01' })
      .expect(201);
    expect(changed.body).toMatchObject({ holderName: 'Marta Ruiz', holderSince: '2026-02-01' });
    expect(changed.body.holderId).not.toBe(ministry.holderId);
    const history = (await request(t.http).get(`/api/authorities/${ministry.id}/history`).set(as('memberA')).expect(200)).body as HistoryBody;
    expect(history.holders.map((h) => [h.personName, h.since, h.until])).toEqual([
      ['Marta Ruiz', '2026-02-01', null],
      ['Luis Gómez', '2024-08-07', '2026-01-31'],
    ]);
    const early = await request(t.http)
      .post(`/api/authorities/${ministry.id}/holders`)
      .set(as('coordinator'))
      .send({ personName: 'Z', since: '2025-01-01' })
      .expect(400);
    expect(early.body.field).toBe('since');
    // The search finds the post by its current holder.
    expect((await list('coordinator', { q: 'marta ruiz' })).map((a) => a.id)).toEqual([ministry.id]);
  });

  it('gives other features the current Ministry of Foreign Affairs of a country, with its holder', async () => {
    // An inactive post of the same institution is not the ministry.
    await create('coordinator', { postTitle: 'Vice-Minister for Multilateral Affairs (abolished)', isActive: false }).expect(201);
    const service = t.app.get(AuthoritiesService);
    const found = await service.foreignAffairsMinistryWithin(t.dataSource.manager, colombia);
    expect(found).toEqual({ id: ministry.id, postTitle: 'Minister of Foreign Affairs', holderName: 'Marta Ruiz' });
    expect(await service.foreignAffairsMinistryWithin(t.dataSource.manager, kenya)).toBeNull();
  });

  it('filters by institution and country', async () => {
    expect((await list('coordinator', { institution: 'parliament' })).map((a) => a.id)).toEqual([kenyanParliament.id]);
    expect((await list('coordinator', { countryId: kenya })).map((a) => a.id)).toEqual([kenyanParliament.id]);
    const bad = await request(t.http)
      .get('/api/authorities')
      .query({ filter: JSON.stringify({ institution: 'army' }) })
      .set(as('coordinator'))
      .expect(400);
    expect(JSON.stringify(bad.body)).toContain('institution');
  });

  it('deletes a post for the secretariat', async () => {
    const post = (await create('coordinator', { institution: 'other', postTitle: 'Temporary post' }).expect(201)).body as AuthorityBody;
    await request(t.http).delete(`/api/authorities/${post.id}`).set(as('coordinator')).expect(200);
    await request(t.http).get(`/api/authorities/${post.id}`).set(as('coordinator')).expect(404);
  });
});
