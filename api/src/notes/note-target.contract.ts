/** The kinds of record a note may be attached to. */
export const NOTE_TARGETS = ['organization', 'person', 'membership_application'] as const;
export type NoteTarget = (typeof NOTE_TARGETS)[number];
