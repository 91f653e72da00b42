import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditChanges } from '../audit/audit-entry.entity.js';
import { AuditService, type ManualAuditEntry } from '../audit/audit.service.js';
import { auditEntityTypeOf } from '../audit/audit-ignore.decorator.js';
import { Organization } from './organization.entity.js';
import type { OrganizationLinkIds } from './dto/organization-response.dto.js';

const NO_LINKS: OrganizationLinkIds = { countriesOfWorkIds: [], workingGroupIds: [] };

const JOIN_TABLES: Record<keyof OrganizationLinkIds, { table: string; column: string }> = {
  countriesOfWorkIds: { table: 'organization_countries', column: 'country_id' },
  workingGroupIds: { table: 'organization_working_groups', column: 'working_group_id' },
};
const LINK_KEYS = Object.keys(JOIN_TABLES) as Array<keyof OrganizationLinkIds>;

/** The links one organization should end up with; a kind left out stays as it is. */
export interface OrganizationLinkChange {
  organizationId: string;
  links: Partial<OrganizationLinkIds>;
}

const normalized = (ids: readonly string[]): string[] => [...new Set(ids.map((id) => id.toLowerCase()))].sort();

/**
 * The one writer of an organization's countries of work and working groups
 * (organization_countries, organization_working_groups), whoever changes them:
 * staff edits, self-service, approval, imports and merges. The join tables are
 * not entity columns, so the audit subscriber cannot see them: every change is
 * recorded here, in the caller's transaction, as an update of the organization
 * with the lists before and after.
 */
@Injectable()
export class OrganizationLinksService {
  constructor(private readonly audit: AuditService) {}

  /** The countries of work and working groups of a page of organizations, in one query. */
  async load(manager: EntityManager, organizationIds: readonly string[]): Promise<Map<string, OrganizationLinkIds>> {
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

  async of(manager: EntityManager, organizationId: string): Promise<OrganizationLinkIds> {
    return (await this.load(manager, [organizationId])).get(organizationId) ?? NO_LINKS;
  }

  /** Replaces the given kinds of links of one organization. */
  async replace(manager: EntityManager, organizationId: string, links: Partial<OrganizationLinkIds>): Promise<void> {
    await this.replaceMany(manager, [{ organizationId, links }]);
  }

  /** Adds links to the ones an organization has, removing none. */
  async add(manager: EntityManager, organizationId: string, links: Partial<OrganizationLinkIds>): Promise<void> {
    const current = await this.of(manager, organizationId);
    const union: Partial<OrganizationLinkIds> = {};
    for (const key of LINK_KEYS) {
      const extra = links[key];
      if (extra !== undefined) union[key] = [...current[key], ...extra];
    }
    await this.replace(manager, organizationId, union);
  }

  /**
   * Replaces links of many organizations with a few statements whatever
   * their number (an import batch), each organization's change audited.
   */
  async replaceMany(manager: EntityManager, changes: readonly OrganizationLinkChange[]): Promise<void> {
    const wanted = changes.filter(({ links }) => LINK_KEYS.some((key) => links[key] !== undefined));
    if (wanted.length === 0) return;
    const before = await this.load(
      manager,
      wanted.map(({ organizationId }) => organizationId),
    );
    const entries: ManualAuditEntry[] = [];
    const writes: Record<keyof OrganizationLinkIds, Array<{ id: string; ids: string[] }>> = { countriesOfWorkIds: [], workingGroupIds: [] };
    for (const { organizationId, links } of wanted) {
      const current = before.get(organizationId) ?? NO_LINKS;
      const diff: AuditChanges = {};
      for (const key of LINK_KEYS) {
        const next = links[key];
        if (next === undefined) continue;
        const after = normalized(next);
        if (JSON.stringify(after) === JSON.stringify(current[key])) continue;
        writes[key].push({ id: organizationId, ids: after });
        diff[key] = { before: current[key], after };
      }
      if (Object.keys(diff).length > 0)
        entries.push({ action: 'update', entityType: auditEntityTypeOf(Organization), entityId: organizationId, changes: diff });
    }
    for (const key of LINK_KEYS) await this.write(manager, key, writes[key]);
    await this.audit.record(manager, entries);
  }

  private async write(manager: EntityManager, key: keyof OrganizationLinkIds, rows: Array<{ id: string; ids: string[] }>): Promise<void> {
    if (rows.length === 0) return;
    const { table, column } = JOIN_TABLES[key];
    const recordset = `jsonb_to_recordset($1::jsonb) AS r(id uuid, ids uuid[])`;
    const json = JSON.stringify(rows);
    await manager.query(`DELETE FROM ${table} t USING ${recordset} WHERE t.organization_id = r.id AND NOT (t.${column} = ANY(r.ids))`, [json]);
    await manager.query(`INSERT INTO ${table} (organization_id, ${column}) SELECT r.id, unnest(r.ids) FROM ${recordset} ON CONFLICT DO NOTHING`, [json]);
  }
}
