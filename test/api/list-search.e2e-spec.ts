import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { applyFilters } from '../../api/src/list/apply-list-query.js';
import type { ListSpec } from '../../api/src/list/list-spec.js';
import { parseListQuery } from '../../api/src/list/parse-list-query.js';
import { MEMBERSHIP_APPLICATION_LIST } from '../../api/src/membership-applications/membership-applications.list-spec.js';
import { ORGANIZATION_LIST } from '../../api/src/organizations/organizations.list-spec.js';
import { PERSON_LIST } from '../../api/src/people/people.list-spec.js';
import type { UserRole } from '../../api/src/users/user-role.contract.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

type Query = Record<string, string>;

describe('list search', () => {
  let t: TestApp;
  const auth = async (role: UserRole): Promise<[string, string]> => ['Authorization', `Bearer ${await t.tokenFor(role)}`];
  const get = async (resource: string, query: Query, role: UserRole = 'coordinator'): Promise<request.Response> =>
    request(t.http)
      .get(`/api/${resource}`)
      .query(query)
      .set(...(await auth(role)))
      .expect(200);
  const search = async (resource: string, q: string, sort?: [string, string], role: UserRole = 'coordinator'): Promise<Array<Record<string, string>>> =>
    (await get(resource, { filter: JSON.stringify({ q }), range: '[0,99]', ...(sort ? { sort: JSON.stringify(sort) } : {}) }, role)).body;
  const organizationNames = async (q: string, sort: [string, string] | undefined = ['name', 'ASC']): Promise<string[]> =>
    (await search('organizations', q, sort)).map((row) => row.name);

  beforeAll(async () => {
    t = await startTestApp();
    const coordinator = await auth('coordinator');
    for (const [name, acronym] of [
      ['Asociación por el Derecho a la Vivienda', 'ADV'],
      ['Vivienda', null],
      ['Vivienda Digna', 'VD'],
      ['Colectivo Vivienda Popular', null],
      ['Centro por la Autovivienda', null],
      ['Réseau Ivoirien des Droits Économiques', 'RIDE'],
      ['Syndicat Solidaire', null],
      ['100% Vivienda Social', null],
      ['Observatorio_Urbano', null],
      ['Red 2030', null],
    ] as const) {
      await request(t.http)
        .post('/api/organizations')
        .set(...coordinator)
        .send({ name, acronym, membershipStatus: 'active' })
        .expect(201);
    }
    for (const [firstName, lastName, email] of [
      ['José', 'Muñoz', 'jose.munoz@provea.example.org'],
      ['Ana', 'Zapata', 'ana@cels.example.org'],
      ['Chloé', 'Lefèvre', null],
    ] as const) {
      await request(t.http)
        .post('/api/people')
        .set(...coordinator)
        .send({ firstName, lastName, email })
        .expect(201);
    }
    for (const name of ['Educación', 'Santé et logement']) {
      await request(t.http)
        .post('/api/working-groups')
        .set(...coordinator)
        .send({ name })
        .expect(201);
    }
    const [{ id: argentina }] = await t.dataSource.query("SELECT id FROM countries WHERE iso3 = 'ARG'");
    await t.dataSource.query(
      `INSERT INTO membership_applications (organization_name, organization_type, headquarters_country_id, contact_first_name, contact_last_name,
                                            contact_email, motivation, consent_at)
       VALUES ('Centro de Estudios Legales', 'ngo', $1, 'Lucía', 'Fernández', 'lucia@cels.example.org', 'Ratification now', now())`,
      [argentina],
    );
  });
  afterAll(() => t.close());

  describe('without regard to accents or case', () => {
    it('finds organizations typed without their accents, or with accents they do not have', async () => {
      expect(await organizationNames('asociacion')).toEqual(['Asociación por el Derecho a la Vivienda']);
      expect(await organizationNames('ASOCIACIÓN POR')).toEqual(['Asociación por el Derecho a la Vivienda']);
      expect(await organizationNames('economiques')).toEqual(['Réseau Ivoirien des Droits Économiques']);
      expect(await organizationNames('rïde')).toEqual(['Réseau Ivoirien des Droits Économiques']);
    });

    it('finds countries by their English, Spanish or French name typed without accents', async () => {
      const iso3 = async (q: string): Promise<string[]> => (await search('countries', q, undefined, 'member')).map((row) => row.iso3);
      expect(await iso3('cote d')).toEqual(['CIV']);
      expect(await iso3('Mexico')).toContain('MEX');
      expect(await iso3('peru')).toContain('PER');
      expect(await iso3('Perú')).toContain('PER');
    });

    it('finds people by name in either order and by e-mail', async () => {
      const names = async (q: string): Promise<string[]> => (await search('people', q)).map((row) => `${row.firstName} ${row.lastName}`);
      expect(await names('jose munoz')).toEqual(['José Muñoz']);
      expect(await names('munoz jose')).toEqual(['José Muñoz']);
      expect(await names('CHLOE')).toEqual(['Chloé Lefèvre']);
      expect(await names('lefevre')).toEqual(['Chloé Lefèvre']);
      expect(await names('provea.example')).toEqual(['José Muñoz']);
    });

    it('finds working groups and membership applications typed without accents', async () => {
      expect((await search('working-groups', 'educacion')).map((row) => row.name)).toEqual(['Educación']);
      expect((await search('working-groups', 'SANTE')).map((row) => row.name)).toEqual(['Santé et logement']);
      expect((await search('membership-applications', 'lucia fernandez')).map((row) => row.organizationName)).toEqual(['Centro de Estudios Legales']);
    });
  });

  describe('what the user typed, literally', () => {
    it('takes percent signs and underscores as themselves, not as wildcards', async () => {
      expect(await organizationNames('100%')).toEqual(['100% Vivienda Social']);
      expect(await organizationNames('0% v')).toEqual(['100% Vivienda Social']);
      expect(await organizationNames('o_u')).toEqual(['Observatorio_Urbano']);
      expect(await organizationNames('%')).toEqual(['100% Vivienda Social']);
      expect(await organizationNames('_')).toEqual(['Observatorio_Urbano']);
      expect(await organizationNames('\\')).toEqual([]);
      expect(await organizationNames('\\%')).toEqual([]);
    });

    it('does not let a full-width percent sign, which folds to "%", act as a wildcard', async () => {
      expect(await organizationNames('％')).toEqual(['100% Vivienda Social']);
      expect(await organizationNames('0％')).toEqual(['100% Vivienda Social']);
    });

    it('ignores a search of blanks', async () => {
      const all = await get('organizations', { range: '[0,99]' });
      const blank = await get('organizations', { filter: '{"q":"   "}', range: '[0,99]' });
      expect(blank.body).toHaveLength(all.body.length);
    });
  });

  describe('ranking', () => {
    it('sorts by relevance on request: a whole field, then the start of a field, then the start of a word, then anywhere', async () => {
      expect(await organizationNames('vivienda', ['relevance', 'DESC'])).toEqual([
        'Vivienda',
        'Vivienda Digna',
        '100% Vivienda Social',
        'Asociación por el Derecho a la Vivienda',
        'Colectivo Vivienda Popular',
        'Centro por la Autovivienda',
      ]);
    });

    it('ranks a whole acronym like a whole name', async () => {
      expect((await organizationNames('vd', ['relevance', 'DESC']))[0]).toBe('Vivienda Digna');
    });

    it('sorts a search by relevance when no sort is named, and by the named sort otherwise', async () => {
      expect((await search('organizations', 'vivienda'))[0]?.name).toBe('Vivienda');
      expect((await organizationNames('vivienda', ['name', 'ASC']))[0]).toBe('100% Vivienda Social');
      expect((await organizationNames('vivienda', ['name', 'DESC']))[0]).toBe('Vivienda Digna');
    });

    it('orders a list without a search by its default order when asked for relevance', async () => {
      const byRelevance = (await get('organizations', { sort: '["relevance","DESC"]', range: '[0,99]' })).body.map((row: { name: string }) => row.name);
      const byName = (await get('organizations', { sort: '["name","ASC"]', range: '[0,99]' })).body.map((row: { name: string }) => row.name);
      expect(byRelevance).toEqual(byName);
    });

    it('offers the relevance sort only where a list searches', async () => {
      const response = await request(t.http)
        .get('/api/affiliations')
        .query({ sort: '["relevance","DESC"]' })
        .set(...(await auth('coordinator')))
        .expect(400);
      expect(response.body).toMatchObject({ field: 'sort', message: expect.stringContaining('sort field "relevance" is not allowed') });
    });
  });

  describe('indexes', () => {
    it.each([
      ['organizations', 'o', ORGANIZATION_LIST, 'organizations_search_text_idx'],
      ['people', 'p', PERSON_LIST, 'people_search_text_idx'],
      ['membership_applications', 'a', MEMBERSHIP_APPLICATION_LIST, 'membership_applications_search_text_idx'],
    ] as const)('can serve a search of %s, and its second attempt, from the trigram index', async (table, alias, spec: ListSpec, index) => {
      for (const mode of ['contains', 'similar'] as const) {
        const builder = t.dataSource.createQueryBuilder().select('1').from(table, alias);
        applyFilters(builder, spec, parseListQuery({ filter: '{"q":"Vivienda Popular"}' }, spec), mode);
        const [sql, parameters] = builder.getQueryAndParameters();
        // A handful of rows is read fastest without an index: forbid that, to see whether the index matches the condition.
        const plan: unknown = await t.dataSource.transaction(async (manager) => {
          await manager.query('SET LOCAL enable_seqscan = off');
          return manager.query(`EXPLAIN (FORMAT JSON) ${sql}`, parameters);
        });
        expect(JSON.stringify(plan)).toContain(`"Index Name":"${index}"`);
      }
    });
  });

  describe('typing mistakes', () => {
    it('offers similar names when nothing contains what was typed', async () => {
      expect(await organizationNames('Sindicat Solidaire')).toEqual(['Syndicat Solidaire']);
      expect(await organizationNames('asociasion por el derecho')).toEqual(['Asociación por el Derecho a la Vivienda']);
    });

    it('does not mix similar names into the matches of what was typed', async () => {
      await request(t.http)
        .post('/api/organizations')
        .set(...(await auth('coordinator')))
        .send({ name: 'Sindicat Rural' })
        .expect(201);
      expect(await organizationNames('sindicat')).toEqual(['Sindicat Rural']);
    });
  });
});

