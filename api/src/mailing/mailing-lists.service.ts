import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DomainException, notFound } from '../common/domain.exception.js';
import { runPresentedListQuery } from '../list/apply-list-query.js';
import type { ListQuery } from '../list/list-spec.js';
import { Paginated } from '../list/paginated.js';
import {
  CreateMailingListDto,
  EMPTY_COUNTS,
  MailingListCountsDto,
  MailingListResponseDto,
  toMailingListResponse,
  UpdateMailingListDto,
} from './dto/mailing-list.dto.js';
import { MAILING_LIST_LIST } from './mailing.list-specs.js';
import { MailingList } from './mailing-list.entity.js';
import { MailingProviderFactory } from './providers/provider-factory.js';
import { SubscriptionChangesService } from './subscription-changes.service.js';

@Injectable()
export class MailingListsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly providers: MailingProviderFactory,
    private readonly changes: SubscriptionChangesService,
  ) {}

  async list(query: ListQuery): Promise<Paginated<MailingListResponseDto>> {
    const builder = this.dataSource.getRepository(MailingList).createQueryBuilder('l');
    const { items, total } = await runPresentedListQuery(builder, MAILING_LIST_LIST, query, (page) => this.present(this.dataSource.manager, page));
    return new Paginated(MAILING_LIST_LIST.resource, items, query.range[0], total);
  }

  async get(id: string): Promise<MailingListResponseDto> {
    const list = await this.load(this.dataSource.manager, id);
    return (await this.present(this.dataSource.manager, [list]))[0];
  }

  async create(dto: CreateMailingListDto): Promise<MailingListResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const list = await this.save(
        manager,
        manager.create(MailingList, {
          ...dto,
          provider: dto.provider ?? 'none',
          description: dto.description ?? null,
          providerListId: null,
          reconciledAt: null,
        }),
      );
      return (await this.present(manager, [list]))[0];
    });
  }

  async update(id: string, dto: UpdateMailingListDto): Promise<MailingListResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const list = await this.load(manager, id, true);
      if (dto.key !== undefined && dto.key !== list.key && list.providerListId) {
        throw new DomainException('list_key_fixed', { field: 'key' }, 'key cannot change once the list exists at its provider', 'key');
      }
      const providerChanged = dto.provider !== undefined && dto.provider !== list.provider;
      for (const field of ['name', 'key', 'language', 'audience', 'provider', 'description'] as const) {
        if (dto[field] !== undefined) Object.assign(list, { [field]: dto[field] });
      }
      if (providerChanged) list.providerListId = null;
      const saved = await this.save(manager, list);
      // The new provider must hear of everyone on the list.
      if (providerChanged) await this.changes.resendListWithin(manager, id);
      return (await this.present(manager, [saved]))[0];
    });
  }

  async remove(id: string): Promise<MailingListResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const list = await this.load(manager, id, true);
      const [response] = await this.present(manager, [list]);
      const subscribed = response?.counts.subscribed ?? 0;
      if (subscribed > 0) {
        throw new DomainException(
          'list_has_subscribers',
          { count: subscribed },
          `The list has ${subscribed} subscribed people: unsubscribe them (or move the list to provider none) first`,
        );
      }
      await manager.remove(list);
      return response;
    });
  }

  async load(manager: EntityManager, id: string, forUpdate = false): Promise<MailingList> {
    const list = await manager.findOne(MailingList, { where: { id }, ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!list) throw notFound('mailing-lists', 'mailing list');
    return list;
  }

  private async save(manager: EntityManager, list: MailingList): Promise<MailingList> {
    const taken = await manager
      .getRepository(MailingList)
      .createQueryBuilder('l')
      .where('l.key = :key', { key: list.key })
      .andWhere(list.id ? 'l.id <> :id' : 'TRUE', { id: list.id })
      .getExists();
    if (taken) throw new DomainException('list_key_taken', { field: 'key', key: list.key }, `Another list has the key ${list.key}`, 'key');
    return manager.save(list);
  }

  private async present(manager: EntityManager, lists: MailingList[]): Promise<MailingListResponseDto[]> {
    const counts = await this.countsOf(
      manager,
      lists.map((list) => list.id),
    );
    return lists.map((list) => toMailingListResponse(list, this.providers.isConfigured(list.provider), counts.get(list.id) ?? { ...EMPTY_COUNTS }));
  }

  private async countsOf(manager: EntityManager, ids: string[]): Promise<Map<string, MailingListCountsDto>> {
    if (ids.length === 0) return new Map();
    const rows: {
      id: string;
      subscribed: string;
      pending: string;
      unsubscribed: string;
      bounced: string;
      unsynced: string;
      failed: string;
      last_synced_at: Date | null;
    }[] = await manager.query(
      `SELECT s.mailing_list_id AS id,
              count(*) FILTER (WHERE s.status = 'subscribed') AS subscribed,
              count(*) FILTER (WHERE s.status = 'pending') AS pending,
              count(*) FILTER (WHERE s.status = 'unsubscribed') AS unsubscribed,
              count(*) FILTER (WHERE s.status = 'bounced') AS bounced,
              count(*) FILTER (WHERE s.version > s.synced_version AND s.sync_failed_at IS NULL) AS unsynced,
              count(*) FILTER (WHERE s.sync_failed_at IS NOT NULL) AS failed,
              max(s.last_synced_at) AS last_synced_at
         FROM subscriptions s WHERE s.mailing_list_id = ANY($1::uuid[]) GROUP BY s.mailing_list_id`,
      [ids],
    );
    return new Map(
      rows.map((row) => [
        row.id,
        {
          subscribed: Number(row.subscribed),
          pending: Number(row.pending),
          unsubscribed: Number(row.unsubscribed),
          bounced: Number(row.bounced),
          unsynced: Number(row.unsynced),
          failed: Number(row.failed),
          lastSyncedAt: row.last_synced_at ? new Date(row.last_synced_at).toISOString() : null,
        },
      ]),
    );
  }
}
