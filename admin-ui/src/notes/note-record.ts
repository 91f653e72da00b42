import type { Schema } from '../api/schema';

/** A note as `GET /api/notes/:id` returns it. */
export type NoteRecord = Schema<'NoteResponseDto'>;

/** The kinds of record that accept notes, as the API documents them (each feature declares its own). */
export type NoteTarget = NoteRecord['targetType'];
