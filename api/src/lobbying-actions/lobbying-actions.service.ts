import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { AuthoritiesService } from '../authorities/authorities.service.js';
import { MemberScopeService, type CampaignViewer } from '../authorities/member-scope.service.js';
import { DomainException, dateOrder, notFound } from '../common/domain.exception.js';
import { CountriesService } from '../countries/countries.service.js';
import { runListQuery } from '../list/apply-list-query.js';
import type { ListQuery } from '../list/list-spec.js';
import { Paginated } from '../list/paginated.js';
import { NotesService } from '../notes/notes.service.js';
import { TasksService } from '../tasks/tasks.service.js';
import type { CreateLobbyingActionDto } from './dto/create-lobbying-action.dto.js';
import { LobbyingActionResponseDto, toLobbyingActionResponse } from './dto/lobbying-action-response.dto.js';
import type { UpdateLobbyingActionDto } from './dto/update-lobbying-action.dto.js';
import { LobbyingActionLinksService } from './lobbying-action-links.service.js';
import { followUpBeforeAction } from './lobbying-action.contract.js';
import { LobbyingAction } from './lobbying-action.entity.js';
import { LOBBYING_ACTION_LIST } from './lobbying-actions.list-spec.js';

/**
 * Lobbying actions. The staff see all of them; a member those of the
 * countries its organizations work in, and records actions there with its
 * organization among those involved. The secretariat changes any action, a
 * member those its organization recorded. Each follow-up date keeps one task.
 */
