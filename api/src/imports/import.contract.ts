export const IMPORT_RESOURCES = ['organizations', 'people'] as const;
export type ImportResource = (typeof IMPORT_RESOURCES)[number];

export const IMPORT_STATUSES = ['queued', 'running', 'completed', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** The largest CSV file an import accepts. */
export const MAX_IMPORT_FILE_BYTES = 50 * 1024 * 1024;

/** How long a completed dry run keeps its file for the real import to start from it. */
export const DRY_RUN_FILE_KEPT_HOURS = 24;

/** How many dry-run files one user keeps at most (each at most MAX_IMPORT_FILE_BYTES); a newer dry run lets the oldest go. */
export const DRY_RUN_FILES_KEPT_PER_USER = 3;
