import type { Schema } from '../api/schema';
import type { AuditValueKinds } from '../common/audit-values';
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

const valuesOfEntity: ReadonlyMap<string, AuditValueKinds> = new Map(
  RESOURCES.flatMap(({ auditEntityType, auditValues }): Array<[string, AuditValueKinds]> =>
    auditEntityType && auditValues ? [[auditEntityType, auditValues]] : [],
  ),
);

/** How the fields of an entity type's records show in the audit trail (none declared: as recorded). */
export const auditValuesOfEntityType = (entityType: string): AuditValueKinds => valuesOfEntity.get(entityType) ?? {};
