import type { EntityManager } from 'typeorm';

/**
 * A column elsewhere in the schema that points at a person or an
 * organization, and that a merge re-points from the merged record to the
 * kept one. A new table that refers to people is one more rule below.
 */
export interface ReferenceRule {
  table: string;
  column: string;
  /** Only rows with these column values refer to the record (e.g. the notes about a person). */
  match?: Record<string, string>;
  /** Columns that, with `column`, must stay unique: a row the kept record already has is dropped instead of moved. */
  uniqueWith?: string[];
}

/**
 * Plain references to a person. Affiliations, user accounts and notes are moved by their own
 * services (affiliations collapse, accounts conflict).
 */
export const PERSON_REFERENCES: readonly ReferenceRule[] = [
  { table: 'membership_applications', column: 'person_id' },
  { table: 'email_change_requests', column: 'person_id' },
];

/**
 * Plain references to an organization. Affiliations and notes are moved by their own services
 * (affiliations collapse); its countries of work and working groups are taken over by
 * OrganizationLinksService, which audits them, and the merged record's rows go with it (ON DELETE CASCADE).
 */
export const ORGANIZATION_REFERENCES: readonly ReferenceRule[] = [
  { table: 'membership_applications', column: 'organization_id' },
];

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

function identifier(name: string): string {
  // Rules are code, not input; this only guards against a typo turning into SQL.
  if (!IDENTIFIER.test(name)) throw new Error(`Not an SQL identifier: ${name}`);
  return name;
}

/**
 * Re-points every reference of `fromId` to `toId`, inside the caller's
 * transaction. These are bookkeeping updates: the merge itself is audited
 * through the kept record's update, the merged record's deletion and a note.
 */
export async function moveReferences(manager: EntityManager, rules: readonly ReferenceRule[], fromId: string, toId: string): Promise<void> {
  for (const rule of rules) {
    const table = identifier(rule.table);
    const column = identifier(rule.column);
    const matches = Object.entries(rule.match ?? {});
    const scope = matches.map(([name], index) => ` AND merged.${identifier(name)} = $${index + 3}`).join('');
    const parameters = [fromId, toId, ...matches.map(([, value]) => value)];
    if (rule.uniqueWith && rule.uniqueWith.length > 0) {
      const same = rule.uniqueWith.map((name) => `kept.${identifier(name)} = merged.${identifier(name)}`).join(' AND ');
      await manager.query(
        `DELETE FROM ${table} merged WHERE merged.${column} = $1${scope}
           AND EXISTS (SELECT 1 FROM ${table} kept WHERE kept.${column} = $2 AND ${same})`,
        parameters,
      );
    }
    await manager.query(`UPDATE ${table} merged SET ${column} = $2 WHERE merged.${column} = $1${scope}`, parameters);
  }
}
