import type { ComponentType } from 'react';
import type { Schema } from '../api/schema';
import type { AuditValueKinds } from '../common/audit-values';
import { RESOURCES } from '../resources';

type AuditEntityType = Schema<'AuditEntryResponseDto'>['entityType'];

type EntityTypeIndex = {
  resourceOf: ReadonlyMap<string, string>;
  valuesOf: ReadonlyMap<string, AuditValueKinds>;
  localizedNameOf: ReadonlyMap<string, ComponentType>;
};

let index: EntityTypeIndex | undefined;

/**
 * The audit trail names records by the entity type each API entity declares;
 * each admin resource says which one is its own (ResourceDefinition.auditEntityType)
 * and how its fields' values show. Built on first use, not at import: the
 * audit pages are themselves listed in resources.ts, which may still be loading.
 */
const entityTypeIndex = (): EntityTypeIndex => {
  index ??= {
    resourceOf: new Map(RESOURCES.flatMap(({ name, auditEntityType }): Array<[string, string]> => (auditEntityType ? [[auditEntityType, name]] : []))),
    valuesOf: new Map(
      RESOURCES.flatMap(({ auditEntityType, auditValues }): Array<[string, AuditValueKinds]> =>
        auditEntityType && auditValues ? [[auditEntityType, auditValues]] : [],
      ),
    ),
    localizedNameOf: new Map(RESOURCES.flatMap(({ name, localizedName }): Array<[string, ComponentType]> => (localizedName ? [[name, localizedName]] : []))),
  };
  return index;
};

/** Audited records that no admin resource lists: they keep their own name. */
const WITHOUT_RESOURCE: readonly AuditEntityType[] = ['CountryStatusChange', 'Setting', 'TwoFactorCredential'];

export const resourceOfEntityType = (entityType: string): string => entityTypeIndex().resourceOf.get(entityType) ?? entityType;

/** The entity types the audit list can be filtered by. */
export const knownEntityTypes = (): readonly string[] => [...entityTypeIndex().resourceOf.keys(), ...WITHOUT_RESOURCE].sort();

/** How the fields of an entity type's records show in the audit trail (none declared: as recorded). */
export const auditValuesOfEntityType = (entityType: string): AuditValueKinds => entityTypeIndex().valuesOf.get(entityType) ?? {};

/** A resource's name of a record in the reader's language, when its record representation is not enough. */
export const localizedNameOf = (resource: string): ComponentType | undefined => entityTypeIndex().localizedNameOf.get(resource);
