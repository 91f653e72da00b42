import { TASK_ORIGINS, TASK_STATUSES, type TaskOrigin, type TaskStatus } from '@contract/tasks/task.contract';
import type { Schema } from '../api/schema';

/** A task as `GET /api/tasks/:id` returns it. */
export type TaskRecord = Schema<'TaskResponseDto'>;

export const TASK_STATUS_CHOICES: Array<{ id: TaskStatus; name: string }> = TASK_STATUSES.map((status) => ({
  id: status,
  name: `resources.tasks.status.${status}`,
}));
export const TASK_ORIGIN_CHOICES: Array<{ id: TaskOrigin; name: string }> = TASK_ORIGINS.map((origin) => ({
  id: origin,
  name: `resources.tasks.origin.${origin}`,
}));

/** The page of the record a task comes from, as a React-Admin resource and id. */
export const sourceOf = (task: TaskRecord): { resource: string; id: string } | null => {
  if (!task.sourceType || !task.sourceId) return null;
  if (task.sourceType === 'lobbying_action') return { resource: 'lobbying-actions', id: task.sourceId };
  if (task.sourceType === 'event') return { resource: 'events', id: task.sourceId };
  return { resource: 'countries', id: task.sourceId };
};
