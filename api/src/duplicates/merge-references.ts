import 'reflect-metadata';

/**
 * A reference that no foreign key states: `idColumn` holds the id of a
 * record whose kind `typeColumn` names, e.g. the notes about a person.
 * `typeOf` gives the kind stored for records of an entity, or undefined
 * when this table never refers to that entity.
 */
export interface PolymorphicReference {
  idColumn: string;
  typeColumn: string;
  typeOf: (entityClass: Function) => string | undefined;
}

const POLYMORPHIC = Symbol('polymorphic-merge-reference');
const OWN_RULE = Symbol('own-merge-rule');

/**
 * Declares, next to the entity that holds them, references a merge must move
 * but cannot find among the foreign keys (see MergeReferencesService).
 */
export const PolymorphicMergeReference =
  (reference: PolymorphicReference): ClassDecorator =>
  (target) => {
    Reflect.defineMetadata(POLYMORPHIC, reference, target);
  };

/**
 * Declares that the merges move this table's references themselves, through
 * its owner's service, because moving them is not a plain update: rows
 * collapse (two current affiliations with one organization) or conflict (two
 * user accounts for one person). `reason` says which, for the reader.
 */
export const OwnMergeRule =
  (reason: string): ClassDecorator =>
  (target) => {
    Reflect.defineMetadata(OWN_RULE, reason, target);
  };

export function polymorphicReferenceOf(entityClass: Function): PolymorphicReference | undefined {
  return Reflect.getMetadata(POLYMORPHIC, entityClass) as PolymorphicReference | undefined;
}

export function hasOwnMergeRule(entityClass: Function): boolean {
  return typeof Reflect.getMetadata(OWN_RULE, entityClass) === 'string';
}
