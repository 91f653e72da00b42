import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  LANGUAGES,
  MEMBERSHIP_STATUSES,
  ORGANIZATION_TYPES,
  RIGHTS_FOCUS,
  type MembershipStatus,
  type OrganizationType,
} from '../organizations/organization.contract.js';
import { parseBoolean, parseChoice, parseChoiceList, parseDate, parseEmail, parsePhone, parseText, parseWebsite, quote } from './cell-parsers.js';
import type { CountryLookup } from './country-lookup.js';
import type { ImportColumn } from './import-columns.js';
import { RowChecker } from './row-checker.js';
import type { BatchOutcome, CheckedRow, FileKey, GoodRow, RowError, RowImporter } from './row-importer.js';

export interface OrganizationRow {
  name: string;
  acronym?: string;
  type?: OrganizationType;
  headquartersCountryId?: string;
  countriesOfWork?: string[];
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

export const ORGANIZATION_COLUMNS: readonly ImportColumn[] = [
  { name: 'name', required: true },
  { name: 'acronym' },
  { name: 'type' },
  { name: 'country' },
  { name: 'countriesOfWork' },
  { name: 'website' },
  { name: 'email' },
  { name: 'phone' },
  { name: 'description' },
  { name: 'rightsFocus' },
  { name: 'languages' },
  { name: 'membershipStatus' },
  { name: 'joinedAt' },
  { name: 'isSteeringCommittee' },
];

interface ExistingOrganization {
  id: string;
  email: string | null;
  name: string;
  countryId: string | null;
}

/** Organizations are matched by name within their headquarters country; the key of that pair. */
const nameKey = (name: string, countryId: string | undefined | null): string => `${name.toLowerCase()}|${countryId ?? ''}`;

/**
 * Imports member organizations. A row updates an existing organization with
 * the same e-mail or, failing that, the same name and headquarters country
 * (the cells it gives overwrite, empty cells leave the stored value alone);
 * other rows create an organization, an active member unless the row says otherwise.
 */
export class OrganizationsImporter implements RowImporter<OrganizationRow> {
  readonly columns = ORGANIZATION_COLUMNS;
  /** Organizations this import has already updated, and from which row: one file must not update one twice. */
  private readonly updatedBy = new Map<string, number>();

  constructor(private readonly countries: CountryLookup) {}

  check(rowNumber: number, cells: Record<string, string>): CheckedRow<OrganizationRow> {
    const row = new RowChecker();
    const cell = (name: string): string => cells[name] ?? '';
    const name = row.require('name', row.take('name', parseText('name', cell('name'), 200)), cell('name'));
    const acronym = row.take('acronym', parseText('acronym', cell('acronym'), 40));
    const type = row.take('type', parseChoice('type', cell('type'), ORGANIZATION_TYPES));
    const headquartersCountryId = row.take('country', this.countries.parse('country', cell('country')));
    const countriesOfWork = row.take('countriesOfWork', this.countries.parseList('countriesOfWork', cell('countriesOfWork')));
    const website = row.take('website', parseWebsite('website', cell('website'), 300));
    const email = row.take('email', parseEmail('email', cell('email')));
    const phone = row.take('phone', parsePhone('phone', cell('phone'), 50));
    const description = row.take('description', parseText('description', cell('description'), 10000));
    const rightsFocus = row.take('rightsFocus', parseChoiceList('rightsFocus', cell('rightsFocus'), RIGHTS_FOCUS));
    const languages = row.take('languages', parseChoiceList('languages', cell('languages'), LANGUAGES));
    const membershipStatus = row.take('membershipStatus', parseChoice('membershipStatus', cell('membershipStatus'), MEMBERSHIP_STATUSES));
    const joinedAt = row.take('joinedAt', parseDate('joinedAt', cell('joinedAt')));
    const isSteeringCommittee = row.take('isSteeringCommittee', parseBoolean('isSteeringCommittee', cell('isSteeringCommittee')));
    const keys: FileKey[] = [];
    if (email) keys.push({ field: 'email', key: `email:${email}`, label: `e-mail ${quote(email)}` });
    if (name !== undefined && (cell('country') === '' || headquartersCountryId)) {
      keys.push({ field: 'name', key: `name:${nameKey(name, headquartersCountryId)}`, label: `organization ${quote(name)} in the same country` });
    }
    if (!row.ok || name === undefined) return { rowNumber, value: undefined, errors: row.errors, keys };
    const value: OrganizationRow = {
      name,
      acronym,
      type,
      headquartersCountryId,
      countriesOfWork,
      website,
      email,
      phone,
      description,
      rightsFocus,
      languages,
      membershipStatus,
      joinedAt,
      isSteeringCommittee,
    };
    return { rowNumber, value, errors: [], keys };
  }