@Injectable()
export class LobbyingActionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: MemberScopeService,
    private readonly links: LobbyingActionLinksService,
    private readonly authorities: AuthoritiesService,
    private readonly countries: CountriesService,
    private readonly tasks: TasksService,
    private readonly notes: NotesService,
  ) {}

  async list(query: ListQuery, user: AuthenticatedUser): Promise<Paginated<LobbyingActionResponseDto>> {
    const manager = this.dataSource.manager;
    const builder = manager.getRepository(LobbyingAction).createQueryBuilder('la');
    restrict(builder, await this.scope.viewerOf(manager, user));
    const { items, total } = await runListQuery(builder, LOBBYING_ACTION_LIST, query);
    const links = await this.links.of(
      manager,
      items.map((action) => action.id),
    );
    return new Paginated(
      LOBBYING_ACTION_LIST.resource,
      items.map((action) => toLobbyingActionResponse(action, links.get(action.id) ?? { targets: [], organizationIds: [] })),
      query.range[0],
      total,
    );
  }

  async get(id: string, user: AuthenticatedUser): Promise<LobbyingActionResponseDto> {
    const manager = this.dataSource.manager;
    const action = await this.visible(manager, id, await this.scope.viewerOf(manager, user));
    return this.respond(manager, action);
  }

  async create(dto: CreateLobbyingActionDto, user: AuthenticatedUser): Promise<LobbyingActionResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.countries.assertExist(manager, [dto.countryId], 'countryId');
      const viewer = await this.scope.viewerOf(manager, user);
      const recordedBy = await this.recorderOf(manager, viewer, dto.countryId);
      assertFollowUp(dto.occurredOn, dto.followUpAt);
      const targets = await this.targetsOf(manager, dto.authorityIds ?? [], dto.countryId);
      const organizationIds = dto.organizationIds ?? (recordedBy ? [recordedBy] : []);
      if (viewer.kind === 'member' && !organizationIds.some((id) => viewer.organizationIds.includes(id.toLowerCase()))) {
        throw new DomainException(
          'own_organization_required',
          { field: 'organizationIds' },
          'organizationIds must include your organization: members record their own actions',
          'organizationIds',
        );
      }
      const action = await manager.save(
        manager.create(LobbyingAction, {
          type: dto.type,
          countryId: dto.countryId,
          occurredOn: dto.occurredOn,
          title: dto.title,
          asks: dto.asks ?? [],
          description: dto.description ?? null,
          outcome: dto.outcome ?? null,
          followUpAt: dto.followUpAt ?? null,
          status: dto.status ?? 'done',
          recordedByOrganizationId: recordedBy,
          createdByUserId: user.id,
        }),
      );
      await this.links.replaceTargets(manager, action.id, targets);
      await this.links.replaceOrganizations(manager, action.id, organizationIds);
      await this.syncFollowUp(manager, action);
      return this.respond(manager, action);
    });
  }

  async update(id: string, dto: UpdateLobbyingActionDto, user: AuthenticatedUser): Promise<LobbyingActionResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const viewer = await this.scope.viewerOf(manager, user);
      const action = await this.visible(manager, id, viewer, true);
      if (viewer.kind === 'member' && !viewer.organizationIds.includes(action.recordedByOrganizationId ?? '')) {
        throw new DomainException('action_not_yours', {}, 'Members change only the actions their organization recorded');
      }
      if (dto.countryId !== undefined && dto.countryId !== action.countryId) {
        await this.countries.assertExist(manager, [dto.countryId], 'countryId');
        if (!this.scope.mayReach(viewer, dto.countryId))
          throw new DomainException('country_not_worked', { field: 'countryId' }, 'countryId must be a country your organization works in', 'countryId');
      }
      const {
        authorityIds,
        organizationIds,
        id: _id,
        targets: _t,
        recordedByOrganizationId: _r,
        createdByUserId: _c,
        createdAt: _ca,
        updatedAt: _ua,
        ...fields
      } = dto;
      Object.assign(action, withoutUndefined(fields));
      if (dto.asks !== undefined) action.asks = [...new Set(dto.asks)];
      assertFollowUp(action.occurredOn, action.followUpAt);
      const current = (await this.links.of(manager, [id])).get(id) ?? { targets: [], organizationIds: [] };
      const targetIds = authorityIds ?? current.targets.map((target) => target.authorityId);
      const targets = await this.targetsOf(manager, targetIds, action.countryId);
      if (viewer.kind === 'member' && organizationIds !== undefined && !organizationIds.some((org) => viewer.organizationIds.includes(org.toLowerCase()))) {
        throw new DomainException(
          'own_organization_required',
          { field: 'organizationIds' },
          'organizationIds must include your organization: members record their own actions',
          'organizationIds',
        );
      }
      const saved = await manager.save(action);
      await this.links.replaceTargets(manager, id, targets);
      if (organizationIds !== undefined) await this.links.replaceOrganizations(manager, id, organizationIds);
      await this.syncFollowUp(manager, saved);
      return this.respond(manager, saved);
    });
  }

  async remove(id: string): Promise<LobbyingActionResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const action = await manager.findOne(LobbyingAction, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!action) throw notFound('lobbying-actions', 'lobbying action');
      const response = await this.respond(manager, action);
      await this.tasks.removeForSourceWithin(manager, 'lobbying_action', id);
      await this.notes.removeAllFor(manager, 'lobbying_action', id);
      await this.links.removeAll(manager, id);
      await manager.remove(action);
      return response;
    });
  }

  /** A member's organization working in the country (it records the action); null for the staff. */
  private async recorderOf(manager: EntityManager, viewer: CampaignViewer, countryId: string): Promise<string | null> {
    if (viewer.kind === 'staff') return null;
    if (viewer.organizationIds.length === 0) {
      throw new DomainException('no_current_organization', {}, 'Your account has no current organization; ask the secretariat to add it');
    }
    const working = await this.scope.organizationsWorkingIn(manager, viewer, countryId);
    if (working.length === 0)
      throw new DomainException('country_not_worked', { field: 'countryId' }, 'countryId must be a country your organization works in', 'countryId');
    return working[0] ?? null;
  }

  private async targetsOf(manager: EntityManager, ids: readonly string[], countryId: string) {
    const targets = await this.authorities.targetsWithin(manager, ids, 'authorityIds');
    const foreign = targets.filter((target) => target.countryId !== countryId);
    if (foreign.length > 0) {
      const names = foreign.map((t) => t.postTitle).join(', ');
      throw new DomainException(
        'foreign_authorities',
        { field: 'authorityIds', names },
        `authorityIds must name authorities of the action’s country: ${names}`,
        'authorityIds',
      );
    }
    return targets;
  }

  /** One task per action while it has a follow-up date and is not closed; assigned to whoever recorded it. */
  private async syncFollowUp(manager: EntityManager, action: LobbyingAction): Promise<void> {
    await this.tasks.syncFollowUpWithin(manager, {
      lobbyingActionId: action.id,
      title: action.title,
      dueOn: action.status === 'closed' ? null : action.followUpAt,
      countryId: action.countryId,
      assigneeUserId: action.recordedByOrganizationId ? null : action.createdByUserId,
      assigneeOrganizationId: action.recordedByOrganizationId,
    });
  }

  private async respond(manager: EntityManager, action: LobbyingAction): Promise<LobbyingActionResponseDto> {
    const links = await this.links.of(manager, [action.id]);
    return toLobbyingActionResponse(action, links.get(action.id) ?? { targets: [], organizationIds: [] });
  }

  private async visible(manager: EntityManager, id: string, viewer: CampaignViewer, forUpdate = false): Promise<LobbyingAction> {
    const builder = manager.getRepository(LobbyingAction).createQueryBuilder('la').where('la.id = :id', { id });
    restrict(builder, viewer);
    if (forUpdate) builder.setLock('pessimistic_write');
    const action = await builder.getOne();
    if (!action) throw notFound('lobbying-actions', 'lobbying action');
    return action;
  }
}

function assertFollowUp(occurredOn: string, followUpAt: string | null | undefined): void {
  if (followUpBeforeAction(occurredOn, followUpAt)) {
    throw dateOrder('occurredOn', 'followUpAt', `followUpAt must not be before the action’s date (${occurredOn})`);
  }
}

/** Narrows a query on lobbying actions (alias `la`) to those the viewer may see. */
function restrict(query: SelectQueryBuilder<ObjectLiteral>, viewer: CampaignViewer): void {
  if (viewer.kind === 'staff') return;
  query.andWhere('la.country_id = ANY(:viewerCountryIds::uuid[])', { viewerCountryIds: viewer.countryIds });
}

function withoutUndefined<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}
