import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { eventsPerCountryWithin, eventsPerMonthWithin } from '../../api/src/events/event-figures.js';
import { actionsPerCountryWithin, actionsPerMonthWithin } from '../../api/src/lobbying-actions/lobbying-figures.js';
import { membersPerCountryWithin } from '../../api/src/organizations/member-figures.js';
import type { FigurePeriod } from '../../api/src/reports/report.contract.js';
import { testimoniesPerCountryWithin, testimoniesPerMonthWithin } from '../../api/src/testimonies/testimony-figures.js';
import { setUpCoalition, type Coalition } from '../support/coalition.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

type Kind = 'events' | 'lobbyingActions' | 'testimonies';
interface Activity {
  events: number;
  lobbyingActions: number;
  testimonies: number;
  total: number;
}
interface Overview {
  countries: Array<{ id: string; iso3: string; members: number; activity: Activity }>;
  activityTrend: Array<{ month: string } & Record<Kind, number>>;
  noActivity: Array<{ iso3: string }>;
}

/** Periods of 2033 that read whole months, partial months, and a single partial month. */
const PERIODS = [
  { from: '2033-01-01', to: '2033-12-31' },
  { from: '2033-02-15', to: '2033-11-20' },
  { from: '2033-03-05', to: '2033-03-20' },
];

/**
 * The reports' activity and member counts are kept by triggers in tables of
 * their own. After every kind of write to the counted tables, the reports
 * must say what the owners' own aggregates (their figure modules, counting
 * the rows themselves) say: for every country, every month and every period.
 */
