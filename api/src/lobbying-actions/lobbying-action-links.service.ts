import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { auditEntityTypeOf } from '../audit/audit-ignore.decorator.js';
import type { AuthorityTarget } from '../authorities/authorities.service.js';
import { unknownRecords } from '../common/domain.exception.js';
import type { LobbyingActionLinks, LobbyingActionTargetDto } from './dto/lobbying-action-response.dto.js';
import { LobbyingAction } from './lobbying-action.entity.js';

const normalized = (ids: readonly string[]): string[] => [...new Set(ids.map((id) => id.toLowerCase()))].sort();

/**
 * The one writer of an action's targets and organizations: each change is
 * audited as an update of the action. A target keeps the holder of the post
 * when it was first linked, so a later holder does not take over the action.
 */
@Injectable()
export class LobbyingActionLinksService {
  constructor(private readonly audit: AuditService) {}

  async of(manager: EntityManager, actionIds: readonly string[]): Promise<Map<string, LobbyingActionLinks>> {
    const result = new Map<string, LobbyingActionLinks>(actionIds.map((id) => [id, { targets: [], organizationIds: [] }]));
    if (actionIds.length === 0) return result;
    const targets: Array<LobbyingActionTargetDto & { actionId: string }> = await manager.query(
      `SELECT t.lobbying_action_id AS "actionId", t.authority_id AS "authorityId", a.post_title AS "postTitle",
              t.holder_id AS "holderId", h.person_name AS "holderName"
         FROM lobbying_action_authorities t
         JOIN authorities a ON a.id = t.authority_id
         LEFT JOIN authority_holders h ON h.id = t.holder_id
        WHERE t.lobbying_action_id = ANY($1::uuid[])
        ORDER BY a.post_title, t.authority_id`,
      [actionIds],
    );
    for (const { actionId, ...target } of targets) result.get(actionId)?.targets.push(target);
    const organizations: Array<{ actionId: string; organizationId: string }> = await manager.query(
      `SELECT lobbying_action_id AS "actionId", organization_id AS "organizationId"
         FROM lobbying_action_organizations WHERE lobbying_action_id = ANY($1::uuid[]) ORDER BY organization_id`,
      [actionIds],
    );
    for (const row of organizations) result.get(row.actionId)?.organizationIds.push(row.organizationId);
    return result;
  }

  /** Replaces the targets; a post still targeted keeps the holder it was linked with. */
  async replaceTargets(manager: EntityManager, actionId: string, targets: readonly AuthorityTarget[]): Promise<void> {
    const after = normalized(targets.map((target) => target.id));
    const rows: Array<{ authorityId: string }> = await manager.query(
      'SELECT authority_id AS "authorityId" FROM lobbying_action_authorities WHERE lobbying_action_id = $1 ORDER BY authority_id',
      [actionId],
    );
    const before = rows.map((row) => row.authorityId);
    if (JSON.stringify(before) === JSON.stringify(after)) return;
    await manager.query('DELETE FROM lobbying_action_authorities WHERE lobbying_action_id = $1 AND NOT (authority_id = ANY($2::uuid[]))', [actionId, after]);
    await manager.query(
      `INSERT INTO lobbying_action_authorities (lobbying_action_id, authority_id, holder_id)
       SELECT $1, t.authority_id, t.holder_id FROM unnest($2::uuid[], $3::uuid[]) AS t (authority_id, holder_id)
       ON CONFLICT DO NOTHING`,
      [actionId, targets.map((target) => target.id), targets.map((target) => target.currentHolderId)],
    );
    await this.audit.record(manager, {
      action: 'update',
      entityType: auditEntityTypeOf(LobbyingAction),
      entityId: actionId,
      changes: { authorityIds: { before, after } },
    });
  }

  async replaceOrganizations(manager: EntityManager, actionId: string, organizationIds: readonly string[]): Promise<void> {
    const after = normalized(organizationIds);
    await this.assertOrganizationsExist(manager, after);
    const before = (await this.of(manager, [actionId])).get(actionId)?.organizationIds ?? [];
    if (JSON.stringify(before) === JSON.stringify(after)) return;
    await manager.query('DELETE FROM lobbying_action_organizations WHERE lobbying_action_id = $1 AND NOT (organization_id = ANY($2::uuid[]))', [
      actionId,
      after,
    ]);
    await manager.query(
      'INSERT INTO lobbying_action_organizations (lobbying_action_id, organization_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING',
      [actionId, after],
    );
    await this.audit.record(manager, {
      action: 'update',
      entityType: auditEntityTypeOf(LobbyingAction),
      entityId: actionId,
      changes: { organizationIds: { before, after } },
    });
  }

  async removeAll(manager: EntityManager, actionId: string): Promise<void> {
    await manager.query('DELETE FROM lobbying_action_authorities WHERE lobbying_action_id = $1', [actionId]);
    await manager.query('DELETE FROM lobbying_action_organizations WHERE lobbying_action_id = $1', [actionId]);
  }

  private async assertOrganizationsExist(manager: EntityManager, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    const rows: Array<{ id: string }> = await manager.query('SELECT id FROM organizations WHERE id = ANY($1::uuid[])', [ids]);
    const found = new Set(rows.map((row) => row.id));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length > 0) throw unknownRecords('organizationIds', 'organizations', missing.length);
  }
}
