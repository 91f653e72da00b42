import { Injectable, StreamableFile } from '@nestjs/common';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { CURRENT_AFFILIATION } from '../affiliations/affiliations.list-spec.js';
import { applyFilters, applyListOrder } from '../list/apply-list-query.js';
import type { ListQuery, ListSpec } from '../list/list-spec.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { ORGANIZATION_LIST } from '../organizations/organizations.list-spec.js';
import { PERSON_LIST } from '../people/people.list-spec.js';
import { PeopleService } from '../people/people.service.js';
import { CsvExportService, type CsvColumn, type CsvQuery } from './csv-export.service.js';

/** Export columns carry the import's column names where they mean the same thing. */
const ORGANIZATION_COLUMNS: readonly CsvColumn[] = [
  'id',
  'name',
  'acronym',
  'type',
  'country',
  'countriesOfWork',
  'website',
  'email',
  'phone',
  'description',
  'rightsFocus',
  'languages',
  'membershipStatus',
  'joinedAt',
  'isSteeringCommittee',
  'createdAt',
  'updatedAt',
].map((key) => ({ header: key, key }));

const PEOPLE_COLUMNS: readonly CsvColumn[] = [
  'id',
  'firstName',
  'lastName',
  'email',
  'otherEmails',
  'phones',
  'jobTitle',
  'country',
  'languages',
  'organizations',
  'consentAt',
  'consentSource',
  'createdAt',
  'updatedAt',
].map((key) => ({ header: key, key }));

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
      .addSelect('o.is_steering_committee', 'isSteeringCommittee')
      .addSelect('o.created_at', 'createdAt')
      .addSelect('o.updated_at', 'updatedAt');
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
      .addSelect(
        `(SELECT string_agg(org.name, ';' ORDER BY org.name) FROM affiliations a
            JOIN organizations org ON org.id = a.organization_id WHERE a.person_id = p.id AND ${CURRENT_AFFILIATION})`,
        'organizations',
      )
      .addSelect('p.consent_at', 'consentAt')
      .addSelect('p.consent_source', 'consentSource')
      .addSelect('p.created_at', 'createdAt')
      .addSelect('p.updated_at', 'updatedAt');
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
