import { Injectable } from '@nestjs/common';
import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { DomainException } from '../common/domain.exception.js';
import { MyRecordsService } from '../me/my-records.service.js';
import { STAFF_ROLES } from '../users/user-role.contract.js';

/** Who is looking at testimonies: the staff see all of them; a member, those its organization recorded. */
export type TestimonyViewer = { kind: 'staff' } | { kind: 'member'; organizationId: string | null };

/**
 * The one rule of which testimonies a user may see and record. A member sees
 * the testimonies its organization recorded and records them only for the
 * countries its organization works in. Who may see the submitter is the
 * contract's maySeeSubmitter, applied by the response mapper.
 */
@Injectable()
export class TestimonyAccessService {
  constructor(private readonly myRecords: MyRecordsService) {}

  async viewerOf(manager: EntityManager, user: AuthenticatedUser): Promise<TestimonyViewer> {
    if (STAFF_ROLES.includes(user.role)) return { kind: 'staff' };
    try {
      return { kind: 'member', organizationId: await this.myRecords.organizationIdOf(manager, user) };
    } catch (error) {
      if (error instanceof DomainException && error.kind === 'not_found') return { kind: 'member', organizationId: null };
      throw error;
    }
  }

  /** Narrows a query on testimonies (alias `t`) to those the viewer may see. */
  restrict(query: SelectQueryBuilder<ObjectLiteral>, viewer: TestimonyViewer): void {
    if (viewer.kind === 'staff') return;
    if (viewer.organizationId === null) query.andWhere('false');
    else query.andWhere('t.organization_id = :viewerOrganizationId', { viewerOrganizationId: viewer.organizationId });
  }

  /** The member's organization, which must work in `countryId`. */
  async assertMayRecord(manager: EntityManager, viewer: Extract<TestimonyViewer, { kind: 'member' }>, countryId: string): Promise<string> {
    if (viewer.organizationId === null) {
      throw new DomainException('no_current_organization', {}, 'Your account has no current organization; ask the secretariat to add it');
    }
    const rows: unknown[] = await manager.query('SELECT 1 FROM organization_countries WHERE organization_id = $1 AND country_id = $2', [
      viewer.organizationId,
      countryId,
    ]);
    if (rows.length === 0)
      throw new DomainException('country_not_worked', { field: 'countryId' }, 'countryId must be a country your organization works in', 'countryId');
    return viewer.organizationId;
  }
}
