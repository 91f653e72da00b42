import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { setUpCoalition, type Actor, type Coalition } from '../support/coalition.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

type OpStatus = 'none' | 'signed' | 'ratified' | 'acceded';
interface PublicCountry {
  id: string;
  iso3: string;
  name: string;
  region: string;
  opStatus: OpStatus;
  opSignedAt: string | null;
  opRatifiedAt: string | null;
}
interface Activity {
  events: number;
  lobbyingActions: number;
  testimonies: number;
  total: number;
}
interface CountryRow {
  id: string;
  iso3: string;
  region: string;
  opStatus: OpStatus;
  members: number;
  activity: Activity;
}
interface Overview {
  period: { from: string; to: string };
  region: string | null;
  countedActivity: string[];
  countriesByOpStatus: Record<OpStatus, number>;
  byRegion: Array<{ region: string; countriesByOpStatus: Record<OpStatus, number>; members: number; activity: Activity }>;
  treatyTimeline: Array<{ year: number; signatures: number; ratifications: number }>;
  countries: CountryRow[];
  activity: Activity;
  activityTrend: Array<{ month: string; events: number }>;
  noActivity: Array<{ iso3: string; members: number }>;
  upcomingReviews: Array<{ iso3: string; nextUprReviewAt: string }>;
  upcomingSessions: Array<{ title: string; country: { iso3: string } }>;
  overdueFollowUps: unknown[];
  pipeline: Array<{ stage: string; done: number; expected: number; stalled: number }>;
}

const STATUSES: OpStatus[] = ['none', 'signed', 'ratified', 'acceded'];
const addDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The events the test inserts: country, status, start (UTC day), type. */
const EVENTS: Array<{ iso3: string; status: 'proposed' | 'planned' | 'held' | 'cancelled'; day: string; title: string }> = [
  { iso3: 'KEN', status: 'held', day: '2031-03-10', title: 'Nairobi round table with the ministry' },
  { iso3: 'KEN', status: 'planned', day: '2031-11-20', title: '=HYPERLINK("http://x.example")' },
  { iso3: 'KEN', status: 'proposed', day: '2031-05-01', title: 'Proposed, not counted' },
  { iso3: 'KEN', status: 'cancelled', day: '2031-06-01', title: 'Cancelled, not counted' },
  { iso3: 'NGA', status: 'held', day: '2031-02-01', title: 'Abuja workshop' },
  { iso3: 'COL', status: 'planned', day: '2030-12-31', title: 'Bogotá forum, before the period' },
  { iso3: 'FJI', status: 'planned', day: '2031-07-01', title: 'Suva briefing' },
];
const COUNTED = EVENTS.filter((event) => event.status === 'planned' || event.status === 'held');
const inPeriod = (day: string, from: string, to: string): boolean => day >= from && day <= to;

