/**
 * What both sides know of tasks: their statuses, where they come from, and
 * which of them is overdue. Pure: the admin UI imports it.
 */
export const TASK_STATUSES = ['open', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Written by hand, from a lobbying action's follow-up date, or by the daily calendar job. */
export const TASK_ORIGINS = ['manual', 'follow_up', 'calendar'] as const;
export type TaskOrigin = (typeof TASK_ORIGINS)[number];

/** The kinds of record a task comes from. */
export const TASK_SOURCE_TYPES = ['lobbying_action', 'event', 'country'] as const;
export type TaskSourceType = (typeof TASK_SOURCE_TYPES)[number];

/** How far ahead the calendar job looks for occasions, unless TASK_CALENDAR_WINDOW_DAYS says otherwise. */
export const DEFAULT_CALENDAR_WINDOW_DAYS = 30;

/** A preparation task is due this many days before its occasion (or at once when it is closer). */
export const PREPARATION_LEAD_DAYS = 7;

/** An open task whose due date has passed (dates as `YYYY-MM-DD`, `today` in the same form). */
export const isOverdue = (task: { status: TaskStatus; dueOn: string | null }, today: string): boolean =>
  task.status === 'open' && task.dueOn !== null && task.dueOn < today;
