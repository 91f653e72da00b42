import { EntitySubscriberInterface, EntityManager, EventSubscriber, InsertEvent, RemoveEvent, UpdateEvent, ObjectLiteral } from 'typeorm';
import type { EntityMetadata } from 'typeorm';
import { requestContext } from '../request-context/request-context.js';
import { diffRecords } from './audit-diff.js';
import type { AuditAction } from './audit-action.contract.js';
import { AuditEntry } from './audit-entry.entity.js';
import { auditEntityTypeOf, isAudited, isAuditIgnored } from './audit-ignore.decorator.js';

const SKIPPED_FIELDS = new Set(['id', 'createdAt', 'updatedAt']);

/**
 * Writes an AuditEntry for every insert, update and removal of an audited
 * entity, through the same entity manager and so in the same transaction as
 * the write itself: either both are stored or neither is.
 */
@EventSubscriber()
export class AuditSubscriber implements EntitySubscriberInterface {
  async afterInsert(event: InsertEvent<ObjectLiteral>): Promise<void> {
    await this.record(event.manager, event.metadata, 'create', undefined, event.entity);
  }

  async afterUpdate(event: UpdateEvent<ObjectLiteral>): Promise<void> {
    if (!event.entity) return;
    const after = { ...(event.databaseEntity ?? {}), ...event.entity };
    await this.record(event.manager, event.metadata, 'update', event.databaseEntity, after);
  }

  async afterRemove(event: RemoveEvent<ObjectLiteral>): Promise<void> {
    const before = event.databaseEntity ?? event.entity;
    await this.record(event.manager, event.metadata, 'delete', before, undefined, event.entityId);
  }

  private async record(
    manager: EntityManager,
    metadata: EntityMetadata,
    action: AuditAction,
    before: ObjectLiteral | undefined,
    after: ObjectLiteral | undefined,
    removedId?: unknown,
  ): Promise<void> {
    const target = metadata.target;
    if (typeof target !== 'function' || !isAudited(target)) return;
    const fields = metadata.columns.map((column) => column.propertyName).filter((field) => !SKIPPED_FIELDS.has(field) && !isAuditIgnored(target, field));
    const changes = diffRecords(before, after, fields);
    if (action === 'update' && Object.keys(changes).length === 0) return;
    const entityId = String(after?.id ?? before?.id ?? removedId ?? '');
    const actor = requestContext.actor();
    const entry = Object.assign(new AuditEntry(), {
      userId: actor?.id ?? null,
      userEmail: actor?.email ?? null,
      action,
      entityType: auditEntityTypeOf(target),
      entityId,
      changes,
    });
    await manager.save(entry);
  }
}
