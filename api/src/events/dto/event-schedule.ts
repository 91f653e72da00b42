/** An instant with its offset, as the API takes start and end: `2026-12-10T09:00:00-05:00` or `…Z`. */
export const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

export const instantMessage = (field: string): string => `${field} must be a date and time with its offset, e.g. 2026-12-10T09:00:00-05:00`;
