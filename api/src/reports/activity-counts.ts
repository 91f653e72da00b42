import type { EntityManager } from 'typeorm';
import { addDays, daysBetween, type ActivityKind, type FigurePeriod } from './report.contract.js';

/**
 * Reads of the reports' count tables (kept exact by triggers, see the
 * migration CreateReportCounts). A period `[from, until)` reads its months
 * from `activity_month_counts` and corrects a partial first or last month
 * with the fewer of its days from `activity_day_counts`: the days inside the
 * period added, or the whole month minus the days outside it. A five-year
 * overview sums about 60 months per country, not 1,800 days, and never more
 * than 15 days at either end.
 */

export interface ActivityFigures {
  perCountry: Array<{ kind: ActivityKind; countryId: string; count: number }>;
  perMonth: Array<{ kind: ActivityKind; month: string; count: number }>;
}

/** Days `[from, until)` counted with a sign: +1 adds them, -1 takes them out of a month read whole. */
export interface DayRange {
  from: string;
  until: string;
  sign: 1 | -1;
}

const monthOf = (day: string): string => `${day.slice(0, 7)}-01`;
const nextMonth = (month: string): string => monthOf(addDays(month, 32));

/** The months `[first, last)` to read whole for `[from, until)`, and the day ranges that correct them to the period. */
export function splitIntoMonths(from: string, until: string): { months: [string, string]; days: DayRange[] } {
  const days: DayRange[] = [];
  let first = monthOf(from);
  let last = monthOf(until) === until ? until : nextMonth(monthOf(until));
  // Each end: the days inside the period in that month, or the days outside it, whichever are fewer.
  const trimStart = (monthStart: string, monthEnd: string, periodFrom: string): string => {
    if (periodFrom === monthStart) return monthStart;
    if (daysBetween(periodFrom, monthEnd) <= daysBetween(monthStart, periodFrom)) {
      days.push({ from: periodFrom, until: monthEnd, sign: 1 });
      return monthEnd;
    }
    days.push({ from: monthStart, until: periodFrom, sign: -1 });
    return monthStart;
  };
  const trimEnd = (monthStart: string, monthEnd: string, periodUntil: string): string => {
    if (periodUntil === monthEnd) return monthEnd;
    if (daysBetween(monthStart, periodUntil) <= daysBetween(periodUntil, monthEnd)) {
      days.push({ from: monthStart, until: periodUntil, sign: 1 });
      return monthStart;
    }
    days.push({ from: periodUntil, until: monthEnd, sign: -1 });
    return monthEnd;
  };
  if (nextMonth(first) === last) {
    // Within one month: its days, or the month minus the days before and after the period.
    const inside = daysBetween(from, until);
    if (inside <= daysBetween(first, last) - inside) return { months: [first, first], days: [{ from, until, sign: 1 }] };
    if (from !== first) days.push({ from: first, until: from, sign: -1 });
    if (until !== last) days.push({ from: until, until: last, sign: -1 });
    return { months: [first, last], days };
  }
  first = trimStart(first, nextMonth(first), from);
  last = trimEnd(monthOf(addDays(last, -1)), last, until);
  return { months: [first, last], days };
}

/** The count tables' column of each kind: the table it counts. */
const COLUMNS: Record<ActivityKind, string> = { events: 'events', lobbyingActions: 'lobbying_actions', testimonies: 'testimonies' };
const KINDS = Object.keys(COLUMNS) as ActivityKind[];
const SUMS = KINDS.map((kind) => `sum(${COLUMNS[kind]})::int AS "${kind}"`).join(', ');

/** The count rows of the period, by country and month, filtered by region or country. */
function periodRows(period: FigurePeriod): { sql: string; params: unknown[] } {
  const { months, days } = splitIntoMonths(period.from, period.until);
  const columns = KINDS.map((kind) => COLUMNS[kind]);
  return {
    sql: `SELECT a.* FROM (
            SELECT country_id, month, ${columns.join(', ')} FROM activity_month_counts WHERE month >= $1::date AND month < $2::date
            UNION ALL
            SELECT d.country_id, date_trunc('month', d.day)::date, ${columns.map((column) => `r.sign * d.${column}`).join(', ')}
              FROM unnest($3::date[], $4::date[], $5::int[]) AS r(from_day, until_day, sign)
              JOIN activity_day_counts d ON d.day >= r.from_day AND d.day < r.until_day
          ) a JOIN countries c ON c.id = a.country_id
          WHERE ($6::text IS NULL OR c.region = $6) AND ($7::uuid IS NULL OR a.country_id = $7)`,
    params: [
      months[0],
      months[1],
      days.map((range) => range.from),
      days.map((range) => range.until),
      days.map((range) => range.sign),
      period.region,
      period.countryId,
    ],
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
