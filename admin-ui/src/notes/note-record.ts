export const NOTE_TARGETS = ['organization', 'person', 'membership_application'] as const;
export type NoteTarget = (typeof NOTE_TARGETS)[number];

/** A note as `GET /api/notes/:id` returns it. */
export type NoteRecord = {
  id: string;
  targetType: NoteTarget;
  targetId: string;
  body: string;
  authorId: string | null;
  authorEmail: string | null;
  createdAt: string;
  updatedAt: string;
};
