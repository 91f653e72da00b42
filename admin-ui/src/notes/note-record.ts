import type { NoteTarget } from '@contract/notes/note-target.contract';

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
