import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DomainException, notFound, unknownRecords } from '../common/domain.exception.js';
import { runListQuery } from '../list/apply-list-query.js';
import type { ListQuery } from '../list/list-spec.js';
import { Paginated } from '../list/paginated.js';
import { CreateWorkingGroupDto } from './dto/create-working-group.dto.js';
import { UpdateWorkingGroupDto } from './dto/update-working-group.dto.js';
import { toWorkingGroupResponse, WorkingGroupResponseDto } from './dto/working-group-response.dto.js';
import { WorkingGroup } from './working-group.entity.js';
import { WORKING_GROUP_LIST } from './working-groups.list-spec.js';

@Injectable()
export class WorkingGroupsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: ListQuery): Promise<Paginated<WorkingGroupResponseDto>> {
    const builder = this.dataSource.getRepository(WorkingGroup).createQueryBuilder('g');
    const { items, total } = await runListQuery(builder, WORKING_GROUP_LIST, query);
    return new Paginated(WORKING_GROUP_LIST.resource, items.map(toWorkingGroupResponse), query.range[0], total);
  }

  async get(id: string): Promise<WorkingGroupResponseDto> {
    return toWorkingGroupResponse(await this.load(this.dataSource.manager, id));
  }

  async create(dto: CreateWorkingGroupDto): Promise<WorkingGroupResponseDto> {
    const group = await this.dataSource.transaction(async (manager) => {
      const name = dto.name.trim();
      await this.assertNameFree(manager, name);
      return manager.save(manager.create(WorkingGroup, { name, description: dto.description ?? null }));
    });
    return toWorkingGroupResponse(group);
  }

  async update(id: string, dto: UpdateWorkingGroupDto): Promise<WorkingGroupResponseDto> {
    const group = await this.dataSource.transaction(async (manager) => {
      const current = await this.load(manager, id, true);
      if (dto.name !== undefined && dto.name.trim() !== current.name) {
        await this.assertNameFree(manager, dto.name.trim(), id);
        current.name = dto.name.trim();
      }
      if (dto.description !== undefined) current.description = dto.description;
      return manager.save(current);
    });
    return toWorkingGroupResponse(group);
  }

  /** Members of the group are not touched: only their membership of it goes. */
  async remove(id: string): Promise<WorkingGroupResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const group = await this.load(manager, id, true);
      const response = toWorkingGroupResponse(group);
      await manager.remove(group);
      return response;
    });
  }

  /** Refuses ids that name no working group, with a 400 naming the field they came in. */
  async assertExist(manager: EntityManager, ids: readonly string[], field: string): Promise<void> {
    const wanted = [...new Set(ids.map((id) => id.toLowerCase()))];
    if (wanted.length === 0) return;
    const rows: Array<{ id: string }> = await manager.query('SELECT id FROM working_groups WHERE id = ANY($1::uuid[])', [wanted]);
    const found = new Set(rows.map((row) => row.id));
    const missing = wanted.filter((id) => !found.has(id));
    if (missing.length > 0) throw unknownRecords(field, 'working-groups', missing.length);
  }

  private async assertNameFree(manager: EntityManager, name: string, exceptId?: string): Promise<void> {
    const other = await manager.getRepository(WorkingGroup).createQueryBuilder('g').where('lower(g.name) = lower(:name)', { name }).getOne();
    if (other && other.id !== exceptId) {
      throw new DomainException(
        'working_group_name_taken',
        { field: 'name', name: other.name },
        `A working group named "${other.name}" already exists`,
        'name',
      );
    }
  }

  private async load(manager: EntityManager, id: string, forUpdate = false): Promise<WorkingGroup> {
    const group = await manager.findOne(WorkingGroup, { where: { id }, ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!group) throw notFound('working-groups', 'working group');
    return group;
  }
}
