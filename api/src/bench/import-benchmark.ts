import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { repoRoot } from '../common/repo-paths.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { ImportFile } from '../imports/import-file.entity.js';
import { ImportJob } from '../imports/import-job.entity.js';
import { AffiliationsService } from '../affiliations/affiliations.service.js';
import { AuditService } from '../audit/audit.service.js';
import { ImportRunnerService } from '../imports/import-runner.service.js';
import { OrganizationBatchService } from '../organizations/organization-batch.service.js';
import { OrganizationLinksService } from '../organizations/organization-links.service.js';
import { PersonBatchService } from '../people/person-batch.service.js';
import { canConnect, configuredServer, startEmbeddedPostgres, type PostgresServer } from '../launcher/postgres-server.js';
import { migrate } from '../launcher/prepare-database.js';
import { seeded } from './seeded-random.js';

/**
 * `npm run bench:import`: imports a generated people CSV (100,000 rows, 1% of
 * them bad, a deterministic seed) into a fresh database through the same
 * runner the worker uses, then loads the same file with `psql \copy` into a
 * plain table for comparison. Prints plain `name: value` lines.
 */

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const SEED = 20081210;
const HEADER = 'firstName,lastName,email,phones,jobTitle,country,languages,organization,role,isPrimaryContact,since';
const ORGANIZATIONS = 50;

const FIRST_NAMES = ['Ana', 'José', 'Wanjiru', 'Chloé', 'Mehmet', 'Aïcha', 'Nguyễn', 'Olga', 'Kwame', 'Lucía', 'Priya', 'Søren'];
const LAST_NAMES = ['Pérez', 'Kamau', 'Dubois', 'Yılmaz', 'Benali', 'Trần', 'Kovalenko', 'Mensah', 'García', 'Sharma', 'Ødegaard'];
const COUNTRIES = ['KEN', 'ARG', 'FRA', 'PH', 'ZA', 'India', 'BRA', 'Spain', 'MAR', 'UKR', ''];
const LANGUAGE_SETS = ['en', 'es;en', 'fr', 'ar;fr', 'pt', ''];

interface GeneratedFile {
  csv: string;
  badRows: number;
  existingEmails: string[];
}

/** One bad row in every block of a hundred, at a seeded place, each with exactly one error of a rotating kind. */
function generatePeopleCsv(rows: number): GeneratedFile {
  const random = seeded(SEED);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const lines = [HEADER];
  const existingEmails: string[] = [];
  let lastGoodEmail = '';
  let badRows = 0;
  let badAt = Math.floor(random() * 100);
  for (let i = 0; i < rows; i += 1) {
    if (i % 100 === 0 && i > 0) badAt = Math.floor(random() * 100);
    const email = `person${i}@members.example.org`;
    const hasAffiliation = random() < 0.3;
    const organization = hasAffiliation ? `Member Organization ${String(1 + Math.floor(random() * ORGANIZATIONS)).padStart(2, '0')}` : '';
    const cells = {
      firstName: pick(FIRST_NAMES),
      lastName: pick(LAST_NAMES),
      email,
      phones: random() < 0.5 ? `+254 7${String(i).padStart(8, '0')}` : '',
      jobTitle: random() < 0.3 ? 'Campaign officer' : '',
      country: pick(COUNTRIES),
      languages: pick(LANGUAGE_SETS),
      organization,
      role: hasAffiliation ? 'Focal point' : '',
      isPrimaryContact: hasAffiliation ? pick(['yes', 'no', '']) : '',
      since: hasAffiliation ? '2021-12-10' : '',
    };
    if (i % 100 === badAt) {
      badRows += 1;
      switch (badRows % 6) {
        case 0:
          cells.lastName = '';
          break;
        case 1:
          cells.email = `person${i}-at-members.example.org`;
          break;
        case 2:
          cells.country = 'Atlantis';
          break;
        case 3:
          cells.organization = 'No Such Organization';
          break;
        case 4:
          Object.assign(cells, { organization: 'Member Organization 01', since: '2021-02-30' });
          break;
        default:
          cells.email = lastGoodEmail;
      }
    } else {
      lastGoodEmail = email;
      if (random() < 0.05) existingEmails.push(email);
    }
    lines.push(Object.values(cells).join(','));
  }
  return { csv: `${lines.join('\n')}\n`, badRows, existingEmails };
}

async function resolveServer(): Promise<PostgresServer> {
  if (process.env.DATABASE_URL) return configuredServer(process.env.DATABASE_URL);
  const local = 'postgres://postgres@127.0.0.1:5432/postgres';
  if (await canConnect(local)) return configuredServer(local, 'local');
  return startEmbeddedPostgres({ dataDir: join(repoRoot(), '.data/bench-postgres'), port: 54331, password: 'coalition-bench' });
}

