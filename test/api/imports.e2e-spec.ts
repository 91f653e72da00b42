import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import { AuditEntry } from '../../api/src/audit/audit-entry.entity.js';
import { ImportFile } from '../../api/src/imports/import-file.entity.js';
import { ImportJob } from '../../api/src/imports/import-job.entity.js';
import { ImportRunnerService } from '../../api/src/imports/import-runner.service.js';
import type { UserRole } from '../../api/src/users/user-role.contract.js';
import { auditTrail, changesOf } from '../support/audit-trail.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface ImportBody {
  id: string;
  status: string;
  dryRun: boolean;
  processedRows: number;
  totalRows: number | null;
  createdCount: number;
  updatedCount: number;
  errorCount: number;
  failureReason: string | null;
  failureCode: string | null;
  failureParams: Record<string, string | number> | null;
  progress: number;
}

interface PersonRow {
  id: string;
  first_name: string;
  last_name: string;
  email: string | null;
  job_title: string | null;
  phones: string[];
  languages: string[];
}

const PEOPLE_HEADER = 'firstName,lastName,email,phones,jobTitle,country,languages,organization,role,isPrimaryContact,since';

describe('CSV imports', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let coordinator: string;
  let kenyaId: string;
  let khrcId: string;
  const bearer = (token: string): [string, string] => ['Authorization', `Bearer ${token}`];

  const upload = (token: string, csv: string | Buffer, fields: Record<string, string>, fileName = 'people.csv') =>
    request(t.http)
      .post('/api/imports')
      .set(...bearer(token))
      .field(fields)
      .attach('file', Buffer.isBuffer(csv) ? csv : Buffer.from(csv, 'utf8'), { filename: fileName, contentType: 'text/csv' });

  /** Polls the job as the admin UI does, until the worker has finished it. */
  const waitForImport = async (id: string, timeoutMs = 20000): Promise<ImportBody> => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const { body } = await request(t.http)
        .get(`/api/imports/${id}`)
        .set(...bearer(coordinator))
        .expect(200);
      const job = body as ImportBody;
      if (job.status === 'completed' || job.status === 'failed') return job;
      if (Date.now() > until) throw new Error(`Import ${id} still ${job.status} after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  const importCsv = async (resource: string, csv: string, dryRun = false, timeoutMs?: number): Promise<ImportBody> => {
    const created = await upload(coordinator, csv, { resource, dryRun: String(dryRun) }).expect(201);
    return waitForImport((created.body as ImportBody).id, timeoutMs);
  };

  type ReportLine = { rowNumber: number; field: string; code: string | null; params: Record<string, string | number>; message: string };
  const errorLines = async (id: string): Promise<ReportLine[]> => {
    const { body } = await request(t.http)
      .get(`/api/imports/${id}/errors`)
      .query({ range: '[0,999]' })
      .set(...bearer(coordinator))
      .expect(200);
    return body as ReportLine[];
  };
  const errorReport = async (id: string) => (await errorLines(id)).map(({ rowNumber, field, message }) => ({ rowNumber, field, message }));
  /** The report as clients word it: each line's code and the values it names. */
  const errorCodes = async (id: string) => (await errorLines(id)).map(({ rowNumber, field, code, params }) => ({ rowNumber, field, code, params }));

  const peopleByEmail = async (email: string): Promise<PersonRow[]> =>
    t.dataSource.query(`SELECT id, first_name, last_name, email, job_title, phones, languages FROM people WHERE lower(email) = lower($1)`, [email]);

  const insertOrganization = async (name: string, countryId: string | null, email: string | null = null): Promise<string> => {
    const rows: Array<{ id: string }> = await t.dataSource.query(
      `INSERT INTO organizations (name, headquarters_country_id, email, membership_status) VALUES ($1, $2, $3, 'active') RETURNING id`,
      [name, countryId, email],
    );
    return rows[0].id;
  };

  beforeAll(async () => {
    t = await startTestApp();
    worker = await t.startWorker();
    coordinator = await t.tokenFor('coordinator');
    const countries: Array<{ id: string }> = await t.dataSource.query(`SELECT id FROM countries WHERE iso3 = 'KEN'`);
    kenyaId = countries[0].id;
    khrcId = await insertOrganization('Kenya Human Rights Commission', kenyaId, 'admin@khrc.example.org');
    await insertOrganization('Amnesty International', null);
    await insertOrganization('Amnesty International', kenyaId);
    await t.dataSource.query(
      `INSERT INTO people (first_name, last_name, email, job_title, phones, languages) VALUES ('Old', 'Name', 'existing@example.org', 'Volunteer', '{+41 22 000 0000}', '{fr}')`,
    );
  });
  afterAll(() => t.close());

  describe('access', () => {
    it('refuses anonymous callers with 401', async () => {
      await request(t.http).post('/api/imports').field({ resource: 'people' }).expect(401);
      await request(t.http).get('/api/imports').expect(401);
    });

    it('refuses members with 403, to read as well as to import', async () => {
      const member = await t.tokenFor('member');
      await upload(member, `${PEOPLE_HEADER}\n`, { resource: 'people' }).expect(403);
      await request(t.http)
        .get('/api/imports')
        .set(...bearer(member))
        .expect(403);
    });

    it('lets the steering committee read imports but not start one', async () => {
      const steering = await t.tokenFor('steering');
      await upload(steering, `${PEOPLE_HEADER}\n`, { resource: 'people' }).expect(403);
      const job = await importCsv('people', 'firstName,lastName\nLea,Roux\n', true);
      await request(t.http)
        .get(`/api/imports/${job.id}`)
        .set(...bearer(steering))
        .expect(200);
      await request(t.http)
        .get(`/api/imports/${job.id}/errors`)
        .set(...bearer(steering))
        .expect(200);
      const list = await request(t.http)
        .get('/api/imports')
        .set(...bearer(steering))
        .expect(200);
      expect(list.headers['content-range']).toMatch(/^imports 0-\d+\/\d+$/);
    });

    it.each(['admin', 'coordinator'] as const)('lets the %s start an import', async (role: UserRole) => {
      const token = await t.tokenFor(role);
      await upload(token, 'firstName,lastName\n', { resource: 'people', dryRun: 'true' }).expect(201);
    });
  });

  describe('upload checks', () => {
    it('refuses a request without a file with 400 naming the field', async () => {
      const response = await request(t.http)
        .post('/api/imports')
        .set(...bearer(coordinator))
        .field({ resource: 'people' })
        .expect(400);
      expect(response.body).toMatchObject({ field: 'file', message: expect.stringContaining('file is required') });
    });

    it.each([
      [{ resource: 'countries' }, 'resource must be one of: organizations, people'],
      [{}, 'resource must be one of: organizations, people'],
      [{ resource: 'people', dryRun: 'maybe' }, 'dryRun must be true or false'],
      [{ resource: 'people', colour: 'blue' }, 'property colour should not exist'],
    ])('refuses the fields %j with 400 naming the field', async (fields, message) => {
      const response = await upload(coordinator, `${PEOPLE_HEADER}\n`, fields).expect(400);
      expect(response.body.message).toContain(message);
    });

    it('refuses a file that is not CSV', async () => {
      const response = await request(t.http)
        .post('/api/imports')
        .set(...bearer(coordinator))
        .field({ resource: 'people' })
        .attach('file', Buffer.from([0x89, 0x50, 0x4e, 0x47]), { filename: 'photo.png', contentType: 'image/png' })
        .expect(400);
      expect(response.body).toMatchObject({ field: 'file', message: expect.stringContaining('must be a CSV file') });
    });

    it('refuses a CSV that is not UTF-8, saying how to save it', async () => {
      const latin1 = Buffer.from('firstName,lastName\nJos\xe9,P\xe9rez\n', 'latin1');
      const response = await upload(coordinator, latin1, { resource: 'people' }).expect(400);
      expect(response.body).toMatchObject({ field: 'file', message: expect.stringContaining('UTF-8') });
    });

    it('refuses a file over 50 MB with 413', async () => {
      const big = Buffer.alloc(50 * 1024 * 1024 + 1, 'a');
      await upload(coordinator, big, { resource: 'people' }).expect(413);
    });
  });

  describe('people', () => {
    it('imports good rows with their affiliation and reports every bad row by row number, field and message', async () => {
      const csv = [
        PEOPLE_HEADER,
        'Ana,Pérez,Ana.Perez@example.org,+254 20 1234567,Coordinator,KEN,en;es,Kenya Human Rights Commission,Focal point,yes,2021-03-01',
        'Bruno,,bruno@example.org,,,,,,,,',
        'Carla,Mendes,carla@,,,,,,,,',
        'Ana,Twice,ana.perez@example.org,,,,,,,,',
        'Dario,Rossi,dario@example.org,,,Narnia,,,,,',
        'Orphan,Person,orphan@example.org,,,,,Unknown Alliance,Member,,',
        'Eve,Adams,eve@example.org,,,,,Amnesty International,,,',
        'Farid,Haddad,,,,Kenya,fr,,,,',
      ].join('\n');
      const job = await importCsv('people', csv);
      expect(job).toMatchObject({ status: 'completed', processedRows: 8, totalRows: 8, createdCount: 2, updatedCount: 0, errorCount: 6, progress: 1 });
      expect(await errorReport(job.id)).toEqual([
        { rowNumber: 3, field: 'lastName', message: 'lastName is required' },
        { rowNumber: 4, field: 'email', message: 'email "carla@" is not an e-mail address' },
        { rowNumber: 5, field: 'email', message: 'e-mail "ana.perez@example.org" appears already in row 2' },
        { rowNumber: 6, field: 'country', message: 'country "Narnia" is not known: use its ISO code (KEN or KE) or its English name' },
        {
          rowNumber: 7,
          field: 'organization',
          message: 'organization "Unknown Alliance" does not exist: give the exact name or the id of an existing organization',
        },
        { rowNumber: 8, field: 'organization', message: 'organization "Amnesty International" names 2 organizations: give its id instead' },
      ]);
      expect(await errorCodes(job.id)).toEqual([
        { rowNumber: 3, field: 'lastName', code: 'required', params: {} },
        { rowNumber: 4, field: 'email', code: 'not_email', params: { value: 'carla@' } },
        { rowNumber: 5, field: 'email', code: 'already_in_row', params: { value: 'ana.perez@example.org', row: 2 } },
        { rowNumber: 6, field: 'country', code: 'unknown_country', params: { value: 'Narnia' } },
        { rowNumber: 7, field: 'organization', code: 'organization_not_found', params: { value: 'Unknown Alliance' } },
        { rowNumber: 8, field: 'organization', code: 'organization_ambiguous', params: { value: 'Amnesty International', count: 2 } },
      ]);

      const [ana] = await peopleByEmail('ana.perez@example.org');
      expect(ana).toMatchObject({ first_name: 'Ana', last_name: 'Pérez', email: 'ana.perez@example.org', job_title: 'Coordinator', languages: ['en', 'es'] });
      const affiliations = await t.dataSource.query(
        `SELECT organization_id AS "organizationId", role, is_primary_contact AS "isPrimaryContact", to_char(since, 'YYYY-MM-DD') AS since
           FROM affiliations WHERE person_id = $1`,
        [ana.id],
      );
      expect(affiliations).toEqual([{ organizationId: khrcId, role: 'Focal point', isPrimaryContact: true, since: '2021-03-01' }]);
      const farid = await t.dataSource.query(`SELECT country_id AS "countryId" FROM people WHERE first_name = 'Farid'`);
      expect(farid).toEqual([{ countryId: kenyaId }]);
    });

    it('writes nothing of a bad row: no person without the affiliation it asked for', async () => {
      for (const email of ['orphan@example.org', 'bruno@example.org', 'eve@example.org', 'dario@example.org']) {
        expect(await peopleByEmail(email)).toEqual([]);
      }
      const orphans = await t.dataSource.query(`SELECT 1 FROM people WHERE last_name IN ('Person', 'Twice')`);
      expect(orphans).toEqual([]);
    });

    it('updates the person who already has the e-mail, overwriting only the cells given', async () => {
      const csv = `${PEOPLE_HEADER}\nNew,Name,EXISTING@example.org,,Director,,,Kenya Human Rights Commission,,,\n`;
      const job = await importCsv('people', csv);
      expect(job).toMatchObject({ status: 'completed', createdCount: 0, updatedCount: 1, errorCount: 0 });
      const people = await peopleByEmail('existing@example.org');
      expect(people).toHaveLength(1);
      expect(people[0]).toMatchObject({ first_name: 'New', last_name: 'Name', job_title: 'Director', phones: ['+41 22 000 0000'], languages: ['fr'] });
      const links = await t.dataSource.query(`SELECT organization_id AS "organizationId" FROM affiliations WHERE person_id = $1`, [people[0].id]);
      expect(links).toEqual([{ organizationId: khrcId }]);

      // The same row again updates the same affiliation rather than adding a second one.
      await importCsv('people', `${PEOPLE_HEADER}\nNew,Name,existing@example.org,,,,,${khrcId},Treasurer,,\n`);
      const again = await t.dataSource.query(`SELECT role FROM affiliations WHERE person_id = $1`, [people[0].id]);
      expect(again).toEqual([{ role: 'Treasurer' }]);
    });

    it('leaves one audit entry summing up a real import', async () => {
      const job = await importCsv('people', 'firstName,lastName,email\nGrace,Otieno,grace@example.org\nbad,,\n');
      const entries = await t.dataSource.getRepository(AuditEntry).find({ where: { entityType: 'ImportJob', entityId: job.id } });
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        action: 'create',
        userId: t.users.coordinator.id,
        userEmail: t.users.coordinator.email,
        changes: expect.objectContaining({ created: { before: null, after: 1 }, errors: { before: null, after: 1 } }),
      });
    });

    it('checks and counts in a dry run but writes nothing except the job and its errors', async () => {
      const csv = `${PEOPLE_HEADER}\nHana,Sato,hana@example.org,,,JPN,,,,,\nNew,Name,existing@example.org,,Chair,,,,,,\nIvan,,ivan@example.org,,,,,,,,\n`;
      const job = await importCsv('people', csv, true);
      expect(job).toMatchObject({ status: 'completed', dryRun: true, createdCount: 1, updatedCount: 1, errorCount: 1 });
      expect(await errorReport(job.id)).toEqual([{ rowNumber: 4, field: 'lastName', message: 'lastName is required' }]);
      expect(job).toMatchObject({ failureCode: null, failureParams: null });
      expect(await peopleByEmail('hana@example.org')).toEqual([]);
      expect((await peopleByEmail('existing@example.org'))[0].job_title).toBe('Director');
      expect(await t.dataSource.getRepository(AuditEntry).count({ where: { entityType: 'ImportJob', entityId: job.id } })).toBe(0);
    });

    it('starts the real import from a dry run without the file being sent again, once, and only for its uploader', async () => {
      const csv = `${PEOPLE_HEADER}\nRei,Dry,rei.dry@example.org,,,JPN,,,,,\nNoLast,,nolast@example.org,,,,,,,,\n`;
      const dryRun = await importCsv('people', csv, true);
      const kept = await request(t.http)
        .get(`/api/imports/${dryRun.id}`)
        .set(...bearer(coordinator))
        .expect(200);
      expect(Date.parse(kept.body.fileKeptUntil) - Date.now()).toBeGreaterThan(23 * 3600 * 1000);
      expect(await peopleByEmail('rei.dry@example.org')).toEqual([]);

      // Another editor, even an admin, cannot import a file someone else uploaded.
      const refused = await request(t.http)
        .post(`/api/imports/${dryRun.id}/import`)
        .set(...bearer(await t.tokenFor('admin')))
        .expect(403);
      expect(refused.body.message).toContain('Only the person who uploaded this file may import it');

      const started = await request(t.http)
        .post(`/api/imports/${dryRun.id}/import`)
        .set(...bearer(coordinator))
        .expect(201);
      expect(started.body).toMatchObject({ dryRun: false, resource: 'people', fileName: 'people.csv', createdById: t.users.coordinator.id });
      const real = await waitForImport(started.body.id);
      expect(real).toMatchObject({ status: 'completed', createdCount: 1, errorCount: 1 });
      expect(await peopleByEmail('rei.dry@example.org')).toHaveLength(1);

      // The file went with the real import: a second start has nothing to import.
      const again = await request(t.http)
        .post(`/api/imports/${dryRun.id}/import`)
        .set(...bearer(coordinator))
        .expect(409);
      expect(again.body.message).toContain('no longer kept');
      expect(
        (
          await request(t.http)
            .get(`/api/imports/${dryRun.id}`)
            .set(...bearer(coordinator))
        ).body.fileKeptUntil,
      ).toBeNull();
      expect(await t.dataSource.getRepository(ImportFile).count({ where: { importId: dryRun.id } })).toBe(0);
    });

    it('refuses to start an import from a real import, or from a dry run whose time has passed', async () => {
      const real = await importCsv('people', `${PEOPLE_HEADER}\nOnce,Real,once.real@example.org,,,,,,,,\n`);
      await request(t.http)
        .post(`/api/imports/${real.id}/import`)
        .set(...bearer(coordinator))
        .expect(409);
      const dryRun = await importCsv('people', `${PEOPLE_HEADER}\nToo,Late,too.late@example.org,,,,,,,,\n`, true);
      await t.dataSource.query(`UPDATE import_jobs SET file_kept_until = now() - interval '1 minute' WHERE id = $1`, [dryRun.id]);
      const late = await request(t.http)
        .post(`/api/imports/${dryRun.id}/import`)
        .set(...bearer(coordinator))
        .expect(409);
      expect(late.body.message).toContain('upload it again');
      await request(t.http)
        .post(`/api/imports/00000000-0000-4000-8000-000000000000/import`)
        .set(...bearer(coordinator))
        .expect(404);
    });

    it('keeps at most three dry-run files per uploader, letting the oldest go', async () => {
      const ids: string[] = [];
      for (let index = 0; index < 4; index += 1)
        ids.push((await importCsv('people', `${PEOPLE_HEADER}\nKeep,No${index},keep${index}@example.org,,,,,,,,\n`, true)).id);
      const stored: Array<{ import_id: string }> = await t.dataSource.query(`SELECT import_id FROM import_files WHERE import_id = ANY($1::uuid[])`, [ids]);
      expect(stored.map((row) => row.import_id).sort()).toEqual(ids.slice(1).sort());
    });

    it('offers the error report as a CSV download', async () => {
      const job = await importCsv('people', 'firstName,lastName,email\n=cmd,Doe,"=1+1@x"\n');
      const response = await request(t.http)
        .get(`/api/imports/${job.id}/errors.csv`)
        .set(...bearer(coordinator))
        .expect(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toBe(`attachment; filename="import-${job.id}-errors.csv"`);
      expect(response.text).toBe('\uFEFFRow,Column,Problem,Code\n2,email,“=1+1@x” is not an e-mail address.,not_email\n');
    });

    it('words the downloaded error report in the language asked for, naming columns as the file heads them', async () => {
      const job = await importCsv('people', 'firstName,lastName,email\nAna,,ana@example\n');
      const report = async (lang: string) =>
        (
          await request(t.http)
            .get(`/api/imports/${job.id}/errors.csv?lang=${lang}`)
            .set(...bearer(coordinator))
            .expect(200)
        ).text;
      await expect(report('es')).resolves.toBe(
        '\uFEFFFila,Columna,Problema,Código\n2,lastName,«lastName» es obligatorio.,required\n2,email,«ana@example» no es una dirección de correo electrónico.,not_email\n',
      );
      await expect(report('fr')).resolves.toContain('2,email,« ana@example » n’est pas une adresse e-mail.,not_email');
      const refused = await request(t.http)
        .get(`/api/imports/${job.id}/errors.csv?lang=de`)
        .set(...bearer(coordinator))
        .expect(400);
      expect(refused.body.message).toContain('lang must be one of: en, es, fr');
    });

    it('fails at once on an unknown column, listing the accepted columns, and forgets the file', async () => {
      const job = await importCsv('people', 'firstName,lastName,shoeSize\nAna,Lima,42\n');
      const accepted = 'id, firstName, lastName, email, otherEmails, phones, jobTitle, country, languages, organization, role, isPrimaryContact, since';
      expect(job).toMatchObject({
        status: 'failed',
        failureReason: `Unknown column: "shoeSize". Accepted columns: ${accepted}.`,
        failureCode: 'unknown_columns',
        failureParams: { columns: 'shoeSize', accepted },
      });
      expect(await t.dataSource.getRepository(ImportFile).count({ where: { importId: job.id } })).toBe(0);
      expect(await t.dataSource.query(`SELECT 1 FROM people WHERE first_name = 'Ana' AND last_name = 'Lima'`)).toEqual([]);
    });

    it.each([
      ['firstName,lastName,,email', 'unnamed_column', { position: 3 }],
      ['firstName,lastName,email,E-mail', 'repeated_columns', { columns: 'email' }],
      ['firstName,email', 'missing_columns', { columns: 'lastName' }],
    ])('fails on the header %j with the code %s and the columns it names', async (header, code, params) => {
      const job = await importCsv('people', `${header}\nAna,Lima,ana.lima@example.org,x\n`);
      expect(job).toMatchObject({ status: 'failed', failureCode: code, failureParams: params });
    });

    it('fails on a stray quote with the line it is on', async () => {
      const job = await importCsv('people', 'firstName,lastName\nJuan,Ok\nAna,"Li"ma\n');
      expect(job).toMatchObject({ status: 'failed', processedRows: 0, failureCode: 'csv_bad_quote', failureParams: { line: 3 } });
    });

    it('fails on malformed CSV before writing any row', async () => {
      const job = await importCsv('people', 'firstName,lastName\nJuan,Ok\n"Broken,Quote\n');
      expect(job).toMatchObject({ status: 'failed', processedRows: 0 });
      expect(job.failureReason).toMatch(/^The file is not valid CSV: Quote Not Closed/);
      expect(job).toMatchObject({ failureCode: 'csv_quote_not_closed', failureParams: { line: 3 } });
      expect(await t.dataSource.query(`SELECT 1 FROM people WHERE first_name = 'Juan'`)).toEqual([]);
    });

    it('imports 100,000 rows with 1% bad rows: exactly 1,000 errors and 99,000 people', async () => {
      const lines = [PEOPLE_HEADER];
      for (let i = 1; i <= 100_000; i += 1) {
        if (i % 100 === 0) lines.push(`Bulk,,bulk${i}@bulk.example.org,,,,,,,,`);
        else lines.push(`Bulk${i},Person${i},bulk${i}@bulk.example.org,+254 700 ${String(i).padStart(6, '0')},,KEN,en,,,,`);
      }
      const started = Date.now();
      const job = await importCsv('people', `${lines.join('\n')}\n`, false, 110_000);
      expect(job).toMatchObject({ status: 'completed', processedRows: 100_000, totalRows: 100_000, createdCount: 99_000, errorCount: 1_000 });
      const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM people WHERE email LIKE '%@bulk.example.org'`);
      expect(count).toBe(99_000);
      const errors = await request(t.http)
        .get(`/api/imports/${job.id}/errors`)
        .query({ range: '[0,9]' })
        .set(...bearer(coordinator))
        .expect(200);
      expect(errors.headers['content-range']).toBe('import-row-errors 0-9/1000');
      expect(errors.body[0]).toMatchObject({ rowNumber: 101, field: 'lastName', message: 'lastName is required' });
      console.log(`[imports] 100,000 people rows imported over HTTP and the worker in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }, 120_000);
  });

  describe('organizations', () => {
    const HEADER = 'name,acronym,type,country,countriesOfWork,website,email,rightsFocus,languages,membershipStatus,joinedAt,isSteeringCommittee';

    it('creates organizations as active members and updates those matched by e-mail or by name and country', async () => {
      const csv = [
        HEADER,
        'Red de Vivienda,RV,network,ARG,ARG;URY;Chile,www.redvivienda.example.org,info@rv.example.org,housing;Water,es,,2020-05-04,no',
        'KHRC renamed,KHRC,,,,,ADMIN@khrc.example.org,,,,,yes',
        'Amnesty International,,,KEN,,,,,,suspended,,',
        'Bad Org,,club,,,,,,,,,',
        'Red de Vivienda,,,AR,,,,,,,,',
        'Too Many Cells,,,,,,,,,,,,surplus',
      ].join('\n');
      const job = await importCsv('organizations', csv);
      expect(job).toMatchObject({ status: 'completed', createdCount: 1, updatedCount: 2, errorCount: 3 });
      expect(await errorReport(job.id)).toEqual([
        {
          rowNumber: 5,
          field: 'type',
          message: 'type "club" must be one of: ngo, network, union, social_movement, academic, nhri, other',
        },
        { rowNumber: 6, field: 'name', message: 'organization "Red de Vivienda" in the same country appears already in row 2' },
        { rowNumber: 7, field: 'row', message: 'the row has 13 cells but the header names 12 columns' },
      ]);
      expect(await errorCodes(job.id)).toEqual([
        { rowNumber: 5, field: 'type', code: 'not_choice', params: { value: 'club', allowed: 'ngo, network, union, social_movement, academic, nhri, other' } },
        { rowNumber: 6, field: 'name', code: 'organization_already_in_row', params: { value: 'Red de Vivienda', row: 2 } },
        { rowNumber: 7, field: 'row', code: 'too_many_cells', params: { cells: 13, columns: 12 } },
      ]);
      const [created] = await t.dataSource.query(
        `SELECT o.acronym, o.type, o.website, o.membership_status AS status, o.rights_focus AS "rightsFocus",
                (SELECT array_agg(c.iso3 ORDER BY c.iso3) FROM organization_countries oc JOIN countries c ON c.id = oc.country_id
                  WHERE oc.organization_id = o.id) AS "countriesOfWork"
           FROM organizations o WHERE o.name = 'Red de Vivienda'`,
      );
      expect(created).toEqual({
        acronym: 'RV',
        type: 'network',
        website: 'https://www.redvivienda.example.org',
        status: 'active',
        rightsFocus: ['housing', 'water'],
        countriesOfWork: ['ARG', 'CHL', 'URY'],
      });
      const [khrc] = await t.dataSource.query(`SELECT name, acronym, is_steering_committee AS steering FROM organizations WHERE id = $1`, [khrcId]);
      expect(khrc).toEqual({ name: 'KHRC renamed', acronym: 'KHRC', steering: true });
      const statuses = await t.dataSource.query(
        `SELECT membership_status AS status FROM organizations WHERE name = 'Amnesty International' ORDER BY headquarters_country_id NULLS FIRST`,
      );
      expect(statuses).toEqual([{ status: 'active' }, { status: 'suspended' }]);
    });
    it('puts the countries of work each imported row sets in the audit trail, naming who uploaded the file', async () => {
      const countryIds = async (...iso3: string[]): Promise<string[]> =>
        (await t.dataSource.query(`SELECT id FROM countries WHERE iso3 = ANY($1) ORDER BY id`, [iso3])).map((row: { id: string }) => row.id);
      const updatedId = await insertOrganization('Haki Network', kenyaId, 'info@haki.example.org');
      await t.dataSource.query(`INSERT INTO organization_countries (organization_id, country_id) VALUES ($1, $2)`, [updatedId, kenyaId]);
      const job = await importCsv('organizations', [HEADER, 'Sahel Rights Forum,,,,MLI;NER,,,,,,,', 'Haki Network,,,KEN,UGA;TZA,,,,,,,'].join('\n'));
      expect(job).toMatchObject({ status: 'completed', createdCount: 1, updatedCount: 1, errorCount: 0 });
      const [{ id: createdId }] = await t.dataSource.query(`SELECT id FROM organizations WHERE name = 'Sahel Rights Forum'`);

      const staff = bearer(coordinator);
      expect(changesOf(await auditTrail(t.http, staff, createdId), 'countriesOfWorkIds')).toEqual([
        { before: [], after: await countryIds('MLI', 'NER'), userEmail: t.users.coordinator.email },
      ]);
      expect(changesOf(await auditTrail(t.http, staff, updatedId), 'countriesOfWorkIds')).toEqual([
        { before: [kenyaId], after: await countryIds('UGA', 'TZA'), userEmail: t.users.coordinator.email },
      ]);
    });
  });

  describe('restarts', () => {
    /** A job as the upload stores it, but not queued: the test runs it by hand, as the worker would. */
    const storeJob = async (csv: string, processedRows = 0, createdCount = 0): Promise<string> => {
      const job = await t.dataSource.getRepository(ImportJob).save({
        resource: 'people',
        dryRun: false,
        status: processedRows > 0 ? 'running' : 'queued',
        fileName: 'restart.csv',
        fileSize: csv.length,
        processedRows,
        createdCount,
        createdById: t.users.coordinator.id,
      });
      await t.dataSource.getRepository(ImportFile).insert({ importId: job.id, content: Buffer.from(csv, 'utf8') });
      return job.id;
    };

    it('resumes an interrupted import after its last committed batch, importing no row twice', async () => {
      const csv =
        'firstName,lastName,email\nR1,One,r1@restart.example.org\nR2,Two,r2@restart.example.org\nR3,Three,r3@restart.example.org\nR4,Again,r1@restart.example.org\n';
      // The first batch (rows 2–3) was committed before the worker died.
      await t.dataSource.query(
        `INSERT INTO people (first_name, last_name, email) VALUES ('R1', 'One', 'r1@restart.example.org'), ('R2', 'Two', 'r2@restart.example.org')`,
      );
      const id = await storeJob(csv, 2, 2);
      expect(await worker.get(ImportRunnerService).run(id, 2)).toBe('completed');
      const job = await waitForImport(id);
      expect(job).toMatchObject({ status: 'completed', processedRows: 4, createdCount: 3, errorCount: 1 });
      expect(await errorReport(id)).toEqual([{ rowNumber: 5, field: 'email', message: 'e-mail "r1@restart.example.org" appears already in row 2' }]);
      const people = await t.dataSource.query(`SELECT email FROM people WHERE email LIKE '%@restart.example.org' ORDER BY email`);
      expect(people).toEqual([{ email: 'r1@restart.example.org' }, { email: 'r2@restart.example.org' }, { email: 'r3@restart.example.org' }]);
    });

    it('does nothing when a finished import is delivered again', async () => {
      const id = await storeJob('firstName,lastName,email\nS1,Once,s1@restart.example.org\n');
      const runner = worker.get(ImportRunnerService);
      expect(await runner.run(id)).toBe('completed');
      expect(await runner.run(id)).toBe('skipped');
      expect(await peopleByEmail('s1@restart.example.org')).toHaveLength(1);
    });
  });

  describe('templates', () => {
    it('offers an empty CSV naming every accepted column', async () => {
      const response = await request(t.http)
        .get('/api/imports/templates/organizations.csv')
        .set(...bearer(coordinator))
        .expect(200);
      expect(response.headers['content-disposition']).toBe('attachment; filename="organizations-import-template.csv"');
      expect(response.text).toBe(
        '\uFEFFname,acronym,type,country,countriesOfWork,website,email,phone,description,rightsFocus,languages,membershipStatus,joinedAt,isSteeringCommittee\r\n',
      );
      const people = await request(t.http)
        .get('/api/imports/templates/people.csv')
        .set(...bearer(coordinator))
        .expect(200);
      expect(people.text.startsWith('\uFEFFfirstName,lastName,email,')).toBe(true);
    });

    it('answers 400 naming the resource for an unknown template', async () => {
      const response = await request(t.http)
        .get('/api/imports/templates/countries.csv')
        .set(...bearer(coordinator))
        .expect(400);
      expect(response.body).toMatchObject({ field: 'resource' });
    });
  });

  it('lists imports newest first, filtered by status and resource', async () => {
    const { body, headers } = await request(t.http)
      .get('/api/imports')
      .query({ filter: JSON.stringify({ status: ['failed'], resource: 'people' }), sort: '["createdAt","DESC"]' })
      .set(...bearer(coordinator))
      .expect(200);
    const failed = body as Array<ImportBody & { resource: string; createdAt: string }>;
    expect(headers['content-range']).toBe(`imports 0-${failed.length - 1}/${failed.length}`);
    expect(failed.length).toBeGreaterThanOrEqual(2);
    expect(failed.every((job) => job.status === 'failed' && job.resource === 'people')).toBe(true);
    expect(failed.map((job) => job.createdAt)).toEqual([...failed.map((job) => job.createdAt)].sort().reverse());
    const refused = await request(t.http)
      .get('/api/imports')
      .query({ sort: '["fileSize","ASC"]' })
      .set(...bearer(coordinator))
      .expect(400);
    expect(refused.body).toMatchObject({ field: 'sort' });
  });

  it('answers 404 for an unknown import and 400 for a malformed id', async () => {
    await request(t.http)
      .get('/api/imports/00000000-0000-4000-8000-000000000000')
      .set(...bearer(coordinator))
      .expect(404);
    await request(t.http)
      .get('/api/imports/nope/errors')
      .set(...bearer(coordinator))
      .expect(400);
  });
});
