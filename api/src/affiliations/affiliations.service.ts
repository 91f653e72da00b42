import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, Not, type SelectQueryBuilder } from 'typeorm';
import { DomainException, dateOrder, notFound, unknownRecord } from '../common/domain.exception.js';
import { runListQuery } from '../list/apply-list-query.js';
import type { ListQuery } from '../list/list-spec.js';
import { Paginated } from '../list/paginated.js';
import { Affiliation } from './affiliation.entity.js';
import { AFFILIATION_LIST, CURRENT_AFFILIATION } from './affiliations.list-spec.js';
import { AffiliationResponseDto, toAffiliationResponse } from './dto/affiliation-response.dto.js';
import { CreateAffiliationDto } from './dto/create-affiliation.dto.js';
import { UpdateAffiliationDto } from './dto/update-affiliation.dto.js';

/** A current affiliation a batch brings: fields left out keep the stored value of an existing one. */
export interface AffiliationBatchRecord {
  personId: string;
  organizationId: string;
  role?: string;
  isPrimaryContact?: boolean;
  since?: string;
}

/** Which side of an affiliation a merge or a deletion is about. */
export type AffiliationSide = 'personId' | 'organizationId';

@Injectable()
export class AffiliationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: ListQuery): Promise<Paginated<AffiliationResponseDto>> {
    const { items, total } = await runListQuery(this.withNames(this.dataSource.manager), AFFILIATION_LIST, query);
    return new Paginated(AFFILIATION_LIST.resource, items.map(toAffiliationResponse), query.range[0], total);
  }

  async get(id: string): Promise<AffiliationResponseDto> {
    return toAffiliationResponse(await this.loadWithNames(this.dataSource.manager, id));
  }

  async create(dto: CreateAffiliationDto): Promise<AffiliationResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const saved = await this.createWithin(manager, dto);
      return toAffiliationResponse(await this.loadWithNames(manager, saved.id));
    });
  }

  /** Creates an affiliation inside the caller's transaction (staff, approval). */
  async createWithin(manager: EntityManager, dto: CreateAffiliationDto): Promise<Affiliation> {
    const affiliation = manager.create(Affiliation, {
      personId: dto.personId,
      organizationId: dto.organizationId,
      role: dto.role ?? null,
      isPrimaryContact: dto.isPrimaryContact ?? false,
      since: dto.since ?? null,
      until: dto.until ?? null,
    });
    await this.assertValid(manager, affiliation);
    return manager.save(affiliation);
  }

  async update(id: string, dto: UpdateAffiliationDto): Promise<AffiliationResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.load(manager, id);
      if (dto.personId !== undefined) current.personId = dto.personId;
      if (dto.organizationId !== undefined) current.organizationId = dto.organizationId;
      if (dto.role !== undefined) current.role = dto.role;
      if (dto.isPrimaryContact !== undefined) current.isPrimaryContact = dto.isPrimaryContact;
      if (dto.since !== undefined) current.since = dto.since;
      if (dto.until !== undefined) current.until = dto.until;
      await this.assertValid(manager, current);
      await manager.save(current);
      return toAffiliationResponse(await this.loadWithNames(manager, id));
    });
  }

  async remove(id: string): Promise<AffiliationResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const affiliation = await this.load(manager, id);
      const response = toAffiliationResponse(await this.loadWithNames(manager, id));
      await manager.remove(affiliation);
      return response;
    });
  }

  /**
   * For imports, in two statements whatever the batch size: a current
   * affiliation of the same person and organization is updated with the
   * fields given; otherwise a new one starts. Ended affiliations stay history.
   */
  async upsertCurrentMany(manager: EntityManager, records: readonly AffiliationBatchRecord[]): Promise<void> {
    if (records.length === 0) return;
    const recordset = `jsonb_to_recordset($1::jsonb) AS r(person_id uuid, organization_id uuid, role text, is_primary_contact boolean, since date)`;
    const json = JSON.stringify(
      records.map((record) => ({
        person_id: record.personId,
        organization_id: record.organizationId,
        role: record.role,
        is_primary_contact: record.isPrimaryContact,
        since: record.since,
      })),
    );
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

  /** The organizations each of the people is currently affiliated with, primary contacts first, then by name. */
  async currentOrganizationsOf(
    manager: EntityManager,
    personIds: readonly string[],
  ): Promise<Map<string, Array<{ id: string; name: string; isPrimaryContact: boolean }>>> {
    const byPerson = new Map<string, Array<{ id: string; name: string; isPrimaryContact: boolean }>>();
    if (personIds.length === 0) return byPerson;
    const rows = await manager.query<Array<{ person_id: string; id: string; name: string; is_primary_contact: boolean }>>(
      `SELECT a.person_id, o.id, o.name, a.is_primary_contact
         FROM affiliations a JOIN organizations o ON o.id = a.organization_id
        WHERE a.person_id = ANY($1::uuid[]) AND ${CURRENT_AFFILIATION}
        ORDER BY a.is_primary_contact DESC, o.name`,
      [personIds],
    );
    for (const row of rows) {
      const list = byPerson.get(row.person_id) ?? [];
      list.push({ id: row.id, name: row.name, isPrimaryContact: row.is_primary_contact });
      byPerson.set(row.person_id, list);
    }
    return byPerson;
  }

  /** The current primary contacts of each of the organizations, by last and first name, in one query for a whole page. */
  async primaryContactsOf(manager: EntityManager, organizationIds: readonly string[]): Promise<Map<string, Array<{ id: string; name: string }>>> {
    const byOrganization = new Map<string, Array<{ id: string; name: string }>>();
    if (organizationIds.length === 0) return byOrganization;
    // People call this service too, so it reads their names in SQL rather than through their entity.
    const rows = await manager.query<Array<{ organization_id: string; id: string; name: string }>>(
      `SELECT a.organization_id, p.id, concat_ws(' ', p.first_name, p.last_name) AS name
         FROM affiliations a JOIN people p ON p.id = a.person_id
        WHERE a.organization_id = ANY($1::uuid[]) AND a.is_primary_contact AND ${CURRENT_AFFILIATION}
        ORDER BY lower(p.last_name), lower(p.first_name), p.id`,
      [organizationIds],
    );
    for (const row of rows) {
      const list = byOrganization.get(row.organization_id) ?? [];
      list.push({ id: row.id, name: row.name });
      byOrganization.set(row.organization_id, list);
    }
    return byOrganization;
  }

  /** The contact's current affiliation with the organization, if any (approval links rather than duplicates). */
  findCurrent(manager: EntityManager, personId: string, organizationId: string): Promise<Affiliation | null> {
    return manager
      .getRepository(Affiliation)
      .createQueryBuilder('a')
      .where('a.person_id = :personId AND a.organization_id = :organizationId', { personId, organizationId })
      .andWhere(CURRENT_AFFILIATION)
      .getOne();
  }

  /** Removes, each one audited, the affiliations of a person or an organization that is being deleted. */
  async removeAllOf(manager: EntityManager, side: AffiliationSide, id: string): Promise<void> {
    const affiliations = await manager.find(Affiliation, { where: { [side]: id } });
    if (affiliations.length > 0) await manager.remove(affiliations);
  }

  /**
   * Moves every affiliation of one person (or organization) to another, for a
   * merge. Where both had a current link with the same counterpart, the two
   * become one: the kept link is completed from the other, which goes.
   */
  async moveAll(manager: EntityManager, side: AffiliationSide, fromId: string, toId: string): Promise<void> {
    const counterpart: AffiliationSide = side === 'personId' ? 'organizationId' : 'personId';
    const moving = await manager.find(Affiliation, { where: { [side]: fromId } });
    for (const affiliation of moving) {
      const twin =
        affiliation.until === null
          ? await manager.findOne(Affiliation, { where: { [side]: toId, [counterpart]: affiliation[counterpart], until: IsNull() } })
          : null;
      if (twin) {
        twin.role ??= affiliation.role;
        twin.isPrimaryContact ||= affiliation.isPrimaryContact;
        if (affiliation.since !== null && (twin.since === null || affiliation.since < twin.since)) twin.since = affiliation.since;
        await manager.remove(affiliation);
        await manager.save(twin);
      } else {
        affiliation[side] = toId;
        await manager.save(affiliation);
      }
    }
  }

  /** Checks an affiliation about to be stored: its person and organization exist, its dates are in order, it is not a second current link. */
  private async assertValid(manager: EntityManager, affiliation: Affiliation): Promise<void> {
    // People and organizations call this service (to remove or move their affiliations), so it reads their tables in SQL.
    if (!(await this.exists(manager, 'people', affiliation.personId))) {
      throw unknownRecord('personId', 'people');
    }
    if (!(await this.exists(manager, 'organizations', affiliation.organizationId))) {
      throw unknownRecord('organizationId', 'organizations');
    }
    if (affiliation.since !== null && affiliation.until !== null && affiliation.until < affiliation.since) {
      throw dateOrder('since', 'until');
    }
    if (affiliation.until === null) {
      const other = await manager.findOne(Affiliation, {
        where: {
          personId: affiliation.personId,
          organizationId: affiliation.organizationId,
          until: IsNull(),
          ...(affiliation.id ? { id: Not(affiliation.id) } : {}),
        },
      });
      if (other) {
        throw new DomainException(
          'affiliation_exists',
          { field: 'organizationId' },
          'This person already has a current affiliation with this organization: edit it, or end it (set until) first',
          'organizationId',
        );
      }
    }
  }

  private async exists(manager: EntityManager, table: 'people' | 'organizations', id: string): Promise<boolean> {
    const [row] = await manager.query<Array<{ found: boolean }>>(`SELECT EXISTS (SELECT 1 FROM ${table} WHERE id = $1) AS found`, [id]);
    return row.found;
  }

  private withNames(manager: EntityManager): SelectQueryBuilder<Affiliation> {
    return manager
      .getRepository(Affiliation)
      .createQueryBuilder('a')
      .leftJoin('a.person', 'p')
      .leftJoin('a.organization', 'o')
      .addSelect(['p.id', 'p.firstName', 'p.lastName', 'o.id', 'o.name']);
  }

  private async loadWithNames(manager: EntityManager, id: string): Promise<Affiliation> {
    const affiliation = await this.withNames(manager).where('a.id = :id', { id }).getOne();
    if (!affiliation) throw notFound('affiliations', 'affiliation');
    return affiliation;
  }

  private async load(manager: EntityManager, id: string): Promise<Affiliation> {
    const affiliation = await manager.findOne(Affiliation, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!affiliation) throw notFound('affiliations', 'affiliation');
    return affiliation;
  }
}