  async writeBatch(manager: EntityManager, rows: readonly GoodRow<OrganizationRow>[], dryRun: boolean): Promise<BatchOutcome> {
    const existing = await this.existingOrganizations(manager, rows);
    const errors: RowError[] = [];
    const creates: Array<{ id: string; row: OrganizationRow }> = [];
    const updates: Array<{ id: string; row: OrganizationRow }> = [];
    for (const { rowNumber, value } of rows) {
      const byEmail = value.email ? existing.filter((organization) => organization.email === value.email) : [];
      const byName = existing.filter((organization) => nameKey(organization.name, organization.countryId) === nameKey(value.name, value.headquartersCountryId));
      const [field, matches, shown] = byEmail.length > 0 ? ['email', byEmail, value.email ?? ''] : ['name', byName, value.name];
      if (matches.length > 1) {
        errors.push({ rowNumber, field, message: `${field} ${quote(shown)} matches ${matches.length} organizations: merge them first` });
        continue;
      }
      if (matches.length === 0) {
        creates.push({ id: randomUUID(), row: value });
        continue;
      }
      const earlier = this.updatedBy.get(matches[0].id);
      if (earlier !== undefined) {
        errors.push({ rowNumber, field, message: `this row updates the same organization as row ${earlier}` });
        continue;
      }
      this.updatedBy.set(matches[0].id, rowNumber);
      updates.push({ id: matches[0].id, row: value });
    }
    if (!dryRun) {
      await this.insertOrganizations(manager, creates);
      await this.updateOrganizations(manager, updates);
      await this.writeCountriesOfWork(manager, creates, updates);
    }
    return { created: creates.length, updated: updates.length, errors };
  }

  /** The organizations sharing an e-mail or a name with a row of the batch. */
  private async existingOrganizations(manager: EntityManager, rows: readonly GoodRow<OrganizationRow>[]): Promise<ExistingOrganization[]> {
    const emails = rows.flatMap(({ value }) => (value.email ? [value.email] : []));
    const names = rows.map(({ value }) => value.name.toLowerCase());
    return manager.query(
      `SELECT id::text AS id, lower(email) AS email, name, headquarters_country_id::text AS "countryId"
         FROM organizations
        WHERE lower(name) = ANY($2::text[]) OR lower(email) = ANY($1::text[])`,
      [emails, names],
    );
  }

  private async insertOrganizations(manager: EntityManager, creates: Array<{ id: string; row: OrganizationRow }>): Promise<void> {
    if (creates.length === 0) return;
    await manager.query(
      `INSERT INTO organizations (id, name, acronym, type, headquarters_country_id, website, email, phone, description,
                                  rights_focus, languages, membership_status, joined_at, is_steering_committee)
       SELECT r.id, r.name, r.acronym, coalesce(r.type, 'ngo'), r.headquarters_country_id, r.website, r.email, r.phone,
              r.description, coalesce(r.rights_focus, '{}'), coalesce(r.languages, '{}'), coalesce(r.membership_status, 'active'),
              r.joined_at, coalesce(r.is_steering_committee, false)
         FROM ${RECORDSET}`,
      [JSON.stringify(creates.map(({ id, row }) => organizationRecord(id, row)))],
    );
  }

  private async updateOrganizations(manager: EntityManager, updates: Array<{ id: string; row: OrganizationRow }>): Promise<void> {
    if (updates.length === 0) return;
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
      [JSON.stringify(updates.map(({ id, row }) => organizationRecord(id, row)))],
    );
  }

  /** A row giving countries of work replaces the organization's list; an empty cell keeps it. */
  private async writeCountriesOfWork(
    manager: EntityManager,
    creates: Array<{ id: string; row: OrganizationRow }>,
    updates: Array<{ id: string; row: OrganizationRow }>,
  ): Promise<void> {
    const replaced = updates.filter(({ row }) => row.countriesOfWork !== undefined).map(({ id }) => id);
    if (replaced.length > 0) await manager.query(`DELETE FROM organization_countries WHERE organization_id = ANY($1::uuid[])`, [replaced]);
    const records = [...creates, ...updates].flatMap(({ id, row }) => (row.countriesOfWork ? [{ id, countries: row.countriesOfWork }] : []));
    if (records.length === 0) return;
    await manager.query(
      `INSERT INTO organization_countries (organization_id, country_id)
       SELECT r.id, country.id FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, countries uuid[]), unnest(r.countries) AS country(id)
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(records)],
    );
  }
}

const RECORDSET = `jsonb_to_recordset($1::jsonb) AS r(
  id uuid, name text, acronym text, type text, headquarters_country_id uuid, website text, email text, phone text,
  description text, rights_focus text[], languages text[], membership_status text, joined_at date, is_steering_committee boolean)`;

/** A row as the SQL recordset reads it; cells not given are left out and read as NULL. */
function organizationRecord(id: string, row: OrganizationRow): Record<string, unknown> {
  return {
    id,
    name: row.name,
    acronym: row.acronym,
    type: row.type,
    headquarters_country_id: row.headquartersCountryId,
    website: row.website,
    email: row.email,
    phone: row.phone,
    description: row.description,
    rights_focus: row.rightsFocus,
    languages: row.languages,
    membership_status: row.membershipStatus,
    joined_at: row.joinedAt,
    is_steering_committee: row.isSteeringCommittee,
  };
}
