import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import type { UserRole } from '../../api/src/users/user-role.contract.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

type CsvRow = Record<string, string>;

describe('CSV exports of filtered lists', () => {
  let t: TestApp;
  let coordinator: string;
  let kenyaId: string;
  let foodFirstId: string;
  const bearer = (token: string): [string, string] => ['Authorization', `Bearer ${token}`];

  const download = async (path: string, query: Record<string, string> = {}, token = coordinator) => {
    const response = await request(t.http)
      .get(path)
      .query(query)
      .set(...bearer(token))
      .buffer(true)
      .expect(200);
    const text = response.text;
    return { response, text, rows: parse<CsvRow>(text, { bom: true, columns: true }) };
  };

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.tokenFor('coordinator');
    const [kenya] = await t.dataSource.query(`SELECT id FROM countries WHERE iso3 = 'KEN'`);
    kenyaId = kenya.id;
    const organizations: Array<{ id: string; name: string }> = await t.dataSource.query(
      `INSERT INTO organizations (name, acronym, type, headquarters_country_id, email, phone, membership_status, rights_focus, joined_at)
       VALUES ('FoodFirst Kenya', 'FFK', 'ngo', $1, 'info@ffk.example.org', '+254 20 1234567', 'active', '{food,water}', '2019-12-10'),
              ('=HYPERLINK("http://evil.example","Click")', NULL, 'other', NULL, NULL, NULL, 'active', '{}', NULL),
              ('Union of Tenants', 'UT', 'union', $1, NULL, NULL, 'suspended', '{housing}', NULL)
       RETURNING id, name`,
      [kenyaId],
    );
    foodFirstId = organizations[0].id;
    await t.dataSource.query(`INSERT INTO organization_countries (organization_id, country_id) SELECT $1, id FROM countries WHERE iso3 IN ('KEN', 'UGA')`, [
      foodFirstId,
    ]);
    const people: Array<{ id: string }> = await t.dataSource.query(
      `INSERT INTO people (first_name, last_name, email, phones, languages, country_id)
       VALUES ('Wanjiru', 'Kamau', 'wanjiru@example.org', '{+254 722 000000}', '{en,fr}', $1),
              ('@Mallory', '-Evil', 'mallory@example.org', '{}', '{}', NULL)
       RETURNING id`,
      [kenyaId],
    );
    await t.dataSource.query(`INSERT INTO affiliations (person_id, organization_id, role) VALUES ($1, $2, 'Director')`, [people[0].id, foodFirstId]);
    await t.dataSource.query(
      `INSERT INTO people (first_name, last_name, email)
       SELECT 'Bulk', 'Contact ' || lpad(n::text, 5, '0'), 'bulk' || n || '@bulk.example.org' FROM generate_series(1, 2500) AS n`,
    );
  });
  afterAll(() => t.close());

  it('exports the organizations matching the filter, in the requested order, with a byte order mark for Excel', async () => {
    const { response, text, rows } = await download('/api/exports/organizations.csv', {
      filter: JSON.stringify({ membershipStatus: ['active'] }),
      sort: '["name","DESC"]',
    });
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="organizations-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(text.startsWith('\uFEFFid,name,acronym,type,country,countriesOfWork,website,email,phone,')).toBe(true);
    expect(rows.map((row) => row.name)).toEqual(['FoodFirst Kenya', `'=HYPERLINK("http://evil.example","Click")`]);
    expect(rows[0]).toMatchObject({
      id: foodFirstId,
      acronym: 'FFK',
      country: 'KEN',
      countriesOfWork: 'KEN;UGA',
      email: 'info@ffk.example.org',
      phone: `'+254 20 1234567`,
      rightsFocus: 'food;water',
      membershipStatus: 'active',
      joinedAt: '2019-12-10',
      isSteeringCommittee: 'false',
    });
  });

  it('escapes every cell a spreadsheet would run as a formula', async () => {
    const { rows } = await download('/api/exports/people.csv', { filter: JSON.stringify({ q: 'mallory' }) });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ firstName: `'@Mallory`, lastName: `'-Evil`, email: 'mallory@example.org' });
  });

  it('exports people with their current organization, searched as the list searches', async () => {
    const { rows } = await download('/api/exports/people.csv', { filter: JSON.stringify({ organizationId: foodFirstId }) });
    expect(rows).toEqual([
      expect.objectContaining({
        firstName: 'Wanjiru',
        lastName: 'Kamau',
        phones: `'+254 722 000000`,
        languages: 'en;fr',
        country: 'KEN',
        organization: 'FoodFirst Kenya',
        role: 'Director',
        isPrimaryContact: 'false',
      }),
    ]);
  });

  it('exports every matching row, beyond the 1000 rows of a list page', async () => {
    const { rows } = await download('/api/exports/people.csv', {
      filter: JSON.stringify({ q: 'bulk.example.org' }),
      sort: '["lastName","ASC"]',
      range: '[0,9]',
    });
    expect(rows).toHaveLength(2500);
    expect(rows[0].lastName).toBe('Contact 00001');
    expect(rows[2499].lastName).toBe('Contact 02500');
  });

  it('refuses filters and sorts the list does not allow, with 400 naming the field', async () => {
    const filter = await request(t.http)
      .get('/api/exports/people.csv')
      .query({ filter: '{"passwordHash":"x"}' })
      .set(...bearer(coordinator))
      .expect(400);
    expect(filter.body).toMatchObject({ field: 'filter.passwordHash' });
    const sort = await request(t.http)
      .get('/api/exports/organizations.csv')
      .query({ sort: '["secret","ASC"]' })
      .set(...bearer(coordinator))
      .expect(400);
    expect(sort.body).toMatchObject({ field: 'sort' });
  });

  it.each(['admin', 'coordinator', 'steering'] as const)('lets the %s download exports', async (role: UserRole) => {
    const token = await t.tokenFor(role);
    await download('/api/exports/organizations.csv', {}, token);
    await download('/api/exports/people.csv', {}, token);
  });

  it('refuses members with 403 and anonymous callers with 401', async () => {
    const member = await t.tokenFor('member');
    await request(t.http)
      .get('/api/exports/people.csv')
      .set(...bearer(member))
      .expect(403);
    await request(t.http)
      .get('/api/exports/organizations.csv')
      .set(...bearer(member))
      .expect(403);
    await request(t.http).get('/api/exports/people.csv').expect(401);
  });

  it('gives its database connection back when the client stops reading half-way', async () => {
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.http.address() as AddressInfo;
    // More aborted downloads than the pool has connections (5): a leak would leave the next download waiting forever.
    for (let i = 0; i < 8; i += 1) {
      await new Promise<void>((resolve) => {
        const req = get({ host: '127.0.0.1', port, path: '/api/exports/people.csv', headers: { Authorization: `Bearer ${coordinator}` } }, (res) => {
          res.once('data', () => {
            req.destroy();
            resolve();
          });
        });
        req.on('error', () => resolve());
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    const { rows } = await download('/api/exports/organizations.csv');
    expect(rows).toHaveLength(3);
    const open = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction'`,
    );
    expect(open).toEqual([{ n: 0 }]);
  });
});
