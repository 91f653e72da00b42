import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { auditEntityTypeOf } from '../audit/audit-ignore.decorator.js';
import { DomainException, dateOrder, notFound, unknownRecords } from '../common/domain.exception.js';
import { runListQuery, runPresentedListQuery } from '../list/apply-list-query.js';
import type { ListQueryDto } from '../list/list-query.dto.js';
import { parseListQuery } from '../list/parse-list-query.js';
import { Paginated } from '../list/paginated.js';
import { stageOutOfOrder, type DatedStage } from '../ratification-steps/ratification-step.contract.js';
import { requestContext } from '../request-context/request-context.js';
import type { UserRole } from '../users/user-role.contract.js';
import { COUNTRY_LIST, MEMBER_COUNTRY_LIST } from './countries.list-spec.js';
import { CountryStatusChange } from './country-status-change.entity.js';
import { SOURCED_COUNTRY_FIELDS, TRACKED_COUNTRY_FIELDS, type Region, type TrackedCountryField } from './country.contract.js';
import { Country } from './country.entity.js';
import { CountryMemberResponseDto, CountryResponseDto, toCountryMemberResponse, toCountryResponse } from './dto/country-response.dto.js';
import { CountryStatusChangeResponseDto, toCountryStatusChangeResponse } from './dto/country-status-change-response.dto.js';
import { PublicCountryDto, toPublicCountry } from './dto/public-country.dto.js';
import type { UpdateCountryDto } from './dto/update-country.dto.js';

/** A country's treaty dates, which the steps of its national process must agree with. */
export interface TreatyDates {
  opSignedAt: string | null;
  opRatifiedAt: string | null;
}

/** A tracked value as the history keeps it: text, or null when unknown. */
const asText = (value: string | boolean | null): string | null => (value === null ? null : String(value));

const normalizedIds = (ids: readonly string[]): string[] => [...new Set(ids.map((id) => id.toLowerCase()))].sort();

