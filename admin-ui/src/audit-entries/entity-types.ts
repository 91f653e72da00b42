import type { Schema } from '../api/schema';
import { RESOURCES } from '../resources';

type AuditEntityType = Schema<'AuditEntryResponseDto'>['entityType'];

/**
 * The audit trail names records by the entity type each API entity declares;
 * each admin resource says which one is its own (ResourceDefinition.auditEntityType).
 */
const resourceOfEntity: ReadonlyMap<string, string> = new Map(
  RESOURCES.flatMap(({ name, auditEntityType }): Array<[string, string]> => (auditEntityType ? [[auditEntityType, name]] : [])),
);

/** Audited records that no admin resource lists: they keep their own name. */
const WITHOUT_RESOURCE: readonly AuditEntityType[] = ['CountryStatusChange', 'Setting', 'TwoFactorCredential'];

export const resourceOfEntityType = (entityType: string): string => resourceOfEntity.get(entityType) ?? entityType;

/** The entity types the audit list can be filtered by. */
export const KNOWN_ENTITY_TYPES: readonly string[] = [...resourceOfEntity.keys(), ...WITHOUT_RESOURCE].sort();
