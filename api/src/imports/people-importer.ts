import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { AffiliationBatchRecord, AffiliationsService } from '../affiliations/affiliations.service.js';
import type { OrganizationBatchService } from '../organizations/organization-batch.service.js';
import type { PersonBatchRecord, PersonBatchService } from '../people/person-batch.service.js';
import { LANGUAGES } from '../organizations/organization.contract.js';
import {
  isUuid,
  parseBoolean,
  parseChoiceList,
  parseDate,
  parseEmail,
  parseEmailList,
  parseId,
  parsePhoneList,
  parseText,
  quote,
  shown,
} from './cell-parsers.js';
import type { CountryLookup } from './country-lookup.js';
import { ID_COLUMN, PEOPLE_TEMPLATE, type ImportColumn } from './import-columns.js';
import type { ImportRowProblem } from './import.contract.js';
import { rowProblem } from './import-problem.js';
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
  /** The person to update, as an exported file names them. */
  id?: string;
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

export const PEOPLE_COLUMNS: readonly ImportColumn[] = [ID_COLUMN, ...PEOPLE_TEMPLATE];

/** A found organization, or why the reference does not name exactly one. */
type OrganizationMatch = { id: string } | { error: ImportRowProblem };

/**
 * Imports people with, optionally, their affiliation to an existing
 * organization. A row with an `id` (as in an exported file) updates that
 * person, e-mail included; a row whose e-mail is already a person's updates that person
 * (the cells it gives overwrite, empty cells leave the stored value alone)
 * and its affiliation; other rows create a person.
 */
export class PeopleImporter implements RowImporter<PersonRow> {
  readonly columns = PEOPLE_COLUMNS;

  constructor(
    private readonly countries: CountryLookup,
    private readonly people: PersonBatchService,
    private readonly affiliations: AffiliationsService,
    private readonly organizations: OrganizationBatchService,
  ) {}