describe('list totals', () => {
  let t: TestApp;
  const auth = async (role: UserRole): Promise<[string, string]> => ['Authorization', `Bearer ${await t.tokenFor(role)}`];
  const list = async (query: Query): Promise<request.Response> =>
    request(t.http)
      .get('/api/organizations')
      .query(query)
      .set(...(await auth('steering')))
      .expect(200);

  beforeAll(async () => {
    t = await startTestApp();
    await t.dataSource.query(
      `INSERT INTO organizations (name, membership_status)
       SELECT 'Member ' || lpad(n::text, 5, '0'), CASE WHEN n <= 10000 THEN 'active' ELSE 'applicant' END FROM generate_series(1, 10500) AS n`,
    );
    await t.dataSource.query('ANALYZE organizations');
  });
  afterAll(() => t.close());

  it('counts exactly up to ten thousand matching rows', async () => {
    const response = await list({ filter: '{"membershipStatus":"active"}', range: '[0,24]' });
    expect(response.headers['content-range']).toBe('organizations 0-24/10000');
    expect(response.headers['x-total-estimated']).toBeUndefined();
    const few = await list({ filter: '{"q":"member 0001"}', range: '[0,24]' });
    expect(few.headers['content-range']).toBe('organizations 0-9/10');
  });

  it("gives PostgreSQL's estimate above ten thousand rows, and says so", async () => {
    const response = await list({ range: '[0,24]' });
    expect(response.headers['x-total-estimated']).toBe('true');
    const total = Number(/\/(\d+)$/.exec(String(response.headers['content-range']))?.[1]);
    expect(total).toBeGreaterThan(10000);
    expect(total).toBeLessThan(13000);
  });

  it('keeps the estimate consistent with the rows of a far page', async () => {
    const response = await list({ range: '[10475,10499]' });
    expect(response.body).toHaveLength(25);
    const [, first, last, total] = /^organizations (\d+)-(\d+)\/(\d+)$/.exec(String(response.headers['content-range'])) ?? [];
    expect([Number(first), Number(last)]).toEqual([10475, 10499]);
    expect(Number(total)).toBeGreaterThanOrEqual(10500);
  });
});
