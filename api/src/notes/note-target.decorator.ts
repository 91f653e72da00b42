import 'reflect-metadata';

/**
 * The kinds of record notes may be about (`notes.target_type`), sorted,
 * filled by @AcceptsNotes as the entity files load, i.e. before any request
 * is served or the OpenAPI document is built. The create DTO, the list
 * filter and the API document keep a reference to this very array, so it is
 * only ever changed in place.
 */
export const NOTE_TARGETS: string[] = [];

const entityOfTarget = new Map<string, Function>();
const NOTE_TARGET = Symbol('note-target');

/**
 * Lets notes be attached to the entity's records, naming them `targetType`
 * in the notes table and the API. The feature that accepts notes declares
 * it here, next to its entity; the notes feature knows no feature itself.
 * The feature's service removes the notes of a record it deletes
 * (NotesService.removeAllFor).
 */
export const AcceptsNotes =
  (targetType: string): ClassDecorator =>
  (target) => {
    const holder = entityOfTarget.get(targetType);
    if (holder && holder !== target) throw new Error(`The note target ${targetType} is declared by both ${holder.name} and ${target.name}`);
    entityOfTarget.set(targetType, target);
    Reflect.defineMetadata(NOTE_TARGET, targetType, target);
    if (!NOTE_TARGETS.includes(targetType)) {
      NOTE_TARGETS.push(targetType);
      NOTE_TARGETS.sort();
    }
  };

/** The entity class whose records `targetType` notes are about. */
export const entityOfNoteTarget = (targetType: string): Function | undefined => entityOfTarget.get(targetType);

/** The note target name of an entity class, if it accepts notes. */
export function noteTargetOf(entityClass: Function): string | undefined {
  const declared: unknown = Reflect.getMetadata(NOTE_TARGET, entityClass);
  return typeof declared === 'string' ? declared : undefined;
}
