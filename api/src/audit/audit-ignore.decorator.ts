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
