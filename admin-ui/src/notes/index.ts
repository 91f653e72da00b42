import { ALL } from '../auth/access-rule';
import type { ResourceDefinition } from '../common/resource-definition';
import { notesMessages } from './messages';

/** No pages: notes are written and read in the records' activity timelines. */
export const notes: ResourceDefinition = {
  name: 'notes',
  pages: {},
  // Steering members comment on records: they may add notes, not change or delete them.
  access: { admin: ALL, coordinator: ALL, steering: ['list', 'show', 'create'] },
  auditEntityType: 'Note',
  auditValues: {
    authorId: { reference: 'users' },
  },
  messages: notesMessages,
};
