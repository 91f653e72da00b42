import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { MemberScopeService, type CampaignViewer } from '../authorities/member-scope.service.js';
import { DomainException, notFound } from '../common/domain.exception.js';
import { runListQuery } from '../list/apply-list-query.js';
import type { ListQuery } from '../list/list-spec.js';
import { Paginated } from '../list/paginated.js';
import { EDITOR_ROLES } from '../users/user-role.contract.js';
import type { CreateTaskDto } from './dto/create-task.dto.js';
import { TaskResponseDto, toTaskResponse } from './dto/task-response.dto.js';
import type { UpdateTaskDto } from './dto/update-task.dto.js';
import { Task } from './task.entity.js';
import { TASK_LIST } from './tasks.list-spec.js';

/** Today as `YYYY-MM-DD` (UTC): due dates are calendar days. */
export const today = (): string => new Date().toISOString().slice(0, 10);

/** How many open tasks "My tasks" shows at most. */
export const MY_TASKS_LIMIT = 50;

/** The follow-up of one lobbying action, as the lobbying actions feature hands it over. */
export interface FollowUp {
  lobbyingActionId: string;
  title: string;
  /** Null when the action no longer has a follow-up date: its open task is then cancelled. */
  dueOn: string | null;
  countryId: string;
  assigneeUserId: string | null;
  assigneeOrganizationId: string | null;
}

const followUpKey = (lobbyingActionId: string): string => `follow-up:${lobbyingActionId}`;

/**
 * Tasks. The staff see every task; a member, the tasks of its organizations
 * and its own. The secretariat writes any task; a member writes tasks for
 * itself or its organizations; whoever a task is for may mark it done.
 */