describe('reports', () => {
  let t: TestApp;
  let c: Coalition;
  let publicCountries: PublicCountry[];
  let id: Record<string, string>;
  let before: Overview;
  const as = (actor: Actor): Record<string, string> => c.headers(actor);
  /** The text of a PDF the API answers to a steering member, as pdftotext reads it. */
  const pdfText = async (path: string): Promise<string> => {
    const response = await request(t.http)
      .get(path)
      .set(as('steering'))
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const dir = mkdtempSync(join(tmpdir(), 'country-report-'));
    writeFileSync(join(dir, 'report.pdf'), response.body as Buffer);
    return execFileSync('pdftotext', [join(dir, 'report.pdf'), '-'], { encoding: 'utf8' });
  };
  const overview = async (query: string, actor: Actor = 'steering'): Promise<Overview> =>
    (await request(t.http).get(`/api/reports/overview${query}`).set(as(actor)).expect(200)).body as Overview;
  const rowOf = (report: Overview, iso3: string): CountryRow | undefined => report.countries.find((row) => row.iso3 === iso3);

  beforeAll(async () => {
    t = await startTestApp();
    c = await setUpCoalition(t);
    publicCountries = (await request(t.http).get('/api/public/countries').expect(200)).body as PublicCountry[];
    id = Object.fromEntries(publicCountries.map((country) => [country.iso3, country.id]));
    before = await overview('?from=2031-01-01&to=2031-12-31');

    // Members: O1 in Kenya; O2 in Nigeria and working in Kenya; O3 suspended in Fiji (no member); O4 in Colombia.
    const org = async (name: string, status: string, hq: string): Promise<string> => {
      const [row] = await t.dataSource.query<Array<{ id: string }>>(
        `INSERT INTO organizations (name, type, membership_status, headquarters_country_id, email) VALUES ($1, 'ngo', $2, $3, 'private@example.org') RETURNING id`,
        [name, status, id[hq]],
      );
      return row.id;
    };
    await org('Kenya Housing Rights Forum', 'active', 'KEN');
    const o2 = await org('West Africa Food Network', 'active', 'NGA');
    await org('Pacific Water Collective', 'suspended', 'FJI');
    await org('Colectivo Andino', 'active', 'COL');
    await t.dataSource.query('INSERT INTO organization_countries (organization_id, country_id) VALUES ($1, $2)', [o2, id.KEN]);

    for (const event of EVENTS) {
      await t.dataSource.query(
        `INSERT INTO events (title, type, status, country_id, starts_at, ends_at, time_zone, outcome_report, cancellation_reason)
         VALUES ($1, 'national_event', $2, $3, $4::date + time '10:00', $4::date + time '12:00', 'UTC', $5, $6)`,
        [event.title, event.status, id[event.iso3], event.day, event.status === 'held' ? 'Report' : null, event.status === 'cancelled' ? 'Rain' : null],
      );
    }
  });
  afterAll(() => t.close());

  it('counts countries by treaty status, overall and by region, as the public list has them', async () => {
    const report = await overview('?from=2031-01-01&to=2031-12-31');
    for (const status of STATUSES) expect(report.countriesByOpStatus[status]).toBe(publicCountries.filter((country) => country.opStatus === status).length);
    const africa = report.byRegion.find((row) => row.region === 'Africa');
    for (const status of STATUSES)
      expect(africa?.countriesByOpStatus[status]).toBe(publicCountries.filter((country) => country.region === 'Africa' && country.opStatus === status).length);
    expect(report.countedActivity).toContain('events');
  });

  it('gives signatures and ratifications per year from the treaty dates', async () => {
    const report = await overview('');
    const years = new Map<number, { signatures: number; ratifications: number }>();
    for (const country of publicCountries) {
      for (const [date, key] of [
        [country.opSignedAt, 'signatures'],
        [country.opRatifiedAt, 'ratifications'],
      ] as const) {
        if (!date) continue;
        const year = Number(date.slice(0, 4));
        const entry = years.get(year) ?? { signatures: 0, ratifications: 0 };
        entry[key] += 1;
        years.set(year, entry);
      }
    }
    expect(report.treatyTimeline).toEqual([...years.entries()].sort(([a], [b]) => a - b).map(([year, counts]) => ({ year, ...counts })));
    expect(report.treatyTimeline.length).toBeGreaterThan(5);
  });

  it('counts active member organizations per country, once each, headquarters and countries of work', async () => {
    const report = await overview('?from=2031-01-01&to=2031-12-31');
    const expected: Record<string, number> = { KEN: 2, NGA: 1, COL: 1, FJI: 0 };
    for (const [iso3, added] of Object.entries(expected)) expect((rowOf(report, iso3)?.members ?? 0) - (rowOf(before, iso3)?.members ?? 0)).toBe(added);
  });

  it('counts confirmed events per country in the period, and per month', async () => {
    const [from, to] = ['2031-01-01', '2031-12-31'];
    const report = await overview(`?from=${from}&to=${to}`);
    for (const iso3 of ['KEN', 'NGA', 'COL', 'FJI']) {
      const expected = COUNTED.filter((event) => event.iso3 === iso3 && inPeriod(event.day, from, to)).length;
      expect(rowOf(report, iso3)?.activity.events).toBe(expected);
    }
    expect(rowOf(report, 'KEN')?.activity.events).toBe(2);
    expect(report.activity.events).toBe(COUNTED.filter((event) => inPeriod(event.day, from, to)).length);
    const months = new Map<string, number>();
    for (const event of COUNTED.filter((row) => inPeriod(row.day, from, to))) months.set(event.day.slice(0, 7), (months.get(event.day.slice(0, 7)) ?? 0) + 1);
    expect(report.activityTrend.map((row) => [row.month, row.events])).toEqual([...months.entries()].sort());

    const march = await overview('?from=2031-03-01&to=2031-03-31');
    expect(march.activity.events).toBe(1);
    expect(rowOf(march, 'KEN')?.activity.events).toBe(1);
  });

  it('filters by region: only its countries and their activity', async () => {
    const [from, to] = ['2031-01-01', '2031-12-31'];
    const report = await overview(`?from=${from}&to=${to}&region=Africa`);
    expect(report.region).toBe('Africa');
    expect(report.countries.length).toBe(publicCountries.filter((country) => country.region === 'Africa').length);
    expect(report.countries.every((country) => country.region === 'Africa')).toBe(true);
    const africanIso3 = new Set(publicCountries.filter((country) => country.region === 'Africa').map((country) => country.iso3));
    expect(report.activity.events).toBe(COUNTED.filter((event) => africanIso3.has(event.iso3) && inPeriod(event.day, from, to)).length);
    expect(report.byRegion.map((row) => row.region)).toEqual(['Africa']);
    const total = STATUSES.reduce((sum, status) => sum + report.countriesByOpStatus[status], 0);
    expect(total).toBe(africanIso3.size);
  });

  it('lists countries with members and no confirmed event in the 90 days up to the end of the period', async () => {
    const quiet = (report: Overview): string[] => report.noActivity.map((row) => row.iso3).filter((iso3) => ['KEN', 'NGA', 'COL', 'FJI'].includes(iso3));
    // Up to 31 December: Kenya has its November event; Nigeria (February) and Colombia (December 2030) are quiet; Fiji has no member.
    expect(quiet(await overview('?from=2031-01-01&to=2031-12-31')).sort()).toEqual(['COL', 'NGA']);
    // Up to 31 March: the window starts on 1 January, so the 31 December event no longer counts.
    expect(quiet(await overview('?from=2031-01-01&to=2031-03-31')).sort()).toEqual(['COL']);
    // Up to 30 March: the window starts on 31 December, which it includes.
    expect(quiet(await overview('?from=2031-01-01&to=2031-03-30')).sort()).toEqual([]);
    // The region filter applies to the list too.
    expect(quiet(await overview('?from=2031-01-01&to=2031-12-31&region=Americas'))).toEqual(['COL']);
  });

  it('lists upcoming reviews and sessions of states that have not ratified, not of those that have', async () => {
    const open = publicCountries.find((country) => country.opStatus === 'none' && !['KEN', 'NGA', 'COL', 'FJI'].includes(country.iso3));
    const party = publicCountries.find((country) => country.opStatus === 'ratified' && !['KEN', 'NGA', 'COL', 'FJI'].includes(country.iso3));
    if (!open || !party) throw new Error('reference data lacks a non-ratified or a ratified state');
    await t.dataSource.query('UPDATE countries SET next_upr_review_at = $1 WHERE id = ANY($2::uuid[])', [addDays(30), [open.id, party.id]]);
    for (const country of [open, party]) {
      await t.dataSource.query(
        `INSERT INTO events (title, type, status, country_id, starts_at, ends_at, time_zone)
         VALUES ($1, 'intergovernmental_session', 'planned', $2, now() + interval '10 days', now() + interval '11 days', 'UTC')`,
        [`UPR session of ${country.iso3}`, country.id],
      );
    }
    const report = await overview('');
    expect(report.upcomingReviews.map((row) => row.iso3)).toContain(open.iso3);
    expect(report.upcomingReviews.map((row) => row.iso3)).not.toContain(party.iso3);
    expect(report.upcomingReviews.find((row) => row.iso3 === open.iso3)?.nextUprReviewAt).toBe(addDays(30));
    expect(report.upcomingSessions.map((row) => row.country.iso3)).toContain(open.iso3);
    expect(report.upcomingSessions.map((row) => row.country.iso3)).not.toContain(party.iso3);
  });

  it('counts the ratification pipeline by stage and status', async () => {
    await t.dataSource.query(
      `INSERT INTO ratification_steps (country_id, stage, status) VALUES ($1, 'cabinet_approval', 'stalled'), ($2, 'cabinet_approval', 'done')`,
      [id.KEN, id.NGA],
    );
    const report = await overview('');
    const cabinet = report.pipeline.find((row) => row.stage === 'cabinet_approval');
    const [expected] = await t.dataSource.query<Array<{ stalled: number; done: number }>>(
      `SELECT count(*) FILTER (WHERE status = 'stalled')::int AS stalled, count(*) FILTER (WHERE status = 'done')::int AS done FROM ratification_steps WHERE stage = 'cabinet_approval'`,
    );
    expect(cabinet).toMatchObject({ stalled: expected.stalled, done: expected.done });
    expect(cabinet?.stalled).toBeGreaterThanOrEqual(1);
    expect(report.pipeline).toHaveLength(6);
  });

  it('refuses a bad period or region with a 400 naming the field', async () => {
    const cases: Array<[string, string]> = [
      ['?from=2031-13-01', 'from'],
      ['?to=yesterday', 'to'],
      ['?from=2031-02-30', 'from'],
      ['?region=Atlantis', 'region'],
      ['?from=2031-05-01&to=2031-04-01', 'from'],
      ['?from=1900-01-01&to=2031-01-01', 'from'],
      ['?region=Africa&region=Asia', 'region'],
    ];
    for (const [query, field] of cases) {
      const response = await request(t.http).get(`/api/reports/overview${query}`).set(as('steering'));
      expect([query, response.status]).toEqual([query, 400]);
      expect(JSON.stringify(response.body)).toContain(field);
    }
  });

  it('gives members and the public no report', async () => {
    for (const path of [
      '/api/reports/overview',
      '/api/reports/countries/KEN',
      '/api/reports/countries/KEN/report.pdf',
      '/api/reports/countries/KEN/csv/events',
    ]) {
      await request(t.http).get(path).set(as('memberA')).expect(403);
      await request(t.http).get(path).expect(401);
    }
  });

  it('gives everything about one country for a steering meeting, without contact data', async () => {
    const response = await request(t.http).get('/api/reports/countries/ken?from=2031-01-01&to=2031-12-31').set(as('coordinator')).expect(200);
    const report = response.body as {
      country: { iso3: string; opStatus: string };
      activity: Activity;
      activeInLast90Days: boolean;
      events: Array<{ title: string }>;
      members: Array<Record<string, unknown>>;
      steps: Array<{ stage: string; status: string }>;
    };
    expect(report.country.iso3).toBe('KEN');
    expect(report.country.opStatus).toBe(publicCountries.find((country) => country.iso3 === 'KEN')?.opStatus);
    expect(report.activity.events).toBe(COUNTED.filter((event) => event.iso3 === 'KEN').length);
    expect(report.activeInLast90Days).toBe(true);
    expect(report.events.map((event) => event.title)).toEqual(
      EVENTS.filter((event) => event.iso3 === 'KEN' && event.status !== 'proposed')
        .sort((a, b) => b.day.localeCompare(a.day))
        .map((event) => event.title),
    );
    expect(report.members.map((member) => member.name).sort()).toEqual(['Kenya Housing Rights Forum', 'West Africa Food Network']);
    expect(JSON.stringify(report)).not.toContain('private@example.org');
    expect(report.steps).toEqual([expect.objectContaining({ stage: 'cabinet_approval', status: 'stalled' })]);
    await request(t.http).get('/api/reports/countries/XXX').set(as('steering')).expect(404);
    const bad = await request(t.http).get('/api/reports/countries/K3N').set(as('steering')).expect(400);
    expect(JSON.stringify(bad.body)).toContain('iso3');
  });

  it('exports each table of a country report as formula-safe CSV', async () => {
    const response = await request(t.http).get('/api/reports/countries/KEN/csv/events?from=2031-01-01&to=2031-12-31').set(as('steering')).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.text).toContain(`'=HYPERLINK`);
    expect(response.text).not.toMatch(/(^|,)"?=HYPERLINK/m);
    expect(response.text).toContain('Nairobi round table with the ministry');
    for (const table of ['history', 'steps', 'members', 'activity'])
      await request(t.http).get(`/api/reports/countries/KEN/csv/${table}`).set(as('steering')).expect(200);
    const bad = await request(t.http).get('/api/reports/countries/KEN/csv/secrets').set(as('steering')).expect(400);
    expect(JSON.stringify(bad.body)).toContain('table');
  });

  it('produces the country report as a PDF whose text has the status and the latest events', async () => {
    const text = await pdfText('/api/reports/countries/KEN/report.pdf?from=2031-01-01&to=2031-12-31');
    expect(text).toContain('Country report: Kenya');
    const status = publicCountries.find((country) => country.iso3 === 'KEN')?.opStatus;
    const label = { none: 'Not signed', signed: 'Signed', ratified: 'Ratified', acceded: 'Acceded' }[status ?? 'none'];
    expect(text).toMatch(new RegExp(`OP-ICESCR status:\\s+${label}`));
    expect(text).toContain('Nairobi round table with the ministry');
    expect(text).toContain('Kenya Housing Rights Forum');
    expect(text).toContain('Cabinet approval');
  });

  it('writes the country report PDF in Spanish and in French when asked, statuses and stages included', async () => {
    const status = publicCountries.find((country) => country.iso3 === 'KEN')?.opStatus ?? 'none';
    const spanish = await pdfText('/api/reports/countries/KEN/report.pdf?from=2031-01-01&to=2031-12-31&lang=es');
    expect(spanish).toContain('Informe de país: Kenia');
    expect(spanish).toMatch(
      new RegExp(`Estado del PF-PIDESC:\\s+${{ none: 'No firmado', signed: 'Firmado', ratified: 'Ratificado', acceded: 'Adhesión' }[status]}`),
    );
    expect(spanish).toContain('Aprobación del gobierno');
    expect(spanish).toContain('Últimos eventos');
    expect(spanish).toContain('Nairobi round table with the ministry');
    expect(spanish).not.toContain('Latest events');
    const french = await pdfText('/api/reports/countries/KEN/report.pdf?from=2031-01-01&to=2031-12-31&lang=fr');
    expect(french).toContain('Rapport pays : Kenya');
    expect(french).toContain('Approbation du gouvernement');
    expect(french).toContain('Organisations membres');
    expect(french).toContain('Kenya Housing Rights Forum');
    const refused = await request(t.http).get('/api/reports/countries/KEN/report.pdf?lang=de').set(as('steering')).expect(400);
    expect(JSON.stringify(refused.body)).toContain('lang');
    // The language belongs to the document only: the report itself refuses it like any unknown parameter.
    await request(t.http).get('/api/reports/countries/KEN?lang=es').set(as('steering')).expect(400);
  });

  it('serves the public map summary and country list to any website, with public facts only', async () => {
    const summary = await request(t.http).get('/api/public/map').set('Origin', 'https://coalition.example').expect(200);
    expect(summary.headers['access-control-allow-origin']).toBe('*');
    const body = summary.body as { countriesByOpStatus: Record<OpStatus, number>; countries: number; lastUpdatedAt: string | null };
    for (const status of STATUSES) expect(body.countriesByOpStatus[status]).toBe(publicCountries.filter((country) => country.opStatus === status).length);
    expect(body.countries).toBe(publicCountries.length);
    expect(body.lastUpdatedAt).not.toBeNull();
    expect(Object.keys(body).sort()).toEqual(['countries', 'countriesByOpStatus', 'lastUpdatedAt']);

    const list = await request(t.http).get('/api/public/countries').set('Origin', 'https://coalition.example').expect(200);
    expect(list.headers['access-control-allow-origin']).toBe('*');
    const keys = new Set((list.body as Array<Record<string, unknown>>).flatMap((country) => Object.keys(country)));
    expect([...keys].sort()).toEqual(['iso3', 'id', 'name', 'nameEs', 'nameFr', 'opRatifiedAt', 'opSignedAt', 'opStatus', 'region'].sort());
  });

  it('serves the public map page at /map, embeddable by other websites, while the admin stays unframeable', async () => {
    const map = await request(t.http).get('/map').expect(200);
    expect(map.text).toContain('id="map-root"');
    expect(map.headers['x-frame-options']).toBeUndefined();
    expect(map.headers['content-security-policy']).toContain('frame-ancestors *');
    const admin = await request(t.http).get('/').expect(200);
    expect(admin.text).not.toContain('id="map-root"');
    expect(admin.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(admin.headers['content-security-policy']).toContain("frame-ancestors 'self'");
  });

  it('counts lobbying actions that happened and testimonies received, lists overdue follow-ups, and prints the latest actions', async () => {
    const action = async (iso3: string, status: string, occurredOn: string, title: string, followUpAt: string | null = null): Promise<string> => {
      const [row] = await t.dataSource.query<Array<{ id: string }>>(
        `INSERT INTO lobbying_actions (type, country_id, occurred_on, title, status, follow_up_at) VALUES ('letter', $1, $2, $3, $4, $5) RETURNING id`,
        [id[iso3], occurredOn, title, status, followUpAt],
      );
      return row.id;
    };
    await action('KEN', 'done', '2031-04-02', 'Letter to the Minister of Foreign Affairs');
    await action('KEN', 'planned', '2031-05-01', 'Planned, not counted');
    await action('NGA', 'awaiting_response', '2031-10-15', 'Meeting with the parliamentary committee');
    const overdue = await action('COL', 'awaiting_response', '2025-01-10', 'Ask the ministry for its answer', '2025-02-01');
    const closed = await action('COL', 'closed', '2025-01-11', 'Answered long ago', '2025-02-01');
    for (const [iso3, at] of [
      ['KEN', '2031-06-01T12:00:00Z'],
      ['FJI', '2031-02-01T12:00:00Z'],
    ]) {
      await t.dataSource.query(`INSERT INTO testimonies (country_id, text, source, created_at) VALUES ($1, 'Evicted without notice', 'secretariat', $2)`, [
        id[iso3],
        at,
      ]);
    }

    const report = await overview('?from=2031-01-01&to=2031-12-31');
    expect(report.countedActivity).toEqual(['events', 'lobbyingActions', 'testimonies']);
    expect(rowOf(report, 'KEN')?.activity).toEqual({ events: 2, lobbyingActions: 1, testimonies: 1, total: 4 });
    expect(rowOf(report, 'NGA')?.activity).toEqual({ events: 1, lobbyingActions: 1, testimonies: 0, total: 2 });
    expect(rowOf(report, 'FJI')?.activity).toEqual({ events: 1, lobbyingActions: 0, testimonies: 1, total: 2 });
    expect(report.activityTrend.find((row) => row.month === '2031-04')).toMatchObject({ events: 0, lobbyingActions: 1, testimonies: 0 });
    // Nigeria's October action counts as activity: only Colombia stays quiet.
    expect(report.noActivity.map((row) => row.iso3).filter((iso3) => ['KEN', 'NGA', 'COL', 'FJI'].includes(iso3))).toEqual(['COL']);
    const followUps = report.overdueFollowUps as Array<{ id: string; kind: string }>;
    expect(followUps.map((row) => row.id)).toContain(overdue);
    expect(followUps.map((row) => row.id)).not.toContain(closed);

    const country = (await request(t.http).get('/api/reports/countries/KEN?from=2031-01-01&to=2031-12-31').set(as('steering')).expect(200)).body as {
      actions: Array<{ title: string }>;
    };
    expect(country.actions.map((row) => row.title)).toEqual(['Planned, not counted', 'Letter to the Minister of Foreign Affairs']);
    const text = await pdfText('/api/reports/countries/KEN/report.pdf?from=2031-01-01&to=2031-12-31');
    expect(text).toContain('Latest lobbying actions');
    expect(text).toContain('Letter to the Minister of Foreign Affairs');
    expect(text).toContain('Lobbying actions: 1');
  });
});
