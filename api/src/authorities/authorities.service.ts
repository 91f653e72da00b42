import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { DomainException, notFound, unknownRecords } from '../common/domain.exception.js';
import { CountriesService } from '../countries/countries.service.js';
import { runListQuery } from '../list/apply-list-query.js';
import type { ListQuery } from '../list/list-spec.js';
import { Paginated } from '../list/paginated.js';
import { NotesService } from '../notes/notes.service.js';
import { requestContext } from '../request-context/request-context.js';
import { AUTHORITY_LIST } from './authorities.list-spec.js';
import { AuthorityHolder } from './authority-holder.entity.js';
import { AuthorityStanceChange } from './authority-stance-change.entity.js';
import type { AuthorityStance } from './authority.contract.js';
import { Authority } from './authority.entity.js';
import {
  AuthorityHistoryResponseDto,
  AuthorityResponseDto,
  toAuthorityHolderResponse,
  toAuthorityResponse,
  toAuthorityStanceChangeResponse,
} from './dto/authority-response.dto.js';
import type { CreateAuthorityDto } from './dto/create-authority.dto.js';
import type { CurrentHolderFields } from './dto/holder-fields.dto.js';
import type { NewAuthorityHolderDto } from './dto/new-holder.dto.js';
import type { UpdateAuthorityDto } from './dto/update-authority.dto.js';
import { MemberScopeService, type CampaignViewer } from './member-scope.service.js';

/** The Ministry of Foreign Affairs of a country as other features quote it (action packs). */
export interface ForeignAffairsMinistry {
  id: string;
  postTitle: string;
  holderName: string | null;
}

/** An authority as a lobbying action names it: its post, its country and who held it then. */
export interface AuthorityTarget {
  id: string;
  countryId: string;
  postTitle: string;
  currentHolderId: string | null;
}

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** The day before a `YYYY-MM-DD` date. */
const dayBefore = (day: string): string => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000));

