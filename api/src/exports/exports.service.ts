import { Injectable, StreamableFile } from '@nestjs/common';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { CURRENT_AFFILIATION } from '../affiliations/affiliations.list-spec.js';
import { applyFilters, applyListOrder } from '../list/apply-list-query.js';
import type { ListQuery, ListSpec } from '../list/list-spec.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { ORGANIZATION_LIST } from '../organizations/organizations.list-spec.js';
import { PERSON_LIST } from '../people/people.list-spec.js';
import { PeopleService } from '../people/people.service.js';
import { ID_COLUMN, ORGANIZATION_TEMPLATE, PEOPLE_TEMPLATE, type ImportColumn } from '../imports/import-columns.js';
import { CsvExportService, type CsvColumn, type CsvQuery } from './csv-export.service.js';

/**
 * An export has the columns of the import template plus `id` first, so that
 * the file, edited in a spreadsheet, can be imported again to update the same records.
 */
const exportColumns = (template: readonly ImportColumn[]): readonly CsvColumn[] => [ID_COLUMN, ...template].map(({ name }) => ({ header: name, key: name }));

const ORGANIZATION_COLUMNS = exportColumns(ORGANIZATION_TEMPLATE);
const PEOPLE_COLUMNS = exportColumns(PEOPLE_TEMPLATE);

/**
 * A field of the person's main current affiliation (the one where they are
 * primary contact, else the oldest): the import takes one affiliation per row,
 * and updates it without touching the person's others.
 */
const mainAffiliation = (expression: string): string =>
  `(SELECT ${expression} FROM affiliations a JOIN organizations org ON org.id = a.organization_id
     WHERE a.person_id = p.id AND ${CURRENT_AFFILIATION}
     ORDER BY a.is_primary_contact DESC, a.since NULLS LAST, org.name, org.id LIMIT 1)`;

/** The import finds an organization by its exact name, or by its id when another one has the same name. */
const ORGANIZATION_REFERENCE = `CASE WHEN EXISTS (SELECT 1 FROM organizations same WHERE lower(same.name) = lower(org.name) AND same.id <> org.id)
                                    THEN org.id::text ELSE org.name END`;

const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * Whole filtered lists as CSV: the same filters, search and sort as the list
 * endpoints (their ListSpecs), without the page limit.
 */
@Injectable()
export class ExportsService {
  constructor(
    private readonly csv: CsvExportService,
    private readonly organizationRecords: OrganizationsService,
    private readonly personRecords: PeopleService,
  ) {}

  organizations(query: ListQuery): Promise<StreamableFile> {
    const builder = this.organizationRecords
      .query('o')
      .select('o.id', 'id')
      .addSelect('o.name', 'name')
      .addSelect('o.acronym', 'acronym')
      .addSelect('o.type', 'type')
      .addSelect('(SELECT hq.iso3 FROM countries hq WHERE hq.id = o.headquarters_country_id)', 'country')
      .addSelect(
        `(SELECT string_agg(work.iso3, ';' ORDER BY work.iso3) FROM organization_countries oc
            JOIN countries work ON work.id = oc.country_id WHERE oc.organization_id = o.id)`,
        'countriesOfWork',
      )
      .addSelect('o.website', 'website')
      .addSelect('o.email', 'email')
      .addSelect('o.phone', 'phone')
      .addSelect('o.description', 'description')
      .addSelect('o.rights_focus', 'rightsFocus')
      .addSelect('o.languages', 'languages')
      .addSelect('o.membership_status', 'membershipStatus')
      .addSelect(`to_char(o.joined_at, 'YYYY-MM-DD')`, 'joinedAt')
      .addSelect('o.is_steering_committee', 'isSteeringCommittee');
    return this.csv.download(this.sorted(builder, ORGANIZATION_LIST, query), ORGANIZATION_COLUMNS, `organizations-${today()}.csv`);
  }

  people(query: ListQuery): Promise<StreamableFile> {
    const builder = this.personRecords
      .query('p')
      .select('p.id', 'id')
      .addSelect('p.first_name', 'firstName')
      .addSelect('p.last_name', 'lastName')
      .addSelect('p.email', 'email')
      .addSelect('p.other_emails', 'otherEmails')
      .addSelect('p.phones', 'phones')
      .addSelect('p.job_title', 'jobTitle')
      .addSelect('(SELECT c.iso3 FROM countries c WHERE c.id = p.country_id)', 'country')
      .addSelect('p.languages', 'languages')
      .addSelect(mainAffiliation(ORGANIZATION_REFERENCE), 'organization')
      .addSelect(mainAffiliation('a.role'), 'role')
      .addSelect(mainAffiliation('a.is_primary_contact'), 'isPrimaryContact')
      .addSelect(mainAffiliation(`to_char(a.since, 'YYYY-MM-DD')`), 'since');
    return this.csv.download(this.sorted(builder, PERSON_LIST, query), PEOPLE_COLUMNS, `people-${today()}.csv`);
  }

  /** The list's filters and order, every row (a stable order: the id breaks ties). */
  private sorted<T extends ObjectLiteral>(builder: SelectQueryBuilder<T>, spec: ListSpec, query: ListQuery): CsvQuery {
    applyFilters(builder, spec, query);
    applyListOrder(builder, spec, query);
    const [sql, parameters] = builder.getQueryAndParameters();
    return { sql, parameters };
  }
}
