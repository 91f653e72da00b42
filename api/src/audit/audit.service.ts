import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { notFound } from '../common/domain.exception.js';
import { runListQuery } from '../list/apply-list-query.js';
import type { ListQuery } from '../list/list-spec.js';
import { Paginated } from '../list/paginated.js';
import { AUDIT_ENTRY_LIST } from './audit-entries.list-spec.js';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditEntryResponseDto, toAuditEntryResponse } from './dto/audit-entry-response.dto.js';

/** Reads the audit trail; writing it is the AuditSubscriber's job. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: ListQuery): Promise<Paginated<AuditEntryResponseDto>> {
    const builder = this.dataSource.getRepository(AuditEntry).createQueryBuilder('a');
    const { items, total } = await runListQuery(builder, AUDIT_ENTRY_LIST, query);
    return new Paginated(AUDIT_ENTRY_LIST.resource, items.map(toAuditEntryResponse), query.range[0], total);
  }

  async get(id: string): Promise<AuditEntryResponseDto> {
    const entry = await this.dataSource.getRepository(AuditEntry).findOne({ where: { id } });
    if (!entry) throw notFound('Audit entry', id);
    return toAuditEntryResponse(entry);
  }
}