@Injectable()
export class AuthoritiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: MemberScopeService,
    private readonly countries: CountriesService,
    private readonly notes: NotesService,
  ) {}

  async list(query: ListQuery, user: AuthenticatedUser): Promise<Paginated<AuthorityResponseDto>> {
    const manager = this.dataSource.manager;
    const builder = manager.getRepository(Authority).createQueryBuilder('a');
    restrict(builder, await this.scope.viewerOf(manager, user));
    const { items, total } = await runListQuery(builder, AUTHORITY_LIST, query);
    const holders = await this.currentHolders(
      manager,
      items.map((authority) => authority.id),
    );
    return new Paginated(
      AUTHORITY_LIST.resource,
      items.map((authority) => toAuthorityResponse(authority, holders.get(authority.id) ?? null)),
      query.range[0],
      total,
    );
  }

  /** An authority of a country the member does not work in answers 404, as if it did not exist. */
  async get(id: string, user: AuthenticatedUser): Promise<AuthorityResponseDto> {
    const manager = this.dataSource.manager;
    const authority = await this.visible(manager, id, user);
    return this.respond(manager, authority);
  }

  async history(id: string, user: AuthenticatedUser): Promise<AuthorityHistoryResponseDto> {
    const manager = this.dataSource.manager;
    await this.visible(manager, id, user);
    const holders = await manager.find(AuthorityHolder, {
      where: { authorityId: id },
      order: { since: { direction: 'DESC', nulls: 'LAST' }, createdAt: 'DESC' },
    });
    const changes = await manager.find(AuthorityStanceChange, { where: { authorityId: id }, order: { createdAt: 'DESC' } });
    return { holders: holders.map(toAuthorityHolderResponse), stanceChanges: changes.map(toAuthorityStanceChangeResponse) };
  }

  /** The staff register any post; a member, posts of the countries its organizations work in. */
  async create(dto: CreateAuthorityDto, user: AuthenticatedUser): Promise<AuthorityResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.countries.assertExist(manager, [dto.countryId], 'countryId');
      const viewer = await this.scope.viewerOf(manager, user);
      if (!this.scope.mayReach(viewer, dto.countryId)) {
        throw new DomainException('country_not_worked', { field: 'countryId' }, 'countryId must be a country your organization works in', 'countryId');
      }
      const authority = await manager.save(
        manager.create(Authority, {
          countryId: dto.countryId,
          institution: dto.institution,
          postTitle: dto.postTitle,
          stance: dto.stance ?? 'unknown',
          officeEmail: dto.officeEmail ?? null,
          officePhone: dto.officePhone ?? null,
          officeAddress: dto.officeAddress ?? null,
          isActive: dto.isActive ?? true,
          notes: dto.notes ?? null,
          holderName: null,
        }),
      );
      if (dto.holderName) {
        await this.startHolder(manager, authority, {
          personName: dto.holderName,
          email: dto.holderEmail ?? null,
          phone: dto.holderPhone ?? null,
          since: dto.holderSince ?? null,
        });
      } else if (dto.holderEmail || dto.holderPhone || dto.holderSince) {
        throw new DomainException('holder_name_required', { field: 'holderName' }, 'holderName is required with the holder’s contact', 'holderName');
      }
      if (authority.stance !== 'unknown') await this.recordStance(manager, authority.id, 'unknown', authority.stance, null);
      return this.respond(manager, authority);
    });
  }

  async update(id: string, dto: UpdateAuthorityDto): Promise<AuthorityResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const authority = await this.load(manager, id);
      if (dto.countryId !== undefined) await this.countries.assertExist(manager, [dto.countryId], 'countryId');
      const before = authority.stance;
      const { stanceNote, holderName, holderEmail, holderPhone, holderSince, id: _id, holderId: _holderId, createdAt: _c, updatedAt: _u, ...fields } = dto;
      Object.assign(authority, withoutUndefined(fields));
      const saved = await manager.save(authority);
      if (saved.stance !== before) await this.recordStance(manager, id, before, saved.stance, stanceNote ?? null);
      await this.correctHolder(manager, saved, { holderName, holderEmail, holderPhone, holderSince });
      return this.respond(manager, saved);
    });
  }

  /** A new person in the post: the current holder's time ends the day before, and their actions stay theirs. */
  async addHolder(id: string, dto: NewAuthorityHolderDto): Promise<AuthorityResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const authority = await this.load(manager, id);
      await this.startHolder(manager, authority, { personName: dto.personName, email: dto.email ?? null, phone: dto.phone ?? null, since: dto.since ?? null });
      return this.respond(manager, authority);
    });
  }

  /** Refused (409) while lobbying actions name the post: they are its history. */
  async remove(id: string): Promise<AuthorityResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const authority = await this.load(manager, id);
      const named: unknown[] = await manager.query('SELECT 1 FROM lobbying_action_authorities WHERE authority_id = $1 LIMIT 1', [id]);
      if (named.length > 0)
        throw new DomainException(
          'authority_has_actions',
          {},
          'Lobbying actions name this post: they are its history, so it cannot be deleted; mark it inactive instead',
        );
      const response = await this.respond(manager, authority);
      await this.notes.removeAllFor(manager, 'authority', id);
      await manager.delete(AuthorityStanceChange, { authorityId: id });
      await manager.delete(AuthorityHolder, { authorityId: id });
      await manager.remove(authority);
      return response;
    });
  }

  /**
   * The country's current Ministry of Foreign Affairs: its active
   * `foreign_affairs` post with a known holder first, then the most recently
   * updated one. Null when none is registered.
   */
  async foreignAffairsMinistryWithin(manager: EntityManager, countryId: string): Promise<ForeignAffairsMinistry | null> {
    const rows: ForeignAffairsMinistry[] = await manager.query(
      `SELECT a.id, a.post_title AS "postTitle", h.person_name AS "holderName"
         FROM authorities a
         LEFT JOIN authority_holders h ON h.authority_id = a.id AND h.until IS NULL
        WHERE a.country_id = $1 AND a.institution = 'foreign_affairs' AND a.is_active
        ORDER BY (h.id IS NOT NULL) DESC, (a.post_title ILIKE '%minist%') DESC, a.updated_at DESC, a.id
        LIMIT 1`,
      [countryId],
    );
    return rows[0] ?? null;
  }

  /** The posts a lobbying action names, each with its current holder; unknown ids are refused naming `field`. */
  async targetsWithin(manager: EntityManager, ids: readonly string[], field: string): Promise<AuthorityTarget[]> {
    if (ids.length === 0) return [];
    const rows: AuthorityTarget[] = await manager.query(
      `SELECT a.id, a.country_id AS "countryId", a.post_title AS "postTitle", h.id AS "currentHolderId"
         FROM authorities a
         LEFT JOIN authority_holders h ON h.authority_id = a.id AND h.until IS NULL
        WHERE a.id = ANY($1::uuid[])`,
      [ids],
    );
    const found = new Set(rows.map((row) => row.id));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length > 0) throw unknownRecords(field, 'authorities', missing.length);
    return rows;
  }

  private async visible(manager: EntityManager, id: string, user: AuthenticatedUser): Promise<Authority> {
    const builder = manager.getRepository(Authority).createQueryBuilder('a').where('a.id = :id', { id });
    restrict(builder, await this.scope.viewerOf(manager, user));
    const authority = await builder.getOne();
    if (!authority) throw notFound('authorities', 'authority');
    return authority;
  }

  private async startHolder(
    manager: EntityManager,
    authority: Authority,
    holder: { personName: string; email: string | null; phone: string | null; since: string | null },
  ): Promise<void> {
    const since = holder.since ?? isoDay(new Date());
    const current = await manager.findOne(AuthorityHolder, { where: { authorityId: authority.id, until: IsNull() } });
    if (current) {
      if (current.since !== null && current.since >= since) {
        throw new DomainException(
          'holder_since_too_early',
          { field: 'since', date: current.since },
          `since must be after ${current.since}, when the current holder took the post`,
          'since',
        );
      }
      current.until = dayBefore(since);
      await manager.save(current);
    }
    await manager.save(manager.create(AuthorityHolder, { authorityId: authority.id, ...holder, since, until: null }));
    authority.holderName = holder.personName;
    await manager.save(authority);
  }

  private async correctHolder(manager: EntityManager, authority: Authority, fields: CurrentHolderFields): Promise<void> {
    const current = await manager.findOne(AuthorityHolder, { where: { authorityId: authority.id, until: IsNull() } });
    if (!current) {
      if (fields.holderName) {
        await this.startHolder(manager, authority, {
          personName: fields.holderName,
          email: fields.holderEmail ?? null,
          phone: fields.holderPhone ?? null,
          since: fields.holderSince ?? null,
        });
      }
      return;
    }
    if (fields.holderName === null)
      throw new DomainException('holder_name_required', { field: 'holderName' }, 'holderName must not be empty while the post has a holder', 'holderName');
    const changes = withoutUndefined({ personName: fields.holderName, email: fields.holderEmail, phone: fields.holderPhone, since: fields.holderSince });
    const changed = Object.entries(changes).some(([key, value]) => current[key as keyof typeof changes] !== value);
    if (!changed) return;
    Object.assign(current, changes);
    await manager.save(current);
    if (authority.holderName !== current.personName) {
      authority.holderName = current.personName;
      await manager.save(authority);
    }
  }

  private async recordStance(manager: EntityManager, authorityId: string, from: AuthorityStance, to: AuthorityStance, note: string | null): Promise<void> {
    const actor = requestContext.actor();
    await manager.save(
      manager.create(AuthorityStanceChange, { authorityId, fromStance: from, toStance: to, note, userId: actor?.id ?? null, userEmail: actor?.email ?? null }),
    );
  }

  private async currentHolders(manager: EntityManager, authorityIds: readonly string[]): Promise<Map<string, AuthorityHolder>> {
    if (authorityIds.length === 0) return new Map();
    const holders = await manager.find(AuthorityHolder, { where: { authorityId: In([...authorityIds]), until: IsNull() } });
    return new Map(holders.map((holder) => [holder.authorityId, holder]));
  }

  private async respond(manager: EntityManager, authority: Authority): Promise<AuthorityResponseDto> {
    const holders = await this.currentHolders(manager, [authority.id]);
    return toAuthorityResponse(authority, holders.get(authority.id) ?? null);
  }

  private async load(manager: EntityManager, id: string): Promise<Authority> {
    const authority = await manager.findOne(Authority, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!authority) throw notFound('authorities', 'authority');
    return authority;
  }
}

/** Narrows a query on authorities (alias `a`) to those the viewer may see. */
function restrict(query: SelectQueryBuilder<ObjectLiteral>, viewer: CampaignViewer): void {
  if (viewer.kind === 'staff') return;
  query.andWhere('a.country_id = ANY(:viewerCountryIds::uuid[])', { viewerCountryIds: viewer.countryIds });
}

function withoutUndefined<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}
