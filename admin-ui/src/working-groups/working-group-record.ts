import type { Schema } from '../api/schema';

/** A working group as `GET /api/working-groups/:id` returns it. */
export type WorkingGroupRecord = Schema<'WorkingGroupResponseDto'>;
