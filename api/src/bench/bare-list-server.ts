import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';

/**
 * The yardstick of `npm run bench:lists`: Node's `http` and a `pg.Pool`
 * answering the same searches with the same SQL the API sends (the folded
 * LIKE on the trigram-indexed search column, the same order, a page of 25
 * with the organizations' links or the people's user ids, the count capped at
 * 10,001 rows, page and count at once on two connections), and nothing else:
 * no framework, no authentication, no logging. The API's figures are read
 * against it.
 */

const EXACT_COUNT_LIMIT = 10_000;
const PATTERN = `'%' || replace(replace(replace(public.immutable_unaccent(lower($1::text)), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'`;

const ORGANIZATION_COLUMNS = `o.id, o.created_at, o.updated_at, o.name, o.acronym, o.type, o.headquarters_country_id, o.website, o.email, o.phone,
  o.description, o.rights_focus, o.languages, o.membership_status, o.joined_at, o.is_steering_committee,
  ARRAY(SELECT oc.country_id FROM organization_countries oc WHERE oc.organization_id = o.id ORDER BY oc.country_id) AS countries_of_work_ids,
  ARRAY(SELECT owg.working_group_id FROM organization_working_groups owg WHERE owg.organization_id = o.id ORDER BY owg.working_group_id) AS working_group_ids`;

const PERSON_COLUMNS = `p.id, p.created_at, p.updated_at, p.first_name, p.last_name, p.email, p.other_emails, p.phones, p.job_title, p.country_id,
  p.languages, p.consent_at, p.consent_source, (SELECT u.id FROM users u WHERE u.person_id = p.id) AS user_id`;

interface Resource {
  page: string;
  /** Every matching row, for the count and the estimate. */
  matching: string;
}

const RESOURCES = new Map<string, Resource>([
  [
    '/organizations',
    {
      page: `SELECT ${ORGANIZATION_COLUMNS} FROM organizations o WHERE o.search_text LIKE ${PATTERN}
             ORDER BY (o.search_text LIKE ${PATTERN}) DESC, lower(o.name) ASC NULLS LAST, o.id ASC LIMIT 25`,
      matching: `SELECT 1 FROM organizations o WHERE o.search_text LIKE ${PATTERN}`,
    },
  ],
  [
    '/people',
    {
      page: `SELECT ${PERSON_COLUMNS} FROM people p WHERE p.search_text LIKE ${PATTERN}
             ORDER BY (p.search_text LIKE ${PATTERN}) DESC, lower(p.last_name) ASC NULLS LAST, p.id ASC LIMIT 25`,
      matching: `SELECT 1 FROM people p WHERE p.search_text LIKE ${PATTERN}`,
    },
  ],
]);

const camelCase = (row: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(row).map(([key, value]) => [key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase()), value]));

export interface BareListServer {
  port: number;
  close(): Promise<void>;
}

/** Starts the bare server on a free port of 127.0.0.1: `GET /organizations?q=…` and `GET /people?q=…`. */
export async function startBareListServer(databaseUrl: string, poolSize: number): Promise<BareListServer> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, application_name: 'coalition-bench-bare' });
  // An idle connection closed by the server (the benchmark drops its database at the end) is no failure of a request.
  pool.on('error', () => undefined);

  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const resource = RESOURCES.get(url.pathname);
    const term = url.searchParams.get('q')?.trim();
    if (!resource || !term) {
      response.writeHead(404).end();
      return;
    }
    const [page, counted] = await Promise.all([
      pool.query(resource.page, [term]),
      pool.query<{ count: number }>(`SELECT count(*)::int AS count FROM (${resource.matching} LIMIT ${EXACT_COUNT_LIMIT + 1}) AS matches`, [term]),
    ]);
    const count = counted.rows[0]?.count ?? 0;
    const total = count > EXACT_COUNT_LIMIT ? await estimate(resource, term) : count;
    const name = url.pathname.slice(1);
    response.writeHead(200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Range': page.rows.length === 0 ? `${name} */${total}` : `${name} 0-${page.rows.length - 1}/${total}`,
    });
    response.end(JSON.stringify(page.rows.map(camelCase)));
  }

  async function estimate(resource: Resource, term: string): Promise<number> {
    const { rows } = await pool.query<{ 'QUERY PLAN': Array<{ Plan: { 'Plan Rows': number } }> }>(`EXPLAIN (FORMAT JSON) ${resource.matching}`, [term]);
    const rowsEstimate = rows[0]?.['QUERY PLAN'][0]?.Plan['Plan Rows'] ?? 0;
    return Math.max(Number(rowsEstimate.toPrecision(2)), EXACT_COUNT_LIMIT + 1);
  }

  // Answers still running when the load generator hangs up; the pool ends after them.
  const running = new Set<Promise<void>>();
  const server = createServer((request, response) => {
    const answered = answer(request, response)
      .catch((error: unknown) => {
        console.error('bare server:', error);
        if (!response.headersSent) response.writeHead(500);
        response.end();
      })
      .finally(() => running.delete(answered));
    running.add(answered);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all(running);
      await pool.end();
    },
  };
}
