/**
 * What the steering committee's reports count, shared by the API and the
 * admin UI: the kinds of country activity, the no-activity rule and the
 * default period.
 */

/** The kinds of work that count as activity in a country. */
export const ACTIVITY_KINDS = ['events', 'lobbyingActions', 'testimonies'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** A country with members and no activity for this many days is listed for the steering committee. */
export const NO_ACTIVITY_DAYS = 90;

/** Without `from`, a report covers this many days up to `to` (or today). */
export const DEFAULT_PERIOD_DAYS = 365;

/** The longest period a report may cover, so that one request cannot scan decades of activity. */
export const MAX_PERIOD_DAYS = 366 * 20;

/** Upcoming UPR reviews and sessions are listed this many days ahead of today. */
export const UPCOMING_DAYS = 365;

/** How many dated items (events, actions, history) a country report lists, newest first. */
export const COUNTRY_REPORT_ITEMS = 20;

/** The tables of a country report that download as CSV: `GET /api/reports/countries/:iso3/<table>.csv`. */
export const COUNTRY_REPORT_TABLES = ['history', 'steps', 'actions', 'events', 'members', 'activity'] as const;
export type CountryReportTable = (typeof COUNTRY_REPORT_TABLES)[number];

/** A half-open period of days `[from, until)` and the region (null for all) that a figure covers. */
export interface FigurePeriod {
  from: string;
  until: string;
  region: string | null;
  /** One country only (a country report); null for every country of the region. */
  countryId: string | null;
}

/** A date as the reports take and give it: `YYYY-MM-DD`. */
export const REPORT_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Adds days to a `YYYY-MM-DD` date, in UTC. */
export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both `YYYY-MM-DD`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
