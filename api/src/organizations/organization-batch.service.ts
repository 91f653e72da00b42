import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MembershipStatus, OrganizationType } from './organization.contract.js';
import { OrganizationLinksService } from './organization-links.service.js';

/** One organization of a batch, already checked; a field left out is not written (an update keeps the stored value). */
export interface OrganizationBatchRecord {
  id: string;
  name: string;
  acronym?: string;
  type?: OrganizationType;
  headquartersCountryId?: string;
  countriesOfWorkIds?: string[];
  website?: string;
  email?: string;
  phone?: string;
  description?: string;
  rightsFocus?: string[];
  languages?: string[];
  membershipStatus?: MembershipStatus;
  joinedAt?: string;
  isSteeringCommittee?: boolean;
}

/** An organization as a batch is matched against: by e-mail, or by name within its headquarters country. */
export interface OrganizationMatchKey {
  id: string;
  email: string | null;
  name: string;
  countryId: string | null;
}

const RECORDSET = `jsonb_to_recordset($1::jsonb) AS r(
  id uuid, name text, acronym text, type text, headquarters_country_id uuid, website text, email text, phone text,
  description text, rights_focus text[], languages text[], membership_status text, joined_at date, is_steering_committee boolean)`;

/**
 * Writes organizations by the thousand for imports, with a few multi-row
 * statements per batch. Rows written this way bypass the audit subscriber:
 * the import records a summary entry, and the countries of work go through
 * OrganizationLinksService, which audits every organization's change.
 */
@Injectable()
export class OrganizationBatchService {
  constructor(private readonly links: OrganizationLinksService) {}

  /** The organizations with one of these ids, or sharing an e-mail or a name (case-insensitive) with the given ones. */
  async findMatching(manager: EntityManager, ids: readonly string[], emails: readonly string[], names: readonly string[]): Promise<OrganizationMatchKey[]> {
    return manager.query(
      `SELECT id::text AS id, lower(email) AS email, name, headquarters_country_id::text AS "countryId"
         FROM organizations
        WHERE lower(name) = ANY($2::text[]) OR lower(email) = ANY($1::text[]) OR id = ANY($3::uuid[])`,
      [emails, names.map((name) => name.toLowerCase()), ids],
    );
  }

  /** The organizations with these ids or these names (case-insensitive), names lower-cased. */
  async findByIdsOrNames(manager: EntityManager, ids: readonly string[], names: readonly string[]): Promise<Array<{ id: string; name: string }>> {
    return manager.query(`SELECT id::text AS id, lower(name) AS name FROM organizations WHERE id = ANY($1::uuid[]) OR lower(name) = ANY($2::text[])`, [
      ids,
      names.map((name) => name.toLowerCase()),
    ]);
  }

  /** New organizations are active members unless the record says otherwise. */
  async insertMany(manager: EntityManager, records: readonly OrganizationBatchRecord[]): Promise<void> {
    if (records.length === 0) return;
    await manager.query(
      `INSERT INTO organizations (id, name, acronym, type, headquarters_country_id, website, email, phone, description,
                                  rights_focus, languages, membership_status, joined_at, is_steering_committee)
       SELECT r.id, r.name, r.acronym, coalesce(r.type, 'ngo'), r.headquarters_country_id, r.website, r.email, r.phone,
              r.description, coalesce(r.rights_focus, '{}'), coalesce(r.languages, '{}'), coalesce(r.membership_status, 'active'),
              r.joined_at, coalesce(r.is_steering_committee, false)
         FROM ${RECORDSET}`,
      [JSON.stringify(records.map(columnsOf))],
    );
    await this.writeCountriesOfWork(manager, records);
  }

  async updateMany(manager: EntityManager, records: readonly OrganizationBatchRecord[]): Promise<void> {
    if (records.length === 0) return;
    await manager.query(
      `UPDATE organizations o
          SET name = r.name, acronym = coalesce(r.acronym, o.acronym), type = coalesce(r.type, o.type),
              headquarters_country_id = coalesce(r.headquarters_country_id, o.headquarters_country_id),
              website = coalesce(r.website, o.website), email = coalesce(r.email, o.email), phone = coalesce(r.phone, o.phone),
              description = coalesce(r.description, o.description), rights_focus = coalesce(r.rights_focus, o.rights_focus),
              languages = coalesce(r.languages, o.languages), membership_status = coalesce(r.membership_status, o.membership_status),
              joined_at = coalesce(r.joined_at, o.joined_at),
              is_steering_committee = coalesce(r.is_steering_committee, o.is_steering_committee), updated_at = now()
         FROM ${RECORDSET}
        WHERE o.id = r.id`,
      [JSON.stringify(records.map(columnsOf))],
    );
    await this.writeCountriesOfWork(manager, records);
  }

  /** Countries of work given replace the organization's list; left out, the list stays. */
  private async writeCountriesOfWork(manager: EntityManager, records: readonly OrganizationBatchRecord[]): Promise<void> {
    await this.links.replaceMany(
      manager,
      records.flatMap(({ id, countriesOfWorkIds }) => (countriesOfWorkIds ? [{ organizationId: id, links: { countriesOfWorkIds } }] : [])),
    );
  }
}

/** A record as the SQL recordset reads it; fields left out are read as NULL. */
function columnsOf(record: OrganizationBatchRecord): Record<string, unknown> {
  return {
    id: record.id,
    name: record.name,
    acronym: record.acronym,
    type: record.type,
    headquarters_country_id: record.headquartersCountryId,
    website: record.website,
    email: record.email,
    phone: record.phone,
    description: record.description,
    rights_focus: record.rightsFocus,
    languages: record.languages,
    membership_status: record.membershipStatus,
    joined_at: record.joinedAt,
    is_steering_committee: record.isSteeringCommittee,
  };
}
