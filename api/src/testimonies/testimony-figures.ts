import type { EntityManager } from 'typeorm';
import type { FigurePeriod } from '../reports/report.contract.js';

/**
 * Read-only aggregates of testimonies for the reports, in the caller's
 * EntityManager: how many were received, when (UTC day) and where. Nothing of
 * their text or their submitters leaves this file. The reports read these
 * counts from their count tables, kept by a trigger with the same rule
 * (migration CreateReportCounts); the aggregates here count the rows
 * themselves, the reference the reports' tests check against.
 */

/** Testimonies received per country in the period. */
export function testimoniesPerCountryWithin(manager: EntityManager, period: FigurePeriod): Promise<Array<{ countryId: string; count: number }>> {
  return manager.query(
    `SELECT t.country_id AS "countryId", count(*)::int AS count
       FROM testimonies t JOIN countries c ON c.id = t.country_id
      WHERE t.created_at >= $1::date AND t.created_at < $2::date
        AND ($3::text IS NULL OR c.region = $3) AND ($4::uuid IS NULL OR t.country_id = $4)
      GROUP BY t.country_id`,
    [period.from, period.until, period.region, period.countryId],
  );
}

/** Testimonies received per month (`YYYY-MM`) in the period. */
export function testimoniesPerMonthWithin(manager: EntityManager, period: FigurePeriod): Promise<Array<{ month: string; count: number }>> {
  return manager.query(
    `SELECT to_char(date_trunc('month', t.created_at AT TIME ZONE 'UTC'), 'YYYY-MM') AS month, count(*)::int AS count
       FROM testimonies t JOIN countries c ON c.id = t.country_id
      WHERE t.created_at >= $1::date AND t.created_at < $2::date
        AND ($3::text IS NULL OR c.region = $3) AND ($4::uuid IS NULL OR t.country_id = $4)
      GROUP BY 1 ORDER BY 1`,
    [period.from, period.until, period.region, period.countryId],
  );
}

/** Of the given countries, those where a testimony was received in `[from, until)`. */
export async function countriesWithTestimoniesWithin(manager: EntityManager, countryIds: readonly string[], from: string, until: string): Promise<Set<string>> {
  if (countryIds.length === 0) return new Set();
  const rows: Array<{ id: string }> = await manager.query(
    `SELECT c.id FROM unnest($1::uuid[]) AS c(id)
      WHERE EXISTS (SELECT 1 FROM testimonies t WHERE t.country_id = c.id AND t.created_at >= $2::date AND t.created_at < $3::date)`,
    [countryIds, from, until],
  );
  return new Set(rows.map((row) => row.id));
}
