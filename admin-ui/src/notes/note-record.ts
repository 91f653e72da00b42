import type { Schema } from '../api/schema';

/** A note as `GET /api/notes/:id` returns it. */
export type NoteRecord = Schema<'NoteResponseDto'>;
