import 'reflect-metadata';

const AUDIT_IGNORE = Symbol('audit-ignore');

/** Keeps a column's values (hashes, counters) out of the audit trail. */
export const AuditIgnore = (): PropertyDecorator => (target, propertyKey) => {
  const ignored = (Reflect.getMetadata(AUDIT_IGNORE, target.constructor) as Set<string | symbol> | undefined) ?? new Set<string | symbol>();
  ignored.add(propertyKey);
  Reflect.defineMetadata(AUDIT_IGNORE, ignored, target.constructor);
};

export function isAuditIgnored(entityClass: Function, property: string): boolean {
  const ignored = Reflect.getMetadata(AUDIT_IGNORE, entityClass) as Set<string | symbol> | undefined;
  return ignored?.has(property) ?? false;
}

const NOT_AUDITED = Symbol('not-audited');

/** Marks an entity whose writes are bookkeeping, not campaign data (the audit itself, the outbox, tokens). */
export const NotAudited = (): ClassDecorator => (target) => {
  Reflect.defineMetadata(NOT_AUDITED, true, target);
};

export function isAudited(entityClass: Function): boolean {
  return Reflect.getMetadata(NOT_AUDITED, entityClass) !== true;
}

export function isDeclaredNotAudited(entityClass: Function): boolean {
  return Reflect.getMetadata(NOT_AUDITED, entityClass) === true;
}

const AUDIT_ENTITY_TYPE = Symbol('audit-entity-type');

/**
 * Every entity type name of the audit trail, sorted, filled as the entity
 * files load, i.e. before any request is served or the OpenAPI document is
 * built. Validators and the API document keep a reference to this very
 * array, so it is only ever changed in place.
 */
export const AUDIT_ENTITY_TYPES: string[] = [];
const classOfType = new Map<string, Function>();

/**
 * The name under which the audit trail records the entity's writes: the
 * stored `audit_entries.entity_type` and what the admin UI labels and links
 * by. Once entries exist under a name it must not change, whatever the class
 * is called. An entity marked @NotAudited whose service writes summaries by
 * hand (an import) declares the name of those too.
 */
export const AuditEntityType =
  (entityType: string): ClassDecorator =>
  (target) => {
    const holder = classOfType.get(entityType);
    if (holder && holder !== target) throw new Error(`The audit entity type ${entityType} is declared by both ${holder.name} and ${target.name}`);
    classOfType.set(entityType, target);
    Reflect.defineMetadata(AUDIT_ENTITY_TYPE, entityType, target);
    if (!AUDIT_ENTITY_TYPES.includes(entityType)) {
      AUDIT_ENTITY_TYPES.push(entityType);
      AUDIT_ENTITY_TYPES.sort();
    }
  };

export function hasAuditEntityType(entityClass: Function): boolean {
  return typeof Reflect.getMetadata(AUDIT_ENTITY_TYPE, entityClass) === 'string';
}

/** The entity's name in the audit trail: the declared one, else (the registry test forbids it) the class name. */
export function auditEntityTypeOf(entityClass: Function): string {
  const declared: unknown = Reflect.getMetadata(AUDIT_ENTITY_TYPE, entityClass);
  return typeof declared === 'string' ? declared : entityClass.name;
}