async function adminQuery(server: PostgresServer, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: server.urlFor('postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const seconds = (ms: number): string => (ms / 1000).toFixed(2);
const perSecond = (rows: number, ms: number): string => Math.round(rows / (ms / 1000)).toLocaleString('en-US');
const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

/** Times `psql \copy` of the file into a plain table of text columns; undefined without psql. */
function timePsqlCopy(url: string, file: string): { ms: number } | { skipped: string } {
  const psql = (command: string) => spawnSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', url, '-c', command], { encoding: 'utf8' });
  const columns = HEADER.split(',')
    .map((name) => `"${name}" text`)
    .join(', ');
  const created = psql(`CREATE TABLE bench_staging (${columns})`);
  if (created.error) return { skipped: `psql not found (${created.error.message})` };
  if (created.status !== 0) return { skipped: created.stderr.trim() };
  const started = performance.now();
  const copied = psql(`\\copy bench_staging FROM '${file}' WITH (FORMAT csv, HEADER true)`);
  const ms = performance.now() - started;
  if (copied.status !== 0) return { skipped: copied.stderr.trim() };
  return { ms };
}

async function main(): Promise<void> {
  const server = await resolveServer();
  const database = `coalition_bench_${randomBytes(4).toString('hex')}`;
  const workDir = mkdtempSync(join(tmpdir(), 'coalition-bench-'));
  let dataSource: DataSource | undefined;
  try {
    await adminQuery(server, `CREATE DATABASE ${database}`);
    const url = server.urlFor(database);
    await migrate(url);
    dataSource = await new DataSource(
      dataSourceOptions({ url, poolSize: 5, applicationName: 'coalition-bench', entities: [ImportJob, ImportFile, AuditEntry] }),
    ).initialize();
    const [{ version }] = await dataSource.query<Array<{ version: string }>>(`SELECT current_setting('server_version') AS version`);

    const generated = generatePeopleCsv(ROWS);
    const content = Buffer.from(generated.csv, 'utf8');
    const file = join(workDir, 'people.csv');
    writeFileSync(file, content);
    await dataSource.query(
      `INSERT INTO organizations (name, membership_status) SELECT 'Member Organization ' || lpad(n::text, 2, '0'), 'active' FROM generate_series(1, $1::int) AS n`,
      [ORGANIZATIONS],
    );
    await dataSource.query(`INSERT INTO people (first_name, last_name, email) SELECT 'Known', 'Contact', email FROM unnest($1::text[]) AS email`, [
      generated.existingEmails,
    ]);
    const job = await dataSource
      .getRepository(ImportJob)
      .save({ resource: 'people', dryRun: false, status: 'queued', fileName: 'people.csv', fileSize: content.length });
    await dataSource.getRepository(ImportFile).insert({ importId: job.id, content });

    console.log(`machine: ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, ${megabytes(totalmem())} MB RAM`);
    console.log(`postgresql: ${server.kind} server, version ${version}`);
    console.log(
      `file: ${ROWS} people rows, ${generated.badRows} bad, ${generated.existingEmails.length} e-mails already known, ${megabytes(content.length)} MB`,
    );

    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const audit = new AuditService(dataSource);
    const organizations = new OrganizationBatchService(new OrganizationLinksService(audit));
    const runner = new ImportRunnerService(dataSource, organizations, new PersonBatchService(), new AffiliationsService(dataSource), audit);
    const outcome = await runner.run(job.id);
    const importMs = performance.now() - started;
    const done = await dataSource.getRepository(ImportJob).findOneByOrFail({ id: job.id });
    const [{ errors }] = await dataSource.query<Array<{ errors: number }>>(`SELECT count(*)::int AS errors FROM import_row_errors WHERE import_id = $1`, [
      job.id,
    ]);

    console.log(
      `import outcome: ${outcome}, ${done.createdCount} created, ${done.updatedCount} updated, ${done.errorCount} rows refused, ${errors} error lines`,
    );
    console.log(`import elapsed: ${seconds(importMs)} s`);
    console.log(`import rate: ${perSecond(ROWS, importMs)} rows/s`);
    console.log(`import peak RSS: ${megabytes(process.resourceUsage().maxRSS * 1024)} MB (${megabytes(rssBefore)} MB before the import started)`);

    const copy = timePsqlCopy(url, file);
    if ('ms' in copy) {
      console.log(`psql \\copy elapsed: ${seconds(copy.ms)} s`);
      console.log(`psql \\copy rate: ${perSecond(ROWS, copy.ms)} rows/s`);
    } else {
      console.log(`psql \\copy: skipped, ${copy.skipped}`);
    }
    const expected = done.errorCount === generated.badRows && done.createdCount + done.updatedCount === ROWS - generated.badRows;
    if (outcome !== 'completed' || !expected) {
      console.error(`The import did not give the expected counts (${generated.badRows} bad rows): ${done.failureReason ?? ''}`);
      process.exitCode = 1;
    }
  } finally {
    await dataSource?.destroy();
    await adminQuery(server, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
    await server.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error('The import benchmark failed:', error);
  process.exit(1);
});
