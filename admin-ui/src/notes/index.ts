import { ALL } from '../auth/access-rule';
import type { ResourceDefinition } from '../common/resource-definition';
import { notesMessages } from './messages';
import type { NoteTarget } from './note-record';

/** The resource of each kind of record a note can be about, to name its record in the audit trail. */
const NOTE_TARGET_RESOURCES: Readonly<Record<NoteTarget, string>> = {
  authority: 'authorities',
  country: 'countries',
  event: 'events',
  lobbying_action: 'lobbying-actions',
  membership_application: 'membership-applications',
  organization: 'organizations',
  person: 'people',
};

/** No pages: notes are written and read in the records' activity timelines. */
export const notes: ResourceDefinition = {
  name: 'notes',
  pages: {},
  // Steering members comment on records: they may add notes, not change or delete them.
  access: { admin: ALL, coordinator: ALL, steering: ['list', 'show', 'create'] },
  auditEntityType: 'Note',
  auditValues: {
    authorId: { reference: 'users' },
    targetType: { choices: Object.keys(NOTE_TARGET_RESOURCES).map((target) => ({ id: target, name: `resources.notes.target_types.${target}` })) },
    targetId: { referenceBy: 'targetType', resources: NOTE_TARGET_RESOURCES },
  },
  messages: notesMessages,
};
