import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DuplicateFinderService, NAME_SIMILARITY } from '../duplicates/duplicate-finder.service.js';
import type { ApplicationDuplicatesDto } from './dto/application-duplicates.dto.js';
import { MembershipApplication } from './membership-application.entity.js';

const MAX_APPLICATIONS = 10;

export const NO_DUPLICATES: ApplicationDuplicatesDto = { organizations: [], people: [], applications: [] };

export const hasAnyDuplicate = (duplicates: ApplicationDuplicatesDto): boolean =>
  duplicates.organizations.length + duplicates.people.length + duplicates.applications.length > 0;

/**
 * The duplicate check of the review: is the applying organization or its
 * contact already known, or did the same person apply before? Only pending
 * applications are checked; once approved, the application's own records
 * would be its first "duplicates".
 */
@Injectable()
export class MembershipApplicationDuplicatesService {
  constructor(private readonly finder: DuplicateFinderService) {}

  async candidates(manager: EntityManager, application: MembershipApplication): Promise<ApplicationDuplicatesDto> {
    if (application.status !== 'pending') return NO_DUPLICATES;
    const organizations = await this.finder.organizations(manager, {
      name: application.organizationName,
      acronym: application.organizationAcronym,
      email: application.organizationEmail,
      countryId: application.headquartersCountryId,
    });
    const people = await this.finder.people(manager, {
      emails: [application.contactEmail],
      firstName: application.contactFirstName,
      lastName: application.contactLastName,
      countryId: application.headquartersCountryId,
    });
    const others = await manager
      .getRepository(MembershipApplication)
      .createQueryBuilder('o')
      .where('lower(o.contact_email) = lower(:email)', { email: application.contactEmail })
      .andWhere('o.id <> :id', { id: application.id })
      .orderBy('o.createdAt', 'DESC')
      .limit(MAX_APPLICATIONS)
      .getMany();
    const applications = others.map((other) => ({
      id: other.id,
      organizationName: other.organizationName,
      contactEmail: other.contactEmail,
      status: other.status,
      createdAt: other.createdAt.toISOString(),
    }));
    return { organizations, people, applications };
  }

  /**
   * Which of these pending applications have at least one candidate, in one
   * query for a whole list page. The conditions are those of
   * DuplicateFinderService (same e-mail, or a similar name in the same
   * country) and of the same-contact check above, so that a flagged row shows
   * candidates when opened.
   */
  async flagged(manager: EntityManager, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT a.id
         FROM membership_applications a
        WHERE a.id = ANY($1::uuid[])
          AND (EXISTS (SELECT 1 FROM membership_applications o
                        WHERE o.id <> a.id AND lower(o.contact_email) = lower(a.contact_email))
               OR EXISTS (SELECT 1 FROM people p
                           WHERE lower(p.email) = lower(a.contact_email)
                              OR p.other_emails && ARRAY[lower(a.contact_email)]::text[]
                              OR (similarity(p.first_name || ' ' || p.last_name, a.contact_first_name || ' ' || a.contact_last_name) >= $2
                                  AND (p.country_id IS NULL OR p.country_id = a.headquarters_country_id)))
               OR EXISTS (SELECT 1 FROM organizations g
                           WHERE (a.organization_email IS NOT NULL AND lower(g.email) = lower(a.organization_email))
                              OR ((similarity(g.name, a.organization_name) >= $2
                                   OR (a.organization_acronym IS NOT NULL AND lower(g.acronym) = lower(a.organization_acronym)))
                                  AND (g.headquarters_country_id IS NULL OR g.headquarters_country_id = a.headquarters_country_id))))`,
      [ids, NAME_SIMILARITY],
    );
    return new Set(rows.map((row) => row.id));
  }
}
