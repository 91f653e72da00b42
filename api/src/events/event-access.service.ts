import { Injectable } from '@nestjs/common';
import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { DomainException } from '../common/domain.exception.js';
import { MyRecordsService } from '../me/my-records.service.js';
import { STAFF_ROLES } from '../users/user-role.contract.js';

/** Who is looking at events: the staff see all of them; a member, its organization's and the public ones. */
export type EventViewer = { kind: 'staff' } | { kind: 'member'; organizationId: string | null };

/**
 * The one rule of which events a user may see and propose. A member sees the
 * public events and those its organization proposed or organizes, and
 * proposes events only for the countries its organization works in.
 */
@Injectable()
export class EventAccessService {
  constructor(private readonly myRecords: MyRecordsService) {}

  async viewerOf(manager: EntityManager, user: AuthenticatedUser): Promise<EventViewer> {
    if (STAFF_ROLES.includes(user.role)) return { kind: 'staff' };
    try {
      return { kind: 'member', organizationId: await this.myRecords.organizationIdOf(manager, user) };
    } catch (error) {
      // A member without a current affiliation still sees the public events.
      if (error instanceof DomainException && error.kind === 'not_found') return { kind: 'member', organizationId: null };
      throw error;
    }
  }

  /** Narrows a query on events (alias `e`) to those the viewer may see. */
  restrict(query: SelectQueryBuilder<ObjectLiteral>, viewer: EventViewer): void {
    if (viewer.kind === 'staff') return;
    if (viewer.organizationId === null) {
      query.andWhere('e.is_public');
      return;
    }
    query.andWhere(
      `(e.is_public OR e.proposed_by_organization_id = :viewerOrganizationId
        OR EXISTS (SELECT 1 FROM event_organizers viewer_eo WHERE viewer_eo.event_id = e.id AND viewer_eo.organization_id = :viewerOrganizationId))`,
      { viewerOrganizationId: viewer.organizationId },
    );
  }

  /** The member's organization, which must work in `countryId`: a member proposes events for its own countries only. */
  async assertMayPropose(manager: EntityManager, organizationId: string | null, countryId: string | null | undefined): Promise<string> {
    if (organizationId === null) {
      throw new DomainException('no_current_organization', {}, 'Your account has no current organization; ask the secretariat to add it');
    }
    if (!countryId)
      throw new DomainException(
        'field_required',
        { field: 'countryId' },
        'countryId is required: members propose events for a country their organization works in',
        'countryId',
      );
    const rows: unknown[] = await manager.query('SELECT 1 FROM organization_countries WHERE organization_id = $1 AND country_id = $2', [
      organizationId,
      countryId,
    ]);
    if (rows.length === 0) {
      throw new DomainException('country_not_worked', { field: 'countryId' }, 'countryId must be a country your organization works in', 'countryId');
    }
    return organizationId;
  }
}
