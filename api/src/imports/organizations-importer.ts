import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { OrganizationBatchRecord, OrganizationBatchService } from '../organizations/organization-batch.service.js';
import {
  LANGUAGES,
  MEMBERSHIP_STATUSES,
  ORGANIZATION_TYPES,
  RIGHTS_FOCUS,
  type MembershipStatus,
  type OrganizationType,
} from '../organizations/organization.contract.js';
import {
  parseBoolean,
  parseChoice,
  parseChoiceList,
  parseDate,
  parseEmail,
  parseId,
  parsePhone,
  parseText,
  parseWebsite,
  quote,
  shown,
} from './cell-parsers.js';
import type { CountryLookup } from './country-lookup.js';
import { ID_COLUMN, ORGANIZATION_TEMPLATE, type ImportColumn } from './import-columns.js';
import { rowProblem } from './import-problem.js';
import { RowChecker } from './row-checker.js';
import type { BatchOutcome, CheckedRow, FileKey, GoodRow, RowError, RowImporter } from './row-importer.js';

export interface OrganizationRow {
  /** The organization to update, as an exported file names it. */
  id?: string;
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

export const ORGANIZATION_COLUMNS: readonly ImportColumn[] = [ID_COLUMN, ...ORGANIZATION_TEMPLATE];

/** Organizations are matched by name within their headquarters country; the key of that pair. */
const nameKey = (name: string, countryId: string | undefined | null): string => `${name.toLowerCase()}|${countryId ?? ''}`;

/**
 * Imports member organizations. A row updates the organization its `id`
 * names (as in an exported file), else an existing organization with the
 * same e-mail or, failing that, the same name and headquarters country
 * (the cells it gives overwrite, empty cells leave the stored value alone);
 * other rows create an organization, an active member unless the row says otherwise.
 */
export class OrganizationsImporter implements RowImporter<OrganizationRow> {
  readonly columns = ORGANIZATION_COLUMNS;
  /** Organizations this import has already updated, and from which row: one file must not update one twice. */
  private readonly updatedBy = new Map<string, number>();

  constructor(
    private readonly countries: CountryLookup,
    private readonly organizations: OrganizationBatchService,
  ) {}

  check(rowNumber: number, cells: Record<string, string>): CheckedRow<OrganizationRow> {
    const row = new RowChecker();
    const cell = (name: string): string => cells[name] ?? '';
    const id = row.take('id', parseId('id', cell('id')));
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
    if (id) keys.push({ field: 'id', key: `id:${id}`, code: 'already_in_row', value: shown(id), label: `id ${quote(id)}` });
    if (email) keys.push({ field: 'email', key: `email:${email}`, code: 'already_in_row', value: shown(email), label: `e-mail ${quote(email)}` });
    if (name !== undefined && (cell('country') === '' || headquartersCountryId)) {
      const key = `name:${nameKey(name, headquartersCountryId)}`;
      keys.push({ field: 'name', key, code: 'organization_already_in_row', value: shown(name), label: `organization ${quote(name)} in the same country` });
    }
    if (!row.ok || name === undefined) return { rowNumber, value: undefined, errors: row.errors, keys };
    const value: OrganizationRow = {
      id,
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
    const existing = await this.organizations.findMatching(
      manager,
      rows.flatMap(({ value }) => (value.id ? [value.id] : [])),
      rows.flatMap(({ value }) => (value.email ? [value.email] : [])),
      rows.map(({ value }) => value.name),
    );
    const errors: RowError[] = [];
    const creates: Array<{ id: string; row: OrganizationRow }> = [];
    const updates: Array<{ id: string; row: OrganizationRow }> = [];
    for (const { rowNumber, value } of rows) {
      const byId = value.id ? existing.filter((organization) => organization.id === value.id) : [];
      if (value.id && byId.length === 0) {
        const message = `id ${quote(value.id)} is not an organization's: leave it empty to create one`;
        errors.push({ rowNumber, field: 'id', ...rowProblem('id_not_found', { value: shown(value.id) }, message) });
        continue;
      }
      const byEmail = value.email ? existing.filter((organization) => organization.email === value.email) : [];
      const byName = existing.filter((organization) => nameKey(organization.name, organization.countryId) === nameKey(value.name, value.headquartersCountryId));
      const [field, matches, given] =
        byId.length > 0 ? ['id', byId, value.id ?? ''] : byEmail.length > 0 ? ['email', byEmail, value.email ?? ''] : ['name', byName, value.name];
      if (matches.length > 1) {
        const message = `${field} ${quote(given)} matches ${matches.length} organizations: merge them first`;
        errors.push({ rowNumber, field, ...rowProblem('matches_several', { value: shown(given), count: matches.length }, message) });
        continue;
      }
      if (matches.length === 0) {
        creates.push({ id: randomUUID(), row: value });
        continue;
      }
      const earlier = this.updatedBy.get(matches[0].id);
      if (earlier !== undefined) {
        errors.push({ rowNumber, field, ...rowProblem('same_record_as_row', { row: earlier }, `this row updates the same organization as row ${earlier}`) });
        continue;
      }
      this.updatedBy.set(matches[0].id, rowNumber);
      updates.push({ id: matches[0].id, row: value });
    }
    if (!dryRun) {
      await this.organizations.insertMany(manager, creates.map(batchRecord));
      await this.organizations.updateMany(manager, updates.map(batchRecord));
    }
    return { created: creates.length, updated: updates.length, errors };
  }
}

/** The organization's owner writes it; the file's countriesOfWork column is its countries of work. */
function batchRecord({ id, row }: { id: string; row: OrganizationRow }): OrganizationBatchRecord {
  const { countriesOfWork, id: _given, ...fields } = row;
  return { id, ...fields, countriesOfWorkIds: countriesOfWork };
}
