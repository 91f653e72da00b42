import type { EntityManager } from 'typeorm';
import { AuditEntry, type AuditChanges } from '../audit/audit-entry.entity.js';
import { auditEntityTypeOf } from '../audit/audit-ignore.decorator.js';
import { requestContext } from '../request-context/request-context.js';
import type { OrganizationLinkIds } from './dto/organization-response.dto.js';
import { Organization } from './organization.entity.js';

const NO_LINKS: OrganizationLinkIds = { countriesOfWorkIds: [], workingGroupIds: [] };

const JOIN_TABLES: Record<keyof OrganizationLinkIds, { table: string; column: string }> = {
  countriesOfWorkIds: { table: 'organization_countries', column: 'country_id' },
  workingGroupIds: { table: 'organization_working_groups', column: 'working_group_id' },
};

/** The countries of work and working groups of a page of organizations, in one query. */
export async function loadLinkIds(manager: EntityManager, organizationIds: string[]): Promise<Map<string, OrganizationLinkIds>> {
  if (organizationIds.length === 0) return new Map();
  const rows: Array<{ id: string } & OrganizationLinkIds> = await manager.query(
    `SELECT o.id,
            ARRAY(SELECT oc.country_id FROM organization_countries oc WHERE oc.organization_id = o.id ORDER BY oc.country_id) AS "countriesOfWorkIds",
            ARRAY(SELECT owg.working_group_id FROM organization_working_groups owg WHERE owg.organization_id = o.id ORDER BY owg.working_group_id) AS "workingGroupIds"
       FROM unnest($1::uuid[]) AS o(id)`,
    [organizationIds],
  );
  return new Map(rows.map((row) => [row.id, { countriesOfWorkIds: row.countriesOfWorkIds, workingGroupIds: row.workingGroupIds }]));
}

export async function linkIdsOf(manager: EntityManager, organizationId: string): Promise<OrganizationLinkIds> {
  return (await loadLinkIds(manager, [organizationId])).get(organizationId) ?? NO_LINKS;
}

/**
 * Replaces the given links of an organization. The join tables are not
 * entity columns, so the audit subscriber cannot see them: the change is
 * recorded here, in the same transaction, as an update of the organization.
 */
export async function replaceLinks(manager: EntityManager, organizationId: string, next: Partial<OrganizationLinkIds>): Promise<void> {
  const before = await linkIdsOf(manager, organizationId);
  const changes: AuditChanges = {};
  for (const key of Object.keys(JOIN_TABLES) as Array<keyof OrganizationLinkIds>) {
    const ids = next[key];
    if (ids === undefined) continue;
    const after = [...new Set(ids.map((id) => id.toLowerCase()))].sort();
    if (JSON.stringify(after) === JSON.stringify(before[key])) continue;
    const { table, column } = JOIN_TABLES[key];
    await manager.query(`DELETE FROM ${table} WHERE organization_id = $1 AND NOT (${column} = ANY($2::uuid[]))`, [organizationId, after]);
    await manager.query(
      `INSERT INTO ${table} (organization_id, ${column}) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [organizationId, after],
    );
    changes[key] = { before: before[key], after };
  }
  if (Object.keys(changes).length === 0) return;
  const actor = requestContext.actor();
  await manager.save(
    Object.assign(new AuditEntry(), {
      userId: actor?.id ?? null,
      userEmail: actor?.email ?? null,
      action: 'update',
      entityType: auditEntityTypeOf(Organization),
      entityId: organizationId,
      changes,
    }),
  );
}
