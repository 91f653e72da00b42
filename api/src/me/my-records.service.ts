import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { DomainException } from '../common/domain.exception.js';

/**
 * Which records are "mine" for /api/me: the person linked to the account, and
 * the organization of that person's primary affiliation. Taken from the token's
 * user only, never from the request, so that /api/me cannot reach another
 * member's records.
 */
@Injectable()
export class MyRecordsService {
  personIdOf(user: AuthenticatedUser): string {
    if (!user.personId) {
      throw new DomainException('account_not_linked', {}, 'Your account is not linked to a contact record; ask the secretariat to link it');
    }
    return user.personId;
  }

  /**
   * The current affiliation marked primary contact, else the earliest current
   * one: a person may work with several member organizations.
   */
  async organizationIdOf(manager: EntityManager, user: AuthenticatedUser): Promise<string> {
    const personId = this.personIdOf(user);
    const rows: Array<{ organizationId: string }> = await manager.query(
      `SELECT organization_id AS "organizationId"
         FROM affiliations
        WHERE person_id = $1
          AND (until IS NULL OR until >= current_date)
          AND (since IS NULL OR since <= current_date)
        ORDER BY is_primary_contact DESC, since ASC NULLS LAST, created_at ASC
        LIMIT 1`,
      [personId],
    );
    if (rows.length === 0) {
      throw new DomainException('no_affiliation', {}, 'You have no current affiliation with an organization; ask the secretariat to add it');
    }
    return rows[0].organizationId;
  }
}
