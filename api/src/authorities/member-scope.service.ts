import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { STAFF_ROLES } from '../users/user-role.contract.js';

/**
 * Who sees which campaign records of the national work (authorities, lobbying
 * actions, tasks): the staff everything; a member the records of the countries
 * its organizations work in, an organization being any it is currently
 * affiliated with. A member without a current affiliation sees nothing.
 */
export type CampaignViewer = { kind: 'staff'; userId: string } | { kind: 'member'; userId: string; organizationIds: string[]; countryIds: string[] };

@Injectable()
export class MemberScopeService {
  async viewerOf(manager: EntityManager, user: AuthenticatedUser): Promise<CampaignViewer> {
    if (STAFF_ROLES.includes(user.role)) return { kind: 'staff', userId: user.id };
    if (!user.personId) return { kind: 'member', userId: user.id, organizationIds: [], countryIds: [] };
    const rows: Array<{ organizationIds: string[] | null; countryIds: string[] | null }> = await manager.query(
      `WITH mine AS (
         SELECT DISTINCT organization_id FROM affiliations
          WHERE person_id = $1
            AND (until IS NULL OR until >= current_date)
            AND (since IS NULL OR since <= current_date))
       SELECT ARRAY(SELECT organization_id FROM mine ORDER BY organization_id) AS "organizationIds",
              ARRAY(SELECT DISTINCT oc.country_id FROM organization_countries oc JOIN mine USING (organization_id)) AS "countryIds"`,
      [user.personId],
    );
    return { kind: 'member', userId: user.id, organizationIds: rows[0]?.organizationIds ?? [], countryIds: rows[0]?.countryIds ?? [] };
  }

  /** Whether the viewer may see the records of `countryId`. */
  mayReach(viewer: CampaignViewer, countryId: string): boolean {
    return viewer.kind === 'staff' || viewer.countryIds.includes(countryId.toLowerCase());
  }

  /** The viewer's organizations that work in `countryId`. */
  async organizationsWorkingIn(manager: EntityManager, viewer: CampaignViewer, countryId: string): Promise<string[]> {
    if (viewer.kind === 'staff' || viewer.organizationIds.length === 0) return [];
    const rows: Array<{ organizationId: string }> = await manager.query(
      `SELECT organization_id AS "organizationId" FROM organization_countries
        WHERE organization_id = ANY($1::uuid[]) AND country_id = $2 ORDER BY organization_id`,
      [viewer.organizationIds, countryId],
    );
    return rows.map((row) => row.organizationId);
  }
}
