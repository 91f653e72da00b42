import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface ImportBody {
  id: string;
  status: string;
  createdCount: number;
  updatedCount: number;
  errorCount: number;
  failureReason: string | null;
}

/** Everything an import may write, as stored. */
const ORGANIZATION_FIELDS = `SELECT id, name, acronym, type, headquarters_country_id, website, email, phone, description, rights_focus, languages,
                                   membership_status, to_char(joined_at, 'YYYY-MM-DD') AS joined_at, is_steering_committee,
                                   (SELECT array_agg(country_id ORDER BY country_id) FROM organization_countries oc WHERE oc.organization_id = o.id) AS countries_of_work
                              FROM organizations o ORDER BY id`;
const PEOPLE_FIELDS = `SELECT id, first_name, last_name, email, other_emails, phones, job_title, country_id, languages FROM people ORDER BY id`;
const AFFILIATION_FIELDS = `SELECT person_id, organization_id, role, is_primary_contact, to_char(since, 'YYYY-MM-DD') AS since, until
                              FROM affiliations ORDER BY person_id, organization_id`;

/** A header row as the CSV reader sees it (without the byte order mark). */
const headerOf = (csv: string): string => csv.replace(/^\uFEFF/, '').split(/\r?\n/)[0];

describe('export, edit in a spreadsheet, import again', () => {
  let t: TestApp;
  let coordinator: string;
  const bearer = (): [string, string] => ['Authorization', `Bearer ${coordinator}`];

  const download = async (path: string): Promise<string> => {
    const response = await request(t.http)
      .get(path)
      .set(...bearer())
      .buffer(true)
      .expect(200);
    return response.text;
  };

  const importCsv = async (resource: string, csv: string): Promise<ImportBody> => {
    const created = await request(t.http)
      .post('/api/imports')
      .set(...bearer())
      .field({ resource, dryRun: 'false' })
      .attach('file', Buffer.from(csv, 'utf8'), { filename: `${resource}.csv`, contentType: 'text/csv' })
      .expect(201);
    const until = Date.now() + 20_000;
    for (;;) {
      const { body } = await request(t.http)
        .get(`/api/imports/${(created.body as ImportBody).id}`)
        .set(...bearer())
        .expect(200);
      const job = body as ImportBody;
      if (job.status === 'completed' || job.status === 'failed') return job;
      if (Date.now() > until) throw new Error(`Import still ${job.status}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  beforeAll(async () => {
    t = await startTestApp();
    await t.startWorker();
    coordinator = await t.tokenFor('coordinator');
    const countries: Array<{ id: string; iso3: string }> = await t.dataSource.query(`SELECT id, iso3 FROM countries WHERE iso3 IN ('CIV', 'SEN', 'CHE')`);
    const country = (iso3: string): string => countries.find((found) => found.iso3 === iso3)?.id ?? '';
    const organizations: Array<{ id: string }> = await t.dataSource.query(
      `INSERT INTO organizations (name, acronym, type, headquarters_country_id, website, email, phone, description, rights_focus, languages,
                                  membership_status, joined_at, is_steering_committee)
       VALUES ('Ligue Ivoirienne des Droits de l''Homme — Côte d''Ivoire', 'LIDHO', 'ngo', $1, 'https://lidho.example.org', 'info@lidho.example.org',
               '+225 27 22 44 00 00', '=SUM(A1:A3) is how a spreadsheet would read this; "quotes", commas, and a line
break stay too', '{housing,water}', '{fr,en}', 'active', '2018-03-01', true),
              ('-Forum Suisse pour l''Eau', NULL, 'network', $2, NULL, NULL, '022 555 01 01', '''=quoted on purpose', '{water}', '{fr}', 'lapsed', NULL, false),
              ('Collectif des Locataires', '@Locataires', 'union', $3, NULL, NULL, NULL, NULL, '{}', '{}', 'active', NULL, false)
       RETURNING id`,
      [country('CIV'), country('CHE'), country('SEN')],
    );
    await t.dataSource.query(`INSERT INTO organization_countries (organization_id, country_id) VALUES ($1, $2), ($1, $3)`, [
      organizations[0].id,
      country('CIV'),
      country('SEN'),
    ]);
    // The same name twice: the export names such an organization by its id.
    await t.dataSource.query(`INSERT INTO organizations (name, membership_status) VALUES ('Collectif des Locataires', 'active')`);
    const people: Array<{ id: string }> = await t.dataSource.query(
      `INSERT INTO people (first_name, last_name, email, other_emails, phones, job_title, country_id, languages)
       VALUES ('Aïcha', 'Koné', 'aicha.kone@lidho.example.org', '{aicha@example.org,a.kone@example.org}', '{+225 07 00 00 00 01,+41 22 555 01 01}',
               'Chargée de plaidoyer', $1, '{fr,en}'),
              ('''Quoted', 'O''Brien', 'obrien@example.org', '{}', '{022 555 02 02,+33 1 55 55 01 01}', '@home coordinator', $2, '{en}'),
              ('=Mallory', '-Evil', NULL, '{}', '{}', '+ve thinker', NULL, '{}')
       RETURNING id`,
      [country('CIV'), country('CHE')],
    );
    await t.dataSource.query(
      `INSERT INTO affiliations (person_id, organization_id, role, is_primary_contact, since)
       VALUES ($1, $3, 'Directrice', true, '2020-01-15'), ($2, $4, NULL, false, NULL), ($2, $5, '=Treasurer', false, '2021-06-30')`,
      [people[0].id, people[1].id, organizations[0].id, organizations[1].id, organizations[2].id],
    );
  });
  afterAll(() => t.close());

  it('exports exactly the columns of the import template, plus the id', async () => {
    for (const resource of ['organizations', 'people']) {
      const template = await download(`/api/imports/templates/${resource}.csv`);
      const exported = await download(`/api/exports/${resource}.csv`);
      expect(headerOf(exported)).toBe(`id,${headerOf(template)}`);
    }
  });

  it('escapes a multi-value cell once, not each of its values', async () => {
    const rows = parse<Record<string, string>>(await download('/api/exports/people.csv'), { bom: true, columns: true });
    expect(rows.find((row) => row.lastName === 'Koné')?.phones).toBe(`'+225 07 00 00 00 01;+41 22 555 01 01`);
    expect(rows.find((row) => row.lastName === "O'Brien")?.phones).toBe('022 555 02 02;+33 1 55 55 01 01');
  });

  it('updates the same organizations, field by field as they were, but for the cell edited in between', async () => {
    const before: Array<Record<string, unknown>> = await t.dataSource.query(ORGANIZATION_FIELDS);
    const exported = await download('/api/exports/organizations.csv');
    const edited = exported.replace('https://lidho.example.org', 'https://www.lidho.example.org');
    expect(edited).not.toBe(exported);

    const job = await importCsv('organizations', edited);
    expect(job).toMatchObject({ status: 'completed', createdCount: 0, updatedCount: before.length, errorCount: 0 });
    const after: Array<Record<string, unknown>> = await t.dataSource.query(ORGANIZATION_FIELDS);
    const expected = before.map((row) => (row.website === 'https://lidho.example.org' ? { ...row, website: 'https://www.lidho.example.org' } : row));
    expect(after).toEqual(expected);
  });

  it('updates the same people and their affiliations, field by field as they were, but for the cell edited in between', async () => {
    const before: Array<Record<string, unknown>> = await t.dataSource.query(PEOPLE_FIELDS);
    const affiliationsBefore: unknown[] = await t.dataSource.query(AFFILIATION_FIELDS);
    const exported = await download('/api/exports/people.csv');
    const edited = exported.replace('obrien@example.org', 'sean.obrien@example.org');
    expect(edited).not.toBe(exported);

    const job = await importCsv('people', edited);
    expect(job).toMatchObject({ status: 'completed', createdCount: 0, updatedCount: before.length, errorCount: 0 });
    const after: Array<Record<string, unknown>> = await t.dataSource.query(PEOPLE_FIELDS);
    const expected = before.map((row) => (row.email === 'obrien@example.org' ? { ...row, email: 'sean.obrien@example.org' } : row));
    expect(after).toEqual(expected);
    expect(await t.dataSource.query(AFFILIATION_FIELDS)).toEqual(affiliationsBefore);
  });

  it("refuses an id that is no person's, and an e-mail that is already another person's, naming the field", async () => {
    const rows = parse<Record<string, string>>(await download('/api/exports/people.csv'), { bom: true, columns: true });
    const aicha = rows.find((row) => row.lastName === 'Koné');
    const csv = ['id,firstName,lastName,email', '00000000-0000-4000-8000-000000000001,Nobody,Known,', `${aicha?.id},Aïcha,Koné,sean.obrien@example.org`].join(
      '\n',
    );
    const job = await importCsv('people', csv);
    expect(job).toMatchObject({ status: 'completed', createdCount: 0, updatedCount: 0, errorCount: 2 });
    const { body } = await request(t.http)
      .get(`/api/imports/${job.id}/errors`)
      .set(...bearer())
      .expect(200);
    expect((body as Array<{ rowNumber: number; field: string }>).map(({ rowNumber, field }) => ({ rowNumber, field }))).toEqual([
      { rowNumber: 2, field: 'id' },
      { rowNumber: 3, field: 'email' },
    ]);
  });
});
