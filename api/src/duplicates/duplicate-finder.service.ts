import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DuplicateReason, OrganizationDuplicateDto, PersonDuplicateDto } from './duplicate-candidate.dto.js';

/** How alike two names must be (pg_trgm similarity) to be offered as the same record. */
export const NAME_SIMILARITY = 0.5;
const LIMIT = 10;
/** The strongest candidates first: the same e-mail, then the same name in the same country, then similar names. */
const REASON_RANK = `CASE reason WHEN 'same_email' THEN 0 WHEN 'same_name' THEN 1 ELSE 2 END`;

/** A candidate that is certainly the same record, not merely alike. */
export const isExactDuplicate = (candidate: { reason: DuplicateReason }): boolean => candidate.reason !== 'similar_name';

export interface PersonProbe {
  emails: string[];
  firstName: string;
  lastName: string;
  countryId?: string | null;
  excludeId?: string;
}

export interface OrganizationProbe {
  name: string;
  acronym?: string | null;
  email?: string | null;
  countryId?: string | null;
  excludeId?: string;
}

/**
 * Finds records that may be the same person or organization: the same e-mail
 * (primary or further addresses), the same name in the same country, or a
 * similar name (trigram similarity) in the same country, strongest first. Used on create, on import and when reviewing applications.
 */
@Injectable()
export class DuplicateFinderService {
  async people(manager: EntityManager, probe: PersonProbe): Promise<PersonDuplicateDto[]> {
    const emails = probe.emails.map((email) => email.trim().toLowerCase()).filter(Boolean);
    const fullName = `${probe.firstName} ${probe.lastName}`.trim();
    const rows: Array<PersonDuplicateDto & { score: string | number }> = await manager.query(
      `SELECT id, first_name AS "firstName", last_name AS "lastName", email, country_id AS "countryId", reason, score
         FROM (SELECT *,
                      CASE WHEN lower(email) = ANY($1::text[]) OR other_emails && $1::text[] THEN 'same_email'
                           WHEN lower(first_name || ' ' || last_name) = lower($2) AND country_id IS NOT DISTINCT FROM $3::uuid THEN 'same_name'
                           ELSE 'similar_name' END AS reason,
                      CASE WHEN lower(email) = ANY($1::text[]) OR other_emails && $1::text[] THEN 1
                           ELSE similarity(first_name || ' ' || last_name, $2) END AS score
                 FROM people
                WHERE ($4::uuid IS NULL OR id <> $4::uuid)
                  AND (lower(email) = ANY($1::text[])
                       OR other_emails && $1::text[]
                       OR (similarity(first_name || ' ' || last_name, $2) >= $5
                           AND ($3::uuid IS NULL OR country_id IS NULL OR country_id = $3::uuid)))) candidate
        ORDER BY ${REASON_RANK}, score DESC, last_name, first_name
        LIMIT ${LIMIT}`,
      [emails, fullName, probe.countryId ?? null, probe.excludeId ?? null, NAME_SIMILARITY],
    );
    return rows.map((row) => ({ ...row, score: Number(row.score) }));
  }

  async organizations(manager: EntityManager, probe: OrganizationProbe): Promise<OrganizationDuplicateDto[]> {
    const email = probe.email?.trim().toLowerCase() || null;
    const rows: Array<OrganizationDuplicateDto & { score: string | number }> = await manager.query(
      `SELECT id, name, acronym, headquarters_country_id AS "headquartersCountryId", membership_status AS "membershipStatus", reason, score
         FROM (SELECT *,
                      CASE WHEN $5::text IS NOT NULL AND lower(email) = $5 THEN 'same_email'
                           WHEN lower(name) = lower($1) AND headquarters_country_id IS NOT DISTINCT FROM $3::uuid THEN 'same_name'
                           ELSE 'similar_name' END AS reason,
                      CASE WHEN $5::text IS NOT NULL AND lower(email) = $5 THEN 1
                           ELSE greatest(similarity(name, $1), CASE WHEN $2::text IS NOT NULL AND lower(acronym) = lower($2) THEN 0.9 ELSE 0 END) END AS score
                 FROM organizations
                WHERE ($4::uuid IS NULL OR id <> $4::uuid)
                  AND (($5::text IS NOT NULL AND lower(email) = $5)
                       OR ((similarity(name, $1) >= $6 OR ($2::text IS NOT NULL AND lower(acronym) = lower($2)))
                           AND ($3::uuid IS NULL OR headquarters_country_id IS NULL OR headquarters_country_id = $3::uuid)))) candidate
        ORDER BY ${REASON_RANK}, score DESC, name
        LIMIT ${LIMIT}`,
      [probe.name.trim(), probe.acronym ?? null, probe.countryId ?? null, probe.excludeId ?? null, email, NAME_SIMILARITY],
    );
    return rows.map((row) => ({ ...row, score: Number(row.score) }));
  }
}
