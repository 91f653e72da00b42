import type { EntityManager } from 'typeorm';
import type { FigurePeriod } from '../reports/report.contract.js';
import type { EventStatus, EventType } from './event.contract.js';

/**
 * Read-only aggregates of events for the reports, in the caller's
 * EntityManager. An event counts as country activity once the secretariat
 * has confirmed it (planned or held): proposals and cancelled events do not.
 * The reports read these counts from their count tables, kept by a trigger
 * with the same rule (migration CreateReportCounts); the per-country and
 * per-month aggregates here count the rows themselves, the reference the
 * reports' tests check those tables against.
 */
export const COUNTED_EVENT_STATUSES: readonly EventStatus[] = ['planned', 'held'];

/** Counted events per country that start in the period. */
export function eventsPerCountryWithin(manager: EntityManager, period: FigurePeriod): Promise<Array<{ countryId: string; count: number }>> {
  return manager.query(
    `SELECT e.country_id AS "countryId", count(*)::int AS count
       FROM events e JOIN countries c ON c.id = e.country_id
      WHERE e.starts_at >= $1::date AND e.starts_at < $2::date AND e.status = ANY($3::text[])
        AND ($4::text IS NULL OR c.region = $4) AND ($5::uuid IS NULL OR e.country_id = $5)
      GROUP BY e.country_id`,
    [period.from, period.until, COUNTED_EVENT_STATUSES, period.region, period.countryId],
  );
}

/** Counted events per month (`YYYY-MM`) that start in the period. */
export function eventsPerMonthWithin(manager: EntityManager, period: FigurePeriod): Promise<Array<{ month: string; count: number }>> {
  return manager.query(
    `SELECT to_char(date_trunc('month', e.starts_at AT TIME ZONE 'UTC'), 'YYYY-MM') AS month, count(*)::int AS count
       FROM events e JOIN countries c ON c.id = e.country_id
      WHERE e.starts_at >= $1::date AND e.starts_at < $2::date AND e.status = ANY($3::text[])
        AND ($4::text IS NULL OR c.region = $4) AND ($5::uuid IS NULL OR e.country_id = $5)
      GROUP BY 1 ORDER BY 1`,
    [period.from, period.until, COUNTED_EVENT_STATUSES, period.region, period.countryId],
  );
}

/** Of the given countries, those with a counted event starting in the period. */
export async function countriesWithEventsWithin(manager: EntityManager, countryIds: readonly string[], from: string, until: string): Promise<Set<string>> {
  if (countryIds.length === 0) return new Set();
  const rows: Array<{ id: string }> = await manager.query(
    `SELECT c.id FROM unnest($1::uuid[]) AS c(id)
      WHERE EXISTS (SELECT 1 FROM events e WHERE e.country_id = c.id AND e.starts_at >= $2::date AND e.starts_at < $3::date AND e.status = ANY($4::text[]))`,
    [countryIds, from, until, COUNTED_EVENT_STATUSES],
  );
  return new Set(rows.map((row) => row.id));
}

export interface SessionFigure {
  id: string;
  title: string;
  startsAt: Date;
  countryId: string;
}

/** Confirmed intergovernmental sessions of the given countries that start in the period, soonest first. */
export function sessionsOfCountriesWithin(manager: EntityManager, countryIds: readonly string[], from: string, until: string): Promise<SessionFigure[]> {
  if (countryIds.length === 0) return Promise.resolve([]);
  return manager.query(
    `SELECT e.id, e.title, e.starts_at AS "startsAt", e.country_id AS "countryId" FROM events e
      WHERE e.country_id = ANY($1::uuid[]) AND e.type = 'intergovernmental_session' AND e.status = ANY($4::text[])
        AND e.starts_at >= $2::date AND e.starts_at < $3::date
      ORDER BY e.starts_at LIMIT 100`,
    [countryIds, from, until, COUNTED_EVENT_STATUSES],
  );
}

export interface CountryEventFigure {
  id: string;
  title: string;
  type: EventType;
  status: EventStatus;
  startsAt: Date;
  location: string | null;
  governmentAuthorityPresent: boolean;
  attendance: number | null;
}

/** One country's latest events (any status but proposals), newest first. */
export function countryEventsWithin(manager: EntityManager, countryId: string, limit: number): Promise<CountryEventFigure[]> {
  return manager.query(
    `SELECT id, title, type, status, starts_at AS "startsAt", location, government_authority_present AS "governmentAuthorityPresent", attendance
       FROM events WHERE country_id = $1 AND status <> 'proposed' ORDER BY starts_at DESC LIMIT $2`,
    [countryId, limit],
  );
}
