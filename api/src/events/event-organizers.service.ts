import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { auditEntityTypeOf } from '../audit/audit-ignore.decorator.js';
import { unknownRecords } from '../common/domain.exception.js';
import { Event } from './event.entity.js';

/** The one writer of `event_organizers`: each change of an event's organizers is audited on the event. */
@Injectable()
export class EventOrganizersService {
  constructor(private readonly audit: AuditService) {}

  async of(manager: EntityManager, eventIds: readonly string[]): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>(eventIds.map((id) => [id, []]));
    if (eventIds.length === 0) return result;
    const rows: Array<{ eventId: string; organizationId: string }> = await manager.query(
      `SELECT event_id AS "eventId", organization_id AS "organizationId" FROM event_organizers WHERE event_id = ANY($1::uuid[]) ORDER BY organization_id`,
      [eventIds],
    );
    for (const row of rows) result.get(row.eventId)?.push(row.organizationId);
    return result;
  }

  async replace(manager: EntityManager, eventId: string, organizationIds: readonly string[]): Promise<string[]> {
    const after = [...new Set(organizationIds.map((id) => id.toLowerCase()))].sort();
    await this.assertExist(manager, after);
    const before = (await this.of(manager, [eventId])).get(eventId) ?? [];
    if (JSON.stringify(before) === JSON.stringify(after)) return after;
    await manager.query('DELETE FROM event_organizers WHERE event_id = $1 AND NOT (organization_id = ANY($2::uuid[]))', [eventId, after]);
    await manager.query('INSERT INTO event_organizers (event_id, organization_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING', [eventId, after]);
    await this.audit.record(manager, {
      action: 'update',
      entityType: auditEntityTypeOf(Event),
      entityId: eventId,
      changes: { organizerIds: { before, after } },
    });
    return after;
  }

  private async assertExist(manager: EntityManager, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    const rows: Array<{ id: string }> = await manager.query('SELECT id FROM organizations WHERE id = ANY($1::uuid[])', [ids]);
    const found = new Set(rows.map((row) => row.id));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length > 0) throw unknownRecords('organizerIds', 'organizations', missing.length);
  }
}
