import type { EntityManager } from 'typeorm';

/**
 * Read-only aggregates of member organizations for the reports, in the
 * caller's EntityManager. A member organization counts in a country when it
 * is active and is headquartered there or works there; no contact data
 * leaves this file.
 */

/** Active member organizations per country (each organization once per country); the reports read the same figure from `member_country_counts`, kept by triggers. */
export function membersPerCountryWithin(manager: EntityManager, region: string | null): Promise<Array<{ countryId: string; members: number }>> {
  return manager.query(
    `SELECT m.country_id AS "countryId", count(*)::int AS members FROM (
       SELECT o.headquarters_country_id AS country_id, o.id FROM organizations o
        WHERE o.membership_status = 'active' AND o.headquarters_country_id IS NOT NULL
       UNION
       SELECT oc.country_id, oc.organization_id FROM organization_countries oc
         JOIN organizations o ON o.id = oc.organization_id AND o.membership_status = 'active'
     ) m JOIN countries c ON c.id = m.country_id
     WHERE ($1::text IS NULL OR c.region = $1)
     GROUP BY m.country_id`,
    [region],
  );
}

export interface CountryMemberFigure {
  id: string;
  name: string;
  acronym: string | null;
  type: string;
  headquartered: boolean;
  joinedAt: string | null;
}

/**
 * The active member organizations of one country, by name: public profile
 * fields only. Headquartered ones and those working there are read through
 * their own country index each (the second leaves out the first): an `OR` of
 * both read every active organization (125 ms at 50,000 organizations on a
 * loaded machine, against 10 ms).
 */
export function countryMembersWithin(manager: EntityManager, countryId: string): Promise<CountryMemberFigure[]> {
  return manager.query(
    `SELECT m.* FROM (
       SELECT o.id, o.name, o.acronym, o.type, true AS headquartered, o.joined_at::text AS "joinedAt"
         FROM organizations o WHERE o.headquarters_country_id = $1 AND o.membership_status = 'active'
       UNION ALL
       SELECT o.id, o.name, o.acronym, o.type, false, o.joined_at::text
         FROM organization_countries oc JOIN organizations o ON o.id = oc.organization_id
        WHERE oc.country_id = $1 AND o.membership_status = 'active' AND o.headquarters_country_id IS DISTINCT FROM $1
     ) m ORDER BY lower(m.name)`,
    [countryId],
  );
}