@Injectable()
export class TasksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: MemberScopeService,
  ) {}

  async list(query: ListQuery, user: AuthenticatedUser): Promise<Paginated<TaskResponseDto>> {
    const manager = this.dataSource.manager;
    const builder = manager.getRepository(Task).createQueryBuilder('t');
    restrict(builder, await this.scope.viewerOf(manager, user));
    const { items, total } = await runListQuery(builder, TASK_LIST, query);
    const day = today();
    return new Paginated(
      TASK_LIST.resource,
      items.map((task) => toTaskResponse(task, day)),
      query.range[0],
      total,
    );
  }

  /** The caller's open tasks (a member's also those of its organizations): overdue first, then by due date. */
  async mine(user: AuthenticatedUser): Promise<TaskResponseDto[]> {
    const manager = this.dataSource.manager;
    const viewer = await this.scope.viewerOf(manager, user);
    const builder = manager
      .getRepository(Task)
      .createQueryBuilder('t')
      .where(`t.status = 'open'`)
      .andWhere(
        new Brackets((mine) => {
          mine.where('t.assignee_user_id = :userId', { userId: user.id });
          if (viewer.kind === 'member' && viewer.organizationIds.length > 0) {
            mine.orWhere('t.assignee_organization_id = ANY(:organizationIds::uuid[])', { organizationIds: viewer.organizationIds });
          }
        }),
      )
      .orderBy('t.due_on', 'ASC', 'NULLS LAST')
      .addOrderBy('t.created_at', 'ASC')
      .take(MY_TASKS_LIMIT);
    const day = today();
    return (await builder.getMany()).map((task) => toTaskResponse(task, day));
  }

  async get(id: string, user: AuthenticatedUser): Promise<TaskResponseDto> {
    const manager = this.dataSource.manager;
    return toTaskResponse(await this.visible(manager, id, await this.scope.viewerOf(manager, user)), today());
  }

  async create(dto: CreateTaskDto, user: AuthenticatedUser): Promise<TaskResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const viewer = await this.scope.viewerOf(manager, user);
      const assignee = assigneeOf(dto.assigneeUserId ?? null, dto.assigneeOrganizationId ?? null) ?? { userId: user.id, organizationId: null };
      this.assertMayAssign(viewer, assignee);
      const task = await manager.save(
        manager.create(Task, {
          title: dto.title,
          description: dto.description ?? null,
          dueOn: dto.dueOn ?? null,
          status: 'open',
          origin: 'manual',
          assigneeUserId: assignee.userId,
          assigneeOrganizationId: assignee.organizationId,
          countryId: dto.countryId ?? null,
          createdByUserId: user.id,
        }),
      );
      return toTaskResponse(task, today());
    });
  }

  async update(id: string, dto: UpdateTaskDto, user: AuthenticatedUser): Promise<TaskResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const viewer = await this.scope.viewerOf(manager, user);
      const task = await this.visible(manager, id, viewer, true);
      if (dto.assigneeUserId !== undefined || dto.assigneeOrganizationId !== undefined) {
        const assignee = assigneeOf(
          dto.assigneeUserId === undefined ? task.assigneeUserId : dto.assigneeUserId,
          dto.assigneeOrganizationId === undefined ? task.assigneeOrganizationId : dto.assigneeOrganizationId,
        );
        if (!assignee) {
          throw new DomainException(
            'task_needs_assignee',
            { field: 'assigneeUserId' },
            'assigneeUserId or assigneeOrganizationId is required: a task is for someone',
            'assigneeUserId',
          );
        }
        this.assertMayAssign(viewer, assignee);
        task.assigneeUserId = assignee.userId;
        task.assigneeOrganizationId = assignee.organizationId;
      }
      if (dto.title !== undefined) task.title = dto.title;
      if (dto.description !== undefined) task.description = dto.description;
      if (dto.dueOn !== undefined) task.dueOn = dto.dueOn;
      if (dto.countryId !== undefined) task.countryId = dto.countryId;
      if (dto.status !== undefined) setStatus(task, dto.status);
      return toTaskResponse(await manager.save(task), today());
    });
  }

  /** Marks a task done: the secretariat any task, anybody else a task that is theirs or their organization's. */
  async complete(id: string, user: AuthenticatedUser): Promise<TaskResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const viewer = await this.scope.viewerOf(manager, user);
      const task = await this.visible(manager, id, viewer, true);
      const isEditor = EDITOR_ROLES.includes(user.role);
      const isTheirs = task.assigneeUserId === user.id || (viewer.kind === 'member' && viewer.organizationIds.includes(task.assigneeOrganizationId ?? ''));
      if (!isEditor && !isTheirs) throw new DomainException('task_not_yours', {}, 'Only the task’s assignee or the secretariat marks it done');
      if (task.status === 'cancelled') throw new DomainException('task_cancelled', { field: 'status' }, 'The task was cancelled', 'status');
      if (task.status === 'done') return toTaskResponse(task, today());
      setStatus(task, 'done');
      return toTaskResponse(await manager.save(task), today());
    });
  }

  async remove(id: string): Promise<TaskResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const task = await manager.findOne(Task, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!task) throw notFound('tasks', 'task');
      const response = toTaskResponse(task, today());
      await manager.remove(task);
      return response;
    });
  }

  /**
   * Keeps the one follow-up task of a lobbying action in step with its
   * follow-up date, in the caller's transaction: created on the first date,
   * moved (and reopened) when the date changes, cancelled when it is removed.
   */
  async syncFollowUpWithin(manager: EntityManager, followUp: FollowUp): Promise<void> {
    const key = followUpKey(followUp.lobbyingActionId);
    const task = await manager.findOne(Task, { where: { generatedKey: key }, lock: { mode: 'pessimistic_write' } });
    if (followUp.dueOn === null) {
      if (task && task.status === 'open') {
        setStatus(task, 'cancelled');
        await manager.save(task);
      }
      return;
    }
    if (!task) {
      await manager.save(
        manager.create(Task, {
          title: followUp.title,
          dueOn: followUp.dueOn,
          status: 'open',
          origin: 'follow_up',
          assigneeUserId: followUp.assigneeUserId,
          assigneeOrganizationId: followUp.assigneeUserId ? null : followUp.assigneeOrganizationId,
          countryId: followUp.countryId,
          sourceType: 'lobbying_action',
          sourceId: followUp.lobbyingActionId,
          generatedKey: key,
          createdByUserId: followUp.assigneeUserId,
        }),
      );
      return;
    }
    const moved = task.dueOn !== followUp.dueOn;
    if (!moved && task.status !== 'cancelled' && task.title === followUp.title && task.countryId === followUp.countryId) return;
    task.title = followUp.title;
    task.countryId = followUp.countryId;
    if (moved || task.status === 'cancelled') {
      task.dueOn = followUp.dueOn;
      setStatus(task, 'open');
    }
    await manager.save(task);
  }

  /** Removes the tasks that came from a record being deleted, in the caller's transaction. */
  async removeForSourceWithin(manager: EntityManager, sourceType: 'lobbying_action' | 'event', sourceId: string): Promise<void> {
    const tasks = await manager.find(Task, { where: { sourceType, sourceId } });
    if (tasks.length > 0) await manager.remove(tasks);
  }

  private assertMayAssign(viewer: CampaignViewer, assignee: { userId: string | null; organizationId: string | null }): void {
    if (viewer.kind === 'staff') return;
    if (assignee.userId !== null && assignee.userId !== viewer.userId) {
      throw new DomainException('assignee_not_yourself', { field: 'assigneeUserId' }, 'assigneeUserId may only be yourself', 'assigneeUserId');
    }
    if (assignee.organizationId !== null && !viewer.organizationIds.includes(assignee.organizationId.toLowerCase())) {
      throw new DomainException(
        'assignee_not_your_organization',
        { field: 'assigneeOrganizationId' },
        'assigneeOrganizationId must be your organization',
        'assigneeOrganizationId',
      );
    }
  }

  private async visible(manager: EntityManager, id: string, viewer: CampaignViewer, forUpdate = false): Promise<Task> {
    const builder = manager.getRepository(Task).createQueryBuilder('t').where('t.id = :id', { id });
    restrict(builder, viewer);
    if (forUpdate) builder.setLock('pessimistic_write');
    const task = await builder.getOne();
    if (!task) throw notFound('tasks', 'task');
    return task;
  }
}

/** Exactly one of the two, or none: both is refused. */
function assigneeOf(userId: string | null, organizationId: string | null): { userId: string | null; organizationId: string | null } | null {
  if (userId !== null && organizationId !== null) {
    throw new DomainException(
      'task_one_assignee',
      { field: 'assigneeOrganizationId' },
      'assigneeOrganizationId must be left empty when assigneeUserId is given: a task is for one user or one organization',
      'assigneeOrganizationId',
    );
  }
  if (userId === null && organizationId === null) return null;
  return { userId, organizationId };
}

function setStatus(task: Task, status: Task['status']): void {
  if (task.status === status) return;
  task.status = status;
  task.completedAt = status === 'done' ? new Date() : null;
}

/** Narrows a query on tasks (alias `t`) to those the viewer may see. */
function restrict(query: SelectQueryBuilder<ObjectLiteral>, viewer: CampaignViewer): void {
  if (viewer.kind === 'staff') return;
  query.andWhere(
    new Brackets((mine) => {
      mine.where('t.assignee_user_id = :viewerUserId', { viewerUserId: viewer.userId });
      mine.orWhere('t.assignee_organization_id = ANY(:viewerOrganizationIds::uuid[])', { viewerOrganizationIds: viewer.organizationIds });
    }),
  );
}
