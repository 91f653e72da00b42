import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { notFound, unknownRecord } from '../common/domain.exception.js';
import { runListQuery } from '../list/apply-list-query.js';
import type { ListQuery } from '../list/list-spec.js';
import { Paginated } from '../list/paginated.js';
import { CreateMailingListRuleDto, MailingListRuleResponseDto, toRuleResponse, UpdateMailingListRuleDto } from './dto/mailing-list-rule.dto.js';
import { RULE_LIST } from './mailing.list-specs.js';
import { MailingList } from './mailing-list.entity.js';
import { MailingListRule } from './mailing-list-rule.entity.js';
import { MailingRulesService } from './mailing-rules.service.js';

/** The rules' records; every change re-evaluates the rules for everybody, in the same transaction. */
@Injectable()
export class MailingListRulesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rules: MailingRulesService,
  ) {}

  async list(query: ListQuery): Promise<Paginated<MailingListRuleResponseDto>> {
    const builder = this.dataSource.getRepository(MailingListRule).createQueryBuilder('r');
    const { items, total } = await runListQuery(builder, RULE_LIST, query);
    return new Paginated(RULE_LIST.resource, items.map(toRuleResponse), query.range[0], total);
  }

  async get(id: string): Promise<MailingListRuleResponseDto> {
    return toRuleResponse(await this.load(this.dataSource.manager, id));
  }

  async create(dto: CreateMailingListRuleDto): Promise<MailingListRuleResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.exists(MailingList, { where: { id: dto.mailingListId } }))) {
        throw unknownRecord('mailingListId', 'mailing-lists');
      }
      const rule = await manager.save(
        manager.create(MailingListRule, {
          mailingListId: dto.mailingListId,
          audience: dto.audience,
          language: dto.language ?? null,
          active: dto.active ?? true,
        }),
      );
      await this.rules.evaluateWithin(manager, null);
      return toRuleResponse(rule);
    });
  }

  async update(id: string, dto: UpdateMailingListRuleDto): Promise<MailingListRuleResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const rule = await this.load(manager, id, true);
      if (dto.audience !== undefined) rule.audience = dto.audience;
      if (dto.language !== undefined) rule.language = dto.language;
      if (dto.active !== undefined) rule.active = dto.active;
      const saved = await manager.save(rule);
      await this.rules.evaluateWithin(manager, null);
      return toRuleResponse(saved);
    });
  }

  async remove(id: string): Promise<MailingListRuleResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const rule = await this.load(manager, id, true);
      const response = toRuleResponse(rule);
      await manager.remove(rule);
      await this.rules.evaluateWithin(manager, null);
      return response;
    });
  }

  private async load(manager: EntityManager, id: string, forUpdate = false): Promise<MailingListRule> {
    const rule = await manager.findOne(MailingListRule, { where: { id }, ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!rule) throw notFound('mailing-list-rules', 'mailing list rule');
    return rule;
  }
}
