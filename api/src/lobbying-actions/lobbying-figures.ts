import type { EntityManager } from 'typeorm';
import type { FigurePeriod } from '../reports/report.contract.js';
import type { LobbyingActionStatus, LobbyingActionType } from './lobbying-action.contract.js';

/**
 * Read-only aggregates of lobbying actions for the reports, in the caller's
 * EntityManager. An action counts as activity once it happened (any status
 * but planned), on the day it occurred. The reports read these counts from
 * their count tables, kept by a trigger with the same rule (migration
 * CreateReportCounts); the per-country and per-month aggregates here count
 * the rows themselves, the reference the reports' tests check against.
 */

/** Actions that happened, per country, in the period. */
export function actionsPerCountryWithin(manager: EntityManager, period: FigurePeriod): Promise<Array<{ countryId: string; count: number }>> {
  return manager.query(
    `SELECT a.country_id AS "countryId", count(*)::int AS count
       FROM lobbying_actions a JOIN countries c ON c.id = a.country_id
      WHERE a.occurred_on >= $1::date AND a.occurred_on < $2::date AND a.status <> 'planned'
        AND ($3::text IS NULL OR c.region = $3) AND ($4::uuid IS NULL OR a.country_id = $4)
      GROUP BY a.country_id`,
    [period.from, period.until, period.region, period.countryId],
  );
}

/** Actions that happened, per month (`YYYY-MM`), in the period. */
export function actionsPerMonthWithin(manager: EntityManager, period: FigurePeriod): Promise<Array<{ month: string; count: number }>> {
  return manager.query(
    `SELECT to_char(date_trunc('month', a.occurred_on), 'YYYY-MM') AS month, count(*)::int AS count
       FROM lobbying_actions a JOIN countries c ON c.id = a.country_id
      WHERE a.occurred_on >= $1::date AND a.occurred_on < $2::date AND a.status <> 'planned'
        AND ($3::text IS NULL OR c.region = $3) AND ($4::uuid IS NULL OR a.country_id = $4)
      GROUP BY 1 ORDER BY 1`,
    [period.from, period.until, period.region, period.countryId],
  );
}

/** Of the given countries, those with an action that happened in `[from, until)`. */
export async function countriesWithActionsWithin(manager: EntityManager, countryIds: readonly string[], from: string, until: string): Promise<Set<string>> {
  if (countryIds.length === 0) return new Set();
  const rows: Array<{ id: string }> = await manager.query(
    `SELECT c.id FROM unnest($1::uuid[]) AS c(id)
      WHERE EXISTS (SELECT 1 FROM lobbying_actions a WHERE a.country_id = c.id AND a.occurred_on >= $2::date AND a.occurred_on < $3::date AND a.status <> 'planned')`,
    [countryIds, from, until],
  );
  return new Set(rows.map((row) => row.id));
}

/** Follow-ups due before today on actions not closed, oldest first (at most 100). */
export function overdueFollowUpsWithin(
  manager: EntityManager,
  today: string,
  region: string | null,
): Promise<Array<{ id: string; title: string; dueAt: string; countryId: string }>> {
  return manager.query(
    `SELECT a.id, a.title, a.follow_up_at::text AS "dueAt", a.country_id AS "countryId"
       FROM lobbying_actions a JOIN countries c ON c.id = a.country_id
      WHERE a.follow_up_at IS NOT NULL AND a.follow_up_at < $1::date AND a.status <> 'closed'
        AND ($2::text IS NULL OR c.region = $2)
      ORDER BY a.follow_up_at LIMIT 100`,
    [today, region],
  );
}

export interface CountryActionFigure {
  id: string;
  occurredOn: string;
  type: LobbyingActionType;
  status: LobbyingActionStatus;
  title: string;
  followUpAt: string | null;
}

/** One country's latest actions, newest first. */
export function countryActionsWithin(manager: EntityManager, countryId: string, limit: number): Promise<CountryActionFigure[]> {
  return manager.query(
    `SELECT id, occurred_on::text AS "occurredOn", type, status, title, follow_up_at::text AS "followUpAt"
       FROM lobbying_actions WHERE country_id = $1 ORDER BY occurred_on DESC, created_at DESC LIMIT $2`,
    [countryId, limit],
  );
}