describe('report counts after writes', () => {
  let t: TestApp;
  let c: Coalition;
  let id: Record<string, string>;

  const overview = async (period: { from: string; to: string }): Promise<Overview> =>
    (await request(t.http).get(`/api/reports/overview?from=${period.from}&to=${period.to}`).set(c.headers('steering')).expect(200)).body as Overview;

  /** What the owners' aggregates count, per country and per month, for a period. */
  async function reference(period: { from: string; to: string }) {
    const until = new Date(Date.parse(`${period.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const figurePeriod: FigurePeriod = { from: period.from, until, region: null, countryId: null };
    const m = t.dataSource.manager;
    const [events, actions, testimonies, eventMonths, actionMonths, testimonyMonths, members] = await Promise.all([
      eventsPerCountryWithin(m, figurePeriod),
      actionsPerCountryWithin(m, figurePeriod),
      testimoniesPerCountryWithin(m, figurePeriod),
      eventsPerMonthWithin(m, figurePeriod),
      actionsPerMonthWithin(m, figurePeriod),
      testimoniesPerMonthWithin(m, figurePeriod),
      membersPerCountryWithin(m, null),
    ]);
    const activity = new Map<string, Activity>();
    const add = (rows: Array<{ countryId: string; count: number }>, kind: Kind): void => {
      for (const row of rows) {
        const figures = activity.get(row.countryId) ?? { events: 0, lobbyingActions: 0, testimonies: 0, total: 0 };
        figures[kind] += row.count;
        figures.total += row.count;
        activity.set(row.countryId, figures);
      }
    };
    add(events, 'events');
    add(actions, 'lobbyingActions');
    add(testimonies, 'testimonies');
    const months = new Map<string, Record<Kind, number>>();
    for (const [rows, kind] of [
      [eventMonths, 'events'],
      [actionMonths, 'lobbyingActions'],
      [testimonyMonths, 'testimonies'],
    ] as const) {
      for (const row of rows) {
        const month = months.get(row.month) ?? { events: 0, lobbyingActions: 0, testimonies: 0 };
        month[kind] += row.count;
        months.set(row.month, month);
      }
    }
    return {
      activity: Object.fromEntries([...activity].filter(([, figures]) => figures.total > 0)),
      members: Object.fromEntries(members.filter((row) => row.members > 0).map((row) => [row.countryId, row.members])),
      months: [...months].sort(([a], [b]) => a.localeCompare(b)).map(([month, counts]) => ({ month, ...counts })),
    };
  }

  /** The overview and the country reports of every period agree with the owners' aggregates. */
  async function expectReportsAgree(): Promise<void> {
    for (const period of PERIODS) {
      const [report, expected] = await Promise.all([overview(period), reference(period)]);
      const activity = Object.fromEntries(report.countries.filter((row) => row.activity.total > 0).map((row) => [row.id, row.activity]));
      const members = Object.fromEntries(report.countries.filter((row) => row.members > 0).map((row) => [row.id, row.members]));
      expect({ period, activity, members, months: report.activityTrend }).toEqual({ period, ...expected });
      for (const iso3 of ['KEN', 'NGA', 'COL']) {
        const country = (await request(t.http).get(`/api/reports/countries/${iso3}?from=${period.from}&to=${period.to}`).set(c.headers('steering')).expect(200))
          .body as { activity: Activity; members: unknown[] };
        expect({ iso3, period, activity: country.activity }).toEqual({
          iso3,
          period,
          activity: expected.activity[id[iso3]] ?? { events: 0, lobbyingActions: 0, testimonies: 0, total: 0 },
        });
        expect(country.members.length).toBe(expected.members[id[iso3]] ?? 0);
      }
    }
  }

  const event = async (iso3: string, status: string, at: string): Promise<string> => {
    const [row] = await t.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO events (title, type, status, country_id, starts_at, ends_at, time_zone, outcome_report, cancellation_reason)
       VALUES ('Counted event', 'national_event', $1, $2, $3::timestamptz, $3::timestamptz + interval '2 hours', 'UTC', $4, $5) RETURNING id`,
      [status, id[iso3], at, status === 'held' ? 'Report' : null, status === 'cancelled' ? 'Rain' : null],
    );
    return row.id;
  };
  const action = async (iso3: string, status: string, occurredOn: string): Promise<string> => {
    const [row] = await t.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO lobbying_actions (type, country_id, occurred_on, title, status) VALUES ('letter', $1, $2, 'Counted action', $3) RETURNING id`,
      [id[iso3], occurredOn, status],
    );
    return row.id;
  };
  const testimony = async (iso3: string, at: string): Promise<string> => {
    const [row] = await t.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO testimonies (country_id, text, source, created_at) VALUES ($1, 'Evicted', 'secretariat', $2) RETURNING id`,
      [id[iso3], at],
    );
    return row.id;
  };
  const organization = async (status: string, hq: string | null): Promise<string> => {
    const [row] = await t.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO organizations (name, type, membership_status, headquarters_country_id) VALUES ('Counted organization', 'ngo', $1, $2) RETURNING id`,
      [status, hq ? id[hq] : null],
    );
    return row.id;
  };
  const worksIn = (organizationId: string, iso3: string): Promise<unknown> =>
    t.dataSource.query('INSERT INTO organization_countries (organization_id, country_id) VALUES ($1, $2)', [organizationId, id[iso3]]);

  beforeAll(async () => {
    t = await startTestApp();
    c = await setUpCoalition(t);
    const countries = (await request(t.http).get('/api/public/countries').expect(200)).body as Array<{ iso3: string; id: string }>;
    id = Object.fromEntries(countries.map((country) => [country.iso3, country.id]));
  });
  afterAll(() => t.close());

  it('count what was inserted, near the edges of months and periods', async () => {
    await event('KEN', 'held', '2033-03-10T10:00:00Z');
    await event('KEN', 'planned', '2033-02-14T23:30:00Z');
    await event('KEN', 'planned', '2033-02-15T00:10:00Z');
    await event('KEN', 'proposed', '2033-04-01T10:00:00Z');
    await event('NGA', 'cancelled', '2033-05-01T10:00:00Z');
    await event('NGA', 'held', '2033-11-20T23:59:00Z');
    await action('KEN', 'done', '2033-03-05');
    await action('NGA', 'planned', '2033-06-01');
    await action('COL', 'awaiting_response', '2033-12-31');
    await testimony('COL', '2033-03-20T12:00:00Z');
    await testimony('KEN', '2032-12-31T23:59:59Z');
    // One statement of many rows, as the import and the benchmark write them.
    await t.dataSource.query(
      `INSERT INTO lobbying_actions (type, country_id, occurred_on, title, status)
       SELECT 'letter', (ARRAY[$1, $2, $3]::uuid[])[1 + n % 3], date '2033-01-01' + (n % 365), 'Bulk action', (ARRAY['planned', 'done', 'closed'])[1 + n % 3]
         FROM generate_series(1, 600) AS n`,
      [id.KEN, id.NGA, id.COL],
    );
    const o1 = await organization('active', 'KEN');
    await worksIn(o1, 'NGA');
    await worksIn(o1, 'KEN');
    await organization('suspended', 'COL');
    await expectReportsAgree();

    const report = await overview(PERIODS[0]);
    const kenya = report.countries.find((row) => row.iso3 === 'KEN');
    expect(kenya?.members).toBe(1);
    expect(kenya?.activity.events).toBe(3);
  });

  it('follow an event, an action or a testimony moved to another country or date, or whose status changes', async () => {
    const moved = await event('KEN', 'held', '2033-03-11T10:00:00Z');
    const confirmed = await event('NGA', 'proposed', '2033-07-01T10:00:00Z');
    const done = await action('COL', 'planned', '2033-08-08');
    const received = await testimony('NGA', '2033-09-09T09:00:00Z');
    await expectReportsAgree();

    await t.dataSource.query(`UPDATE events SET country_id = $1 WHERE id = $2`, [id.COL, moved]);
    await expectReportsAgree();
    await t.dataSource.query(`UPDATE events SET starts_at = '2034-01-05T10:00:00Z', ends_at = '2034-01-05T12:00:00Z' WHERE id = $1`, [moved]);
    await t.dataSource.query(`UPDATE events SET status = 'planned' WHERE id = $1`, [confirmed]);
    await expectReportsAgree();
    await t.dataSource.query(`UPDATE events SET status = 'cancelled', cancellation_reason = 'Strike' WHERE id = $1`, [confirmed]);
    await t.dataSource.query(`UPDATE lobbying_actions SET status = 'done', occurred_on = '2033-02-20' WHERE id = $1`, [done]);
    await t.dataSource.query(`UPDATE testimonies SET country_id = $1, created_at = '2033-03-06T00:00:00Z' WHERE id = $2`, [id.KEN, received]);
    await expectReportsAgree();
    // A statement that rewrites many rows, some of them without changing what counts.
    await t.dataSource.query(`UPDATE lobbying_actions SET occurred_on = occurred_on + 40, title = title || '.' WHERE title = 'Bulk action'`);
    await t.dataSource.query(`UPDATE lobbying_actions SET title = 'Renamed bulk action' WHERE title LIKE 'Bulk action%'`);
    await expectReportsAgree();
  });

  it('forget what was deleted', async () => {
    await t.dataSource.query(`DELETE FROM events WHERE country_id = $1 AND starts_at < '2033-03-01'`, [id.KEN]);
    await t.dataSource.query(`DELETE FROM lobbying_actions WHERE country_id = $1 AND title LIKE 'Renamed%'`, [id.NGA]);
    await t.dataSource.query(`DELETE FROM testimonies WHERE country_id = $1`, [id.COL]);
    await expectReportsAgree();
    const report = await overview(PERIODS[0]);
    expect(report.countries.find((row) => row.iso3 === 'COL')?.activity.testimonies).toBe(0);
  });

  it('follow membership: status, headquarters, countries of work, merges and deletions', async () => {
    const o2 = await organization('active', 'NGA');
    await worksIn(o2, 'COL');
    const o3 = await organization('applicant', 'KEN');
    await worksIn(o3, 'NGA');
    await expectReportsAgree();

    await t.dataSource.query(`UPDATE organizations SET membership_status = 'active' WHERE id = $1`, [o3]);
    await expectReportsAgree();
    await t.dataSource.query(`UPDATE organizations SET headquarters_country_id = $1 WHERE id = $2`, [id.COL, o2]);
    await expectReportsAgree();
    await t.dataSource.query(`UPDATE organizations SET membership_status = 'lapsed' WHERE id = $1`, [o2]);
    await t.dataSource.query(`UPDATE organization_countries SET organization_id = $1 WHERE organization_id = $2`, [o3, o2]);
    await expectReportsAgree();
    await t.dataSource.query(`DELETE FROM organization_countries WHERE organization_id = $1 AND country_id = $2`, [o3, id.NGA]);
    await expectReportsAgree();
    await t.dataSource.query(`DELETE FROM organizations WHERE id = $1`, [o3]);
    await expectReportsAgree();
    await t.dataSource.query(`UPDATE organizations SET headquarters_country_id = NULL WHERE id = $1`, [o2]);
    await expectReportsAgree();
  });
});
