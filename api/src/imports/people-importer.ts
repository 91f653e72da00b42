import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { CURRENT_AFFILIATION } from '../affiliations/affiliations.list-spec.js';
import { LANGUAGES } from '../organizations/organization.contract.js';
import {
  isUuid,
  parseBoolean,
  parseChoiceList,
  parseDate,
  parseEmail,
  parseEmailList,
  parsePhoneList,
  parseText,
  quote,
} from './cell-parsers.js';
import type { CountryLookup } from './country-lookup.js';
import type { ImportColumn } from './import-columns.js';
import { RowChecker } from './row-checker.js';
import type { BatchOutcome, CheckedRow, FileKey, GoodRow, RowError, RowImporter } from './row-importer.js';

export interface PersonAffiliationRow {
  /** The organization as written in the file: its id or its exact name. */
  organization: string;
  role?: string;
  isPrimaryContact?: boolean;
  since?: string;
}

export interface PersonRow {
  firstName: string;
  lastName: string;
  email?: string;
  otherEmails?: string[];
  phones?: string[];
  jobTitle?: string;
  countryId?: string;
  languages?: string[];
  affiliation?: PersonAffiliationRow;
}

export const PEOPLE_COLUMNS: readonly ImportColumn[] = [
  { name: 'firstName', required: true },
  { name: 'lastName', required: true },
  { name: 'email' },
  { name: 'otherEmails' },
  { name: 'phones' },
  { name: 'jobTitle' },
  { name: 'country' },
  { name: 'languages' },
  { name: 'organization' },
  { name: 'role' },
  { name: 'isPrimaryContact' },
  { name: 'since' },
];

/** A found organization, or why the reference does not name exactly one. */
type OrganizationMatch = { id: string } | { error: string };

/**
 * Imports people with, optionally, their affiliation to an existing
 * organization. A row whose e-mail is already a person's updates that person
 * (the cells it gives overwrite, empty cells leave the stored value alone)
 * and its affiliation; other rows create a person.
 */
export class PeopleImporter implements RowImporter<PersonRow> {
  readonly columns = PEOPLE_COLUMNS;

  constructor(private readonly countries: CountryLookup) {}

  check(rowNumber: number, cells: Record<string, string>): CheckedRow<PersonRow> {
    const row = new RowChecker();
    const cell = (name: string): string => cells[name] ?? '';
    const firstName = row.require('firstName', row.take('firstName', parseText('firstName', cell('firstName'), 100)), cell('firstName'));
    const lastName = row.require('lastName', row.take('lastName', parseText('lastName', cell('lastName'), 100)), cell('lastName'));
    const email = row.take('email', parseEmail('email', cell('email')));
    const otherEmails = row.take('otherEmails', parseEmailList('otherEmails', cell('otherEmails')));
    const phones = row.take('phones', parsePhoneList('phones', cell('phones'), 50));
    const jobTitle = row.take('jobTitle', parseText('jobTitle', cell('jobTitle'), 120));
    const countryId = row.take('country', this.countries.parse('country', cell('country')));
    const languages = row.take('languages', parseChoiceList('languages', cell('languages'), LANGUAGES));
    const affiliation = this.checkAffiliation(row, cell);
    const keys: FileKey[] = email ? [{ field: 'email', key: `email:${email}`, label: `e-mail ${quote(email)}` }] : [];
    if (!row.ok || firstName === undefined || lastName === undefined) return { rowNumber, value: undefined, errors: row.errors, keys };
    return {
      rowNumber,
      value: { firstName, lastName, email, otherEmails, phones, jobTitle, countryId, languages, affiliation },
      errors: [],
      keys,
    };
  }

  private checkAffiliation(row: RowChecker, cell: (name: string) => string): PersonAffiliationRow | undefined {
    const organization = row.take('organization', parseText('organization', cell('organization'), 200));
    const role = row.take('role', parseText('role', cell('role'), 120));
    const isPrimaryContact = row.take('isPrimaryContact', parseBoolean('isPrimaryContact', cell('isPrimaryContact')));
    const since = row.take('since', parseDate('since', cell('since')));
    if (organization === undefined) {
      const given = (['role', 'isPrimaryContact', 'since'] as const).filter((name) => cell(name) !== '');
      if (given.length > 0 && cell('organization') === '') {
        row.fail('organization', `organization is required when ${given.join(', ')} ${given.length > 1 ? 'are' : 'is'} given`);
      }
      return undefined;
    }
    return { organization, role, isPrimaryContact, since };
  }

  async writeBatch(manager: EntityManager, rows: readonly GoodRow<PersonRow>[], dryRun: boolean): Promise<BatchOutcome> {
    const existing = await this.existingPeople(manager, rows);
    const organizations = await this.matchOrganizations(manager, rows);
    const errors: RowError[] = [];
    const creates: Array<{ id: string; row: PersonRow }> = [];
    const updates: Array<{ id: string; row: PersonRow }> = [];
    for (const { rowNumber, value } of rows) {
      const match = value.affiliation ? organizations.get(value.affiliation.organization) : undefined;
      if (match && 'error' in match) {
        errors.push({ rowNumber, field: 'organization', message: match.error });
        continue;
      }
      const personId = value.email ? existing.get(value.email) : undefined;
      if (personId) updates.push({ id: personId, row: value });
      else creates.push({ id: randomUUID(), row: value });
    }
    if (!dryRun) {
      await this.insertPeople(manager, creates);
      await this.updatePeople(manager, updates);
      await this.writeAffiliations(manager, [...creates, ...updates], organizations);
    }
    return { created: creates.length, updated: updates.length, errors };
  }

