import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { notFound } from '../common/domain.exception.js';
import { runListQuery } from '../list/apply-list-query.js';
import type { ListQuery } from '../list/list-spec.js';
import { Paginated } from '../list/paginated.js';
import { requestContext, type Actor } from '../request-context/request-context.js';
import { AUDIT_ENTRY_LIST } from './audit-entries.list-spec.js';
import type { AuditAction } from './audit-action.contract.js';
import { AuditEntry, type AuditChanges } from './audit-entry.entity.js';
import { AuditEntryResponseDto, toAuditEntryResponse } from './dto/audit-entry-response.dto.js';

/** An entry written by hand: for changes the subscriber cannot see (join tables, bulk SQL, summaries). */
export interface ManualAuditEntry {
  action: AuditAction;
  entityType: string;
  entityId: string;
  changes: AuditChanges;
  /** Who acted; the request's (or job's) actor when left out. */
  actor?: Actor | null;
}

/**
 * Reads the audit trail. Entity writes are audited by the AuditSubscriber;
 * every other entry goes through record(), in the caller's transaction.
 */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Stores entries in the caller's transaction, so that they commit or roll back with the change they describe. */
  async record(manager: EntityManager, entries: ManualAuditEntry | readonly ManualAuditEntry[]): Promise<void> {
    const list: readonly ManualAuditEntry[] = 'action' in entries ? [entries] : entries;
    if (list.length === 0) return;
    const current = requestContext.actor();
    const rows = list.map(({ actor = current, ...entry }) =>
      manager.create(AuditEntry, { ...entry, userId: actor?.id ?? null, userEmail: actor?.email ?? null }),
    );
    // Saved together, as multi-row inserts: an import batch records the links of a thousand organizations at once.
    await manager.save(AuditEntry, rows);
  }

  async list(query: ListQuery): Promise<Paginated<AuditEntryResponseDto>> {
    const builder = this.dataSource.getRepository(AuditEntry).createQueryBuilder('a');
    const { items, total } = await runListQuery(builder, AUDIT_ENTRY_LIST, query);
    return new Paginated(AUDIT_ENTRY_LIST.resource, items.map(toAuditEntryResponse), query.range[0], total);
  }

  async get(id: string): Promise<AuditEntryResponseDto> {
    const entry = await this.dataSource.getRepository(AuditEntry).findOne({ where: { id } });
    if (!entry) throw notFound('audit-entries', 'audit entry');
    return toAuditEntryResponse(entry);
  }
}
