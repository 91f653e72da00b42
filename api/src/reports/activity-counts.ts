import type { EntityManager } from 'typeorm';
import { addDays, daysBetween, type ActivityKind, type FigurePeriod } from './report.contract.js';

/**
 * Reads of the reports' count tables (kept exact by triggers, see the
 * migration CreateReportCounts). A period `[from, until)` reads its whole
 * months from `activity_month_counts` and, for a month it covers only in
 * part, whichever is fewer of the month's days: those inside the period, or
 * those outside it subtracted from the month's row. A five-year overview sums
 * about 60 months per country and kind and at most half a month of days at
 * either end, not 1,800 days.
 */

export interface ActivityFigures {
  perCountry: Array<{ kind: ActivityKind; countryId: string; count: number }>;
  perMonth: Array<{ kind: ActivityKind; month: string; count: number }>;
}

/** Days `[from, until)`; empty when `from === until`. */
export type DayRange = [string, string];

/**
 * How `[from, until)` is counted: the months `[months[0], months[1])` whole,
 * plus the days of `add`, minus the days of `subtract` (each at most two
 * ranges). A partial month is read through the fewer of its days.
 */
export interface CountingPlan {
  months: DayRange;
  add: DayRange[];
  subtract: DayRange[];
}

const monthOf = (day: string): string => `${day.slice(0, 7)}-01`;
const monthAfter = (month: string): string => monthOf(addDays(month, 31));

export function countingPlan(from: string, until: string): CountingPlan {
  const plan: CountingPlan = { months: [from, from], add: [], subtract: [] };
  if (from >= until) return plan;
  const first = monthOf(from);
  const last = monthOf(addDays(until, -1));
  let monthsFrom = first;
  let monthsUntil = monthAfter(last);
  for (const month of first === last ? [first] : [first, last]) {
    const next = monthAfter(month);
    const start = from > month ? from : month;
    const end = until < next ? until : next;
    const inside = daysBetween(start, end);
    const outside = daysBetween(month, next) - inside;
    if (outside === 0) continue;
    if (inside <= outside) {
      plan.add.push([start, end]);
      if (month === first) monthsFrom = next;
      if (month === last) monthsUntil = month;
    } else {
      for (const range of [[month, start] as DayRange, [end, next] as DayRange]) if (range[0] < range[1]) plan.subtract.push(range);
    }
  }
  plan.months = monthsFrom < monthsUntil ? [monthsFrom, monthsUntil] : [from, from];
  return plan;
}

/** The count tables' column of each kind: the table it counts. */
const COLUMNS: Record<ActivityKind, string> = { events: 'events', lobbyingActions: 'lobbying_actions', testimonies: 'testimonies' };
const KINDS = Object.keys(COLUMNS) as ActivityKind[];
const SUMS = KINDS.map((kind) => `sum(${COLUMNS[kind]})::int AS "${kind}"`).join(', ');

/** Two ranges of each sign, so that the statement's text (and its plan) is the same for every period. */
const twoRanges = (ranges: DayRange[]): [DayRange, DayRange] => [ranges[0] ?? ['2000-01-01', '2000-01-01'], ranges[1] ?? ['2000-01-01', '2000-01-01']];

/** The count rows of the period, by country and month (subtracted days negated), filtered by region or country. */
function periodRows(period: FigurePeriod): { sql: string; params: unknown[] } {
  const plan = countingPlan(period.from, period.until);
  const columns = KINDS.map((kind) => COLUMNS[kind]).join(', ');
  const negated = KINDS.map((kind) => `-${COLUMNS[kind]}`).join(', ');
  const [add1, add2] = twoRanges(plan.add);
  const [sub1, sub2] = twoRanges(plan.subtract);
  const days = (values: string, from: number): string =>
    `SELECT country_id, date_trunc('month', day)::date, ${values} FROM activity_day_counts
      WHERE day >= $${from}::date AND day < $${from + 1}::date AND ($12::uuid IS NULL OR country_id = $12)`;
  return {
    sql: `SELECT a.* FROM (
            SELECT country_id, month, ${columns} FROM activity_month_counts
             WHERE month >= $1::date AND month < $2::date AND ($12::uuid IS NULL OR country_id = $12)
            UNION ALL ${days(columns, 3)}
            UNION ALL ${days(columns, 5)}
            UNION ALL ${days(negated, 7)}
            UNION ALL ${days(negated, 9)}
          ) a (country_id, month, ${columns}) JOIN countries c ON c.id = a.country_id
          WHERE ($11::text IS NULL OR c.region = $11)`,
    params: [...plan.months, ...add1, ...add2, ...sub1, ...sub2, period.region, period.countryId],
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