  check(rowNumber: number, cells: Record<string, string>): CheckedRow<PersonRow> {
    const row = new RowChecker();
    const cell = (name: string): string => cells[name] ?? '';
    const id = row.take('id', parseId('id', cell('id')));
    const firstName = row.require('firstName', row.take('firstName', parseText('firstName', cell('firstName'), 100)), cell('firstName'));
    const lastName = row.require('lastName', row.take('lastName', parseText('lastName', cell('lastName'), 100)), cell('lastName'));
    const email = row.take('email', parseEmail('email', cell('email')));
    const otherEmails = row.take('otherEmails', parseEmailList('otherEmails', cell('otherEmails')));
    const phones = row.take('phones', parsePhoneList('phones', cell('phones'), 50));
    const jobTitle = row.take('jobTitle', parseText('jobTitle', cell('jobTitle'), 120));
    const countryId = row.take('country', this.countries.parse('country', cell('country')));
    const languages = row.take('languages', parseChoiceList('languages', cell('languages'), LANGUAGES));
    const affiliation = this.checkAffiliation(row, cell);
    const keys: FileKey[] = email
      ? [{ field: 'email', key: `email:${email}`, code: 'already_in_row', value: shown(email), label: `e-mail ${quote(email)}` }]
      : [];
    if (id) keys.push({ field: 'id', key: `id:${id}`, code: 'already_in_row', value: shown(id), label: `id ${quote(id)}` });
    if (!row.ok || firstName === undefined || lastName === undefined) return { rowNumber, value: undefined, errors: row.errors, keys };
    return {
      rowNumber,
      value: { id, firstName, lastName, email, otherEmails, phones, jobTitle, countryId, languages, affiliation },
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
        const message = `organization is required when ${given.join(', ')} ${given.length > 1 ? 'are' : 'is'} given`;
        row.fail('organization', rowProblem('organization_required', { columns: given.join(', ') }, message));
      }
      return undefined;
    }
    return { organization, role, isPrimaryContact, since };
  }

  async writeBatch(manager: EntityManager, rows: readonly GoodRow<PersonRow>[], dryRun: boolean): Promise<BatchOutcome> {
    const existing = await this.people.idsByEmail(
      manager,
      rows.flatMap(({ value }) => (value.email ? [value.email] : [])),
    );
    const known = await this.people.existingIds(
      manager,
      rows.flatMap(({ value }) => (value.id ? [value.id] : [])),
    );
    const organizations = await this.matchOrganizations(manager, rows);
    const errors: RowError[] = [];
    const creates: Array<{ id: string; row: PersonRow }> = [];
    const updates: Array<{ id: string; row: PersonRow }> = [];
    for (const { rowNumber, value } of rows) {
      const match = value.affiliation ? organizations.get(value.affiliation.organization) : undefined;
      if (match && 'error' in match) {
        errors.push({ rowNumber, field: 'organization', ...match.error });
        continue;
      }
      const holder = value.email ? existing.get(value.email) : undefined;
      if (value.id && !known.has(value.id)) {
        const message = `id ${quote(value.id)} is not a person's: leave it empty to create one`;
        errors.push({ rowNumber, field: 'id', ...rowProblem('id_not_found', { value: shown(value.id) }, message) });
        continue;
      }
      if (value.id && holder && holder !== value.id) {
        const email = value.email ?? '';
        errors.push({ rowNumber, field: 'email', ...rowProblem('email_taken', { value: shown(email) }, `e-mail ${quote(email)} is already another person's`) });
        continue;
      }
      const personId = value.id ?? holder;
      if (personId) updates.push({ id: personId, row: value });
      else creates.push({ id: randomUUID(), row: value });
    }
    if (!dryRun) {
      await this.people.insertMany(manager, creates.map(personRecord));
      await this.people.updateMany(manager, updates.map(personRecord));
      await this.affiliations.upsertCurrentMany(manager, affiliationRecords([...creates, ...updates], organizations));
    }
    return { created: creates.length, updated: updates.length, errors };
  }

  /** Resolves each organization named in the batch by id or by its exact (case-insensitive) name. */
  private async matchOrganizations(manager: EntityManager, rows: readonly GoodRow<PersonRow>[]): Promise<Map<string, OrganizationMatch>> {
    const references = [...new Set(rows.flatMap(({ value }) => (value.affiliation ? [value.affiliation.organization] : [])))];
    const matches = new Map<string, OrganizationMatch>();
    if (references.length === 0) return matches;
    const ids = references.filter(isUuid).map((id) => id.toLowerCase());
    const names = references.filter((reference) => !isUuid(reference)).map((name) => name.toLowerCase());
    const found = await this.organizations.findByIdsOrNames(manager, ids, names);
    for (const reference of references) {
      const candidates = isUuid(reference)
        ? found.filter((organization) => organization.id === reference.toLowerCase())
        : found.filter((organization) => organization.name === reference.toLowerCase());
      if (candidates.length === 1) matches.set(reference, { id: candidates[0].id });
      else if (candidates.length === 0) {
        const message = `organization ${quote(reference)} does not exist: give the exact name or the id of an existing organization`;
        matches.set(reference, { error: rowProblem('organization_not_found', { value: shown(reference) }, message) });
      } else {
        const message = `organization ${quote(reference)} names ${candidates.length} organizations: give its id instead`;
        matches.set(reference, { error: rowProblem('organization_ambiguous', { value: shown(reference), count: candidates.length }, message) });
      }
    }
    return matches;
  }
}

function personRecord({ id, row }: { id: string; row: PersonRow }): PersonBatchRecord {
  const { firstName, lastName, email, otherEmails, phones, jobTitle, countryId, languages } = row;
  return { id, firstName, lastName, email, otherEmails, phones, jobTitle, countryId, languages };
}

/** The affiliations of the rows that name an organization found in the database. */
function affiliationRecords(people: Array<{ id: string; row: PersonRow }>, organizations: Map<string, OrganizationMatch>): AffiliationBatchRecord[] {
  return people.flatMap(({ id, row }) => {
    const match = row.affiliation ? organizations.get(row.affiliation.organization) : undefined;
    if (!row.affiliation || !match || 'error' in match) return [];
    const { role, isPrimaryContact, since } = row.affiliation;
    return [{ personId: id, organizationId: match.id, role, isPrimaryContact, since }];
  });
}