@Injectable()
export class CountriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The staff get each country's whole campaign record; members its public facts (CountryMemberResponseDto). */
  async list(raw: ListQueryDto, role: UserRole): Promise<Paginated<CountryResponseDto | CountryMemberResponseDto>> {
    const builder = this.dataSource.getRepository(Country).createQueryBuilder('c');
    if (role === 'member') {
      const query = parseListQuery(raw, MEMBER_COUNTRY_LIST);
      const { items, total } = await runListQuery(builder, MEMBER_COUNTRY_LIST, query);
      return new Paginated(COUNTRY_LIST.resource, items.map(toCountryMemberResponse), query.range[0], total);
    }
    const query = parseListQuery(raw, COUNTRY_LIST);
    const { items, total } = await runPresentedListQuery(builder, COUNTRY_LIST, query, async (page) => {
      const focalPoints = await this.focalPoints(
        this.dataSource.manager,
        page.map((country) => country.id),
      );
      return page.map((country) => toCountryResponse(country, focalPoints.get(country.id) ?? []));
    });
    return new Paginated(COUNTRY_LIST.resource, items, query.range[0], total);
  }

  async get(id: string, role: UserRole): Promise<CountryResponseDto | CountryMemberResponseDto> {
    const country = await this.load(this.dataSource.manager, id);
    return role === 'member' ? toCountryMemberResponse(country) : this.respond(this.dataSource.manager, country);
  }

  /**
   * Changes a country. Each tracked field that changes (treaty status and
   * dates, declarations, position) adds one status change, in the same
   * transaction; a treaty fact changes only with a source.
   */
  async update(id: string, dto: UpdateCountryDto): Promise<CountryResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const country = await this.load(manager, id, true);
      const source = dto.source?.trim() || null;
      const changes = TRACKED_COUNTRY_FIELDS.filter((field) => dto[field] !== undefined && asText(dto[field] ?? null) !== asText(country[field]));
      const unsourced = changes.find((field) => SOURCED_COUNTRY_FIELDS.includes(field));
      if (unsourced && !source) {
        throw new DomainException(
          'source_required',
          { field: unsourced },
          `source is required to change ${unsourced}: a URL or a document reference`,
          'source',
        );
      }
      const before = Object.fromEntries(changes.map((field) => [field, asText(country[field])])) as Record<TrackedCountryField, string | null>;
      Object.assign(country, Object.fromEntries(changes.map((field) => [field, dto[field]])));
      assertConsistent(country);
      if (changes.includes('opSignedAt') || changes.includes('opRatifiedAt')) await this.assertAgreesWithSteps(manager, country);
      if (dto.nextUprReviewAt !== undefined) country.nextUprReviewAt = dto.nextUprReviewAt;
      if (dto.regionalMechanisms !== undefined) country.regionalMechanisms = [...new Set(dto.regionalMechanisms)];
      if (dto.notes !== undefined) country.notes = dto.notes;
      if (dto.governmentHandle !== undefined) country.governmentHandle = dto.governmentHandle;
      if (unsourced) country.statusSource = source;
      const saved = await manager.save(country);
      if (dto.focalPointOrganizationIds !== undefined) await this.replaceFocalPoints(manager, id, dto.focalPointOrganizationIds);
      const actor = requestContext.actor();
      await manager.save(
        CountryStatusChange,
        changes.map((field) =>
          manager.create(CountryStatusChange, {
            countryId: id,
            field,
            fromValue: before[field],
            toValue: asText(saved[field]),
            source,
            userId: actor?.id ?? null,
            userEmail: actor?.email ?? null,
          }),
        ),
      );
      return this.respond(manager, saved);
    });
  }

  /** The country's status changes, newest first. */
  async history(id: string): Promise<CountryStatusChangeResponseDto[]> {
    await this.load(this.dataSource.manager, id);
    const changes = await this.dataSource.getRepository(CountryStatusChange).find({ where: { countryId: id }, order: { createdAt: 'DESC', field: 'ASC' } });
    return changes.map(toCountryStatusChangeResponse);
  }

  /** Every country's treaty status for the public map: a few hundred small rows, sent whole. */
  async publicList(): Promise<PublicCountryDto[]> {
    const countries = await this.dataSource.getRepository(Country).find({
      select: { id: true, iso3: true, name: true, nameEs: true, nameFr: true, region: true, opStatus: true, opSignedAt: true, opRatifiedAt: true },
      order: { name: 'ASC' },
    });
    return countries.map(toPublicCountry);
  }

  /** The treaty dates of a country, for the features that must agree with them; 404 when there is no such country. */
  async treatyDates(manager: EntityManager, id: string): Promise<TreatyDates> {
    const { opSignedAt, opRatifiedAt } = await this.load(manager, id);
    return { opSignedAt, opRatifiedAt };
  }

  /** The region of each of these countries, in one query (a page of records shows the region of its countries). */
  async regionsOf(manager: EntityManager, ids: readonly string[]): Promise<Map<string, Region>> {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return new Map();
    const rows: Array<{ id: string; region: Region }> = await manager.query('SELECT id, region FROM countries WHERE id = ANY($1::uuid[])', [wanted]);
    return new Map(rows.map((row) => [row.id, row.region]));
  }

  /** Refuses ids that name no country, with a 400 naming the field they came in. */
  async assertExist(manager: EntityManager, ids: readonly string[], field: string): Promise<void> {
    const wanted = [...new Set(ids.map((id) => id.toLowerCase()))];
    if (wanted.length === 0) return;
    const rows: Array<{ id: string }> = await manager.query('SELECT id FROM countries WHERE id = ANY($1::uuid[])', [wanted]);
    const found = new Set(rows.map((row) => row.id));
    const missing = wanted.filter((id) => !found.has(id));
    if (missing.length > 0) throw unknownRecords(field, 'countries', missing.length);
  }

  /**
   * New treaty dates must agree with the dated steps of the country's national
   * process (read only: the steps are the ratification-steps feature's).
   */
  private async assertAgreesWithSteps(manager: EntityManager, country: Country): Promise<void> {
    const steps: DatedStage[] = await manager.query(`SELECT stage, date::text AS date FROM ratification_steps WHERE country_id = $1 AND date IS NOT NULL`, [
      country.id,
    ]);
    const treaty: Array<[keyof TreatyDates, DatedStage['stage']]> = [
      ['opSignedAt', 'signature'],
      ['opRatifiedAt', 'instrument_deposited'],
    ];
    for (const [field, stage] of treaty) {
      const date = country[field];
      const conflict = date === null ? undefined : stageOutOfOrder({ stage, date }, steps);
      if (date !== null && conflict) {
        throw new DomainException(
          'step_date_conflict',
          { field, date, stage, otherStage: conflict.stage, otherDate: conflict.date },
          `${field} ${date} contradicts the ${conflict.stage} step dated ${conflict.date}`,
          field,
        );
      }
    }
  }

  private async respond(manager: EntityManager, country: Country): Promise<CountryResponseDto> {
    return toCountryResponse(country, (await this.focalPoints(manager, [country.id])).get(country.id) ?? []);
  }

  private async focalPoints(manager: EntityManager, countryIds: readonly string[]): Promise<Map<string, string[]>> {
    if (countryIds.length === 0) return new Map();
    const rows: Array<{ id: string; ids: string[] }> = await manager.query(
      `SELECT c.id, ARRAY(SELECT f.organization_id FROM country_focal_points f WHERE f.country_id = c.id ORDER BY f.organization_id) AS ids
         FROM unnest($1::uuid[]) AS c(id)`,
      [countryIds],
    );
    return new Map(rows.map((row) => [row.id, row.ids]));
  }

  /**
   * The join table is not an entity column, so the audit subscriber cannot
   * see it: the change is recorded here as an update of the country.
   */
  private async replaceFocalPoints(manager: EntityManager, countryId: string, organizationIds: readonly string[]): Promise<void> {
    const after = normalizedIds(organizationIds);
    const before = (await this.focalPoints(manager, [countryId])).get(countryId) ?? [];
    if (JSON.stringify(before) === JSON.stringify(after)) return;
    // Reads only: organizations are another feature's table.
    const found: Array<{ id: string }> = await manager.query(`SELECT id FROM organizations WHERE id = ANY($1::uuid[])`, [after]);
    const known = new Set(found.map((row) => row.id));
    const missing = after.filter((organizationId) => !known.has(organizationId));
    if (missing.length > 0) throw unknownRecords('focalPointOrganizationIds', 'organizations', missing.length);
    await manager.query(`DELETE FROM country_focal_points WHERE country_id = $1 AND NOT (organization_id = ANY($2::uuid[]))`, [countryId, after]);
    await manager.query(`INSERT INTO country_focal_points (country_id, organization_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [
      countryId,
      after,
    ]);
    await this.audit.record(manager, {
      action: 'update',
      entityType: auditEntityTypeOf(Country),
      entityId: countryId,
      changes: { focalPointOrganizationIds: { before, after } },
    });
  }

  private async load(manager: EntityManager, id: string, forUpdate = false): Promise<Country> {
    const country = await manager.findOne(Country, { where: { id }, ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!country) throw notFound('countries', 'country');
    return country;
  }
}

/** Treaty facts that contradict each other are refused, naming the field to correct. Unknown (null) agrees with anything. */
function assertConsistent(country: Country): void {
  if (country.opStatus === 'none' && (country.opSignedAt !== null || country.opRatifiedAt !== null)) {
    throw new DomainException('op_dates_without_signature', { field: 'opStatus' }, 'opStatus none cannot have a signature or ratification date', 'opStatus');
  }
  if (country.opStatus === 'signed' && country.opRatifiedAt !== null) {
    throw new DomainException('op_ratified_while_signed', { field: 'opRatifiedAt' }, 'opRatifiedAt must be empty while the status is signed', 'opRatifiedAt');
  }
  if (country.opSignedAt !== null && country.opRatifiedAt !== null && country.opRatifiedAt < country.opSignedAt) throw dateOrder('opSignedAt', 'opRatifiedAt');
  for (const article of ['art10', 'art11'] as const) {
    const field = `${article}DeclaredAt` as const;
    if (country[field] !== null && country[`${article}Declaration`] !== true) {
      throw new DomainException('declaration_date_without_declaration', { field }, `${field} is given only for a declaration that was made`, field);
    }
  }
}
