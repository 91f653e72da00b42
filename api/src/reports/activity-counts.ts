import type { EntityManager } from 'typeorm';
import { addDays, type ActivityKind, type FigurePeriod } from './report.contract.js';

/**
 * Reads of the reports' count tables (kept exact by triggers, see the
 * migration CreateReportCounts). A period `[from, until)` reads its whole
 * months from `activity_month_counts` and only the days of its partial first
 * and last months from `activity_day_counts`: a five-year overview sums about
 * 60 months per country and kind, not 1,800 days.
 */

export interface ActivityFigures {
  perCountry: Array<{ kind: ActivityKind; countryId: string; count: number }>;
  perMonth: Array<{ kind: ActivityKind; month: string; count: number }>;
}

/** The whole months of `[from, until)` and the day ranges outside them (either may be empty). */
export function splitIntoMonths(from: string, until: string): { months: [string, string]; days: Array<[string, string]> } {
  const firstWhole = from.endsWith('-01') ? from : `${addDays(`${from.slice(0, 7)}-01`, 32).slice(0, 7)}-01`;
  const lastStart = `${until.slice(0, 7)}-01`;
  if (firstWhole >= lastStart) return { months: [from, from], days: [[from, until]] };
  return {
    months: [firstWhole, lastStart],
    days: [
      [from, firstWhole],
      [lastStart, until],
    ],
  };
}

/** The count tables' column of each kind: the table it counts. */
const COLUMNS: Record<ActivityKind, string> = { events: 'events', lobbyingActions: 'lobbying_actions', testimonies: 'testimonies' };
const KINDS = Object.keys(COLUMNS) as ActivityKind[];
const SUMS = KINDS.map((kind) => `sum(${COLUMNS[kind]})::int AS "${kind}"`).join(', ');

/** The count rows of the period, by country and month, filtered by region or country. */
function periodRows(period: FigurePeriod): { sql: string; params: unknown[] } {
  const { months, days } = splitIntoMonths(period.from, period.until);
  const [first, second] = [days[0], days[1] ?? days[0]];
  const columns = KINDS.map((kind) => COLUMNS[kind]).join(', ');
  return {
    sql: `SELECT a.* FROM (
            SELECT country_id, month, ${columns} FROM activity_month_counts WHERE month >= $1::date AND month < $2::date
            UNION ALL
            SELECT country_id, date_trunc('month', day)::date, ${columns} FROM activity_day_counts
             WHERE (day >= $3::date AND day < $4::date) OR (day >= $5::date AND day < $6::date)
          ) a JOIN countries c ON c.id = a.country_id
          WHERE ($7::text IS NULL OR c.region = $7) AND ($8::uuid IS NULL OR a.country_id = $8)`,
    params: [months[0], months[1], first[0], first[1], second[0], second[1], period.region, period.countryId],
  };
}

type CountRow = { countryId: string | null; month: string | null } & Record<ActivityKind, number>;

/** Activity per kind and country, and per kind and month (`YYYY-MM`), in one pass over the count tables. */
export async function activityWithin(manager: EntityManager, period: FigurePeriod): Promise<ActivityFigures> {
  const { sql, params } = periodRows(period);
  const rows: CountRow[] = await manager.query(
    `SELECT country_id AS "countryId", to_char(month, 'YYYY-MM') AS month, ${SUMS} FROM (${sql}) r
      GROUP BY GROUPING SETS ((country_id), (month))`,
    params,
  );
  const figures: ActivityFigures = { perCountry: [], perMonth: [] };
  for (const row of rows) {
    for (const kind of KINDS) {
      if (row[kind] === 0) continue;
      if (row.countryId !== null) figures.perCountry.push({ kind, countryId: row.countryId, count: row[kind] });
      else if (row.month !== null) figures.perMonth.push({ kind, month: row.month, count: row[kind] });
    }
  }
  figures.perMonth.sort((a, b) => a.month.localeCompare(b.month));
  return figures;
}

/** Of the countries of the period's region (or its country), those with any activity in `[from, until)`. */
export async function activeCountriesWithin(manager: EntityManager, period: FigurePeriod): Promise<Set<string>> {
  const { sql, params } = periodRows(period);
  const total = KINDS.map((kind) => `sum(${COLUMNS[kind]})`).join(' + ');
  const rows: Array<{ countryId: string }> = await manager.query(
    `SELECT country_id AS "countryId" FROM (${sql}) r GROUP BY country_id HAVING ${total} > 0`,
    params,
  );
  return new Set(rows.map((row) => row.countryId));
}

/** Active member organizations per country of the region (countries without any are left out). */
export function membersPerCountryWithin(manager: EntityManager, region: string | null): Promise<Array<{ countryId: string; members: number }>> {
  return manager.query(
    `SELECT m.country_id AS "countryId", m.members FROM member_country_counts m JOIN countries c ON c.id = m.country_id
      WHERE m.members > 0 AND ($1::text IS NULL OR c.region = $1)`,
    [region],
  );
}