  /** The people already holding the e-mails of the batch, by lower-case e-mail. */
  private async existingPeople(manager: EntityManager, rows: readonly GoodRow<PersonRow>[]): Promise<Map<string, string>> {
    const emails = rows.flatMap(({ value }) => (value.email ? [value.email] : []));
    if (emails.length === 0) return new Map();
    const found: Array<{ id: string; email: string }> = await manager.query(
      `SELECT id, lower(email) AS email FROM people WHERE lower(email) = ANY($1::text[])`,
      [emails],
    );
    return new Map(found.map((person) => [person.email, person.id]));
  }

  /** Resolves each organization named in the batch by id or by its exact (case-insensitive) name. */
  private async matchOrganizations(manager: EntityManager, rows: readonly GoodRow<PersonRow>[]): Promise<Map<string, OrganizationMatch>> {
    const references = [...new Set(rows.flatMap(({ value }) => (value.affiliation ? [value.affiliation.organization] : [])))];
    const matches = new Map<string, OrganizationMatch>();
    if (references.length === 0) return matches;
    const ids = references.filter(isUuid).map((id) => id.toLowerCase());
    const names = references.filter((reference) => !isUuid(reference)).map((name) => name.toLowerCase());
    const found: Array<{ id: string; name: string }> = await manager.query(
      `SELECT id::text AS id, lower(name) AS name FROM organizations WHERE id = ANY($1::uuid[]) OR lower(name) = ANY($2::text[])`,
      [ids, names],
    );
    for (const reference of references) {
      const candidates = isUuid(reference)
        ? found.filter((organization) => organization.id === reference.toLowerCase())
        : found.filter((organization) => organization.name === reference.toLowerCase());
      if (candidates.length === 1) matches.set(reference, { id: candidates[0].id });
      else if (candidates.length === 0) {
        matches.set(reference, { error: `organization ${quote(reference)} does not exist: give the exact name or the id of an existing organization` });
      } else {
        matches.set(reference, { error: `organization ${quote(reference)} names ${candidates.length} organizations: give its id instead` });
      }
    }
    return matches;
  }

  private async insertPeople(manager: EntityManager, creates: Array<{ id: string; row: PersonRow }>): Promise<void> {
    if (creates.length === 0) return;
    await manager.query(
      `INSERT INTO people (id, first_name, last_name, email, other_emails, phones, job_title, country_id, languages)
       SELECT r.id, r.first_name, r.last_name, r.email, coalesce(r.other_emails, '{}'), coalesce(r.phones, '{}'),
              r.job_title, r.country_id, coalesce(r.languages, '{}')
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, first_name text, last_name text, email text, other_emails text[],
                                                 phones text[], job_title text, country_id uuid, languages text[])`,
      [JSON.stringify(creates.map(({ id, row }) => personRecord(id, row)))],
    );
  }

  private async updatePeople(manager: EntityManager, updates: Array<{ id: string; row: PersonRow }>): Promise<void> {
    if (updates.length === 0) return;
    await manager.query(
      `UPDATE people p
          SET first_name = r.first_name, last_name = r.last_name,
              other_emails = coalesce(r.other_emails, p.other_emails), phones = coalesce(r.phones, p.phones),
              job_title = coalesce(r.job_title, p.job_title), country_id = coalesce(r.country_id, p.country_id),
              languages = coalesce(r.languages, p.languages), updated_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, first_name text, last_name text, email text, other_emails text[],
                                                 phones text[], job_title text, country_id uuid, languages text[])
        WHERE p.id = r.id`,
      [JSON.stringify(updates.map(({ id, row }) => personRecord(id, row)))],
    );
  }

  /**
   * A current affiliation of the same person and organization is updated with
   * the cells given; otherwise a new one starts. Ended affiliations stay history.
   */
  private async writeAffiliations(
    manager: EntityManager,
    people: Array<{ id: string; row: PersonRow }>,
    organizations: Map<string, OrganizationMatch>,
  ): Promise<void> {
    const records = people.flatMap(({ id, row }) => {
      const match = row.affiliation ? organizations.get(row.affiliation.organization) : undefined;
      if (!row.affiliation || !match || 'error' in match) return [];
      const { role, isPrimaryContact, since } = row.affiliation;
      return [{ person_id: id, organization_id: match.id, role, is_primary_contact: isPrimaryContact, since }];
    });
    if (records.length === 0) return;
    const recordset = `jsonb_to_recordset($1::jsonb) AS r(person_id uuid, organization_id uuid, role text, is_primary_contact boolean, since date)`;
    const json = JSON.stringify(records);
    await manager.query(
      `UPDATE affiliations a
          SET role = coalesce(r.role, a.role), is_primary_contact = coalesce(r.is_primary_contact, a.is_primary_contact),
              since = coalesce(r.since, a.since), updated_at = now()
         FROM ${recordset}
        WHERE a.person_id = r.person_id AND a.organization_id = r.organization_id AND ${CURRENT_AFFILIATION}`,
      [json],
    );
    await manager.query(
      `INSERT INTO affiliations (person_id, organization_id, role, is_primary_contact, since)
       SELECT r.person_id, r.organization_id, r.role, coalesce(r.is_primary_contact, false), r.since
         FROM ${recordset}
        WHERE NOT EXISTS (SELECT 1 FROM affiliations a
                           WHERE a.person_id = r.person_id AND a.organization_id = r.organization_id AND ${CURRENT_AFFILIATION})`,
      [json],
    );
  }
}

/** A row as the SQL recordset reads it; cells not given are left out and read as NULL. */
function personRecord(id: string, row: PersonRow): Record<string, unknown> {
  return {
    id,
    first_name: row.firstName,
    last_name: row.lastName,
    email: row.email,
    other_emails: row.otherEmails,
    phones: row.phones,
    job_title: row.jobTitle,
    country_id: row.countryId,
    languages: row.languages,
  };
}
