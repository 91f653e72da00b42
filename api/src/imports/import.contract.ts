export const IMPORT_RESOURCES = ['organizations', 'people'] as const;
export type ImportResource = (typeof IMPORT_RESOURCES)[number];

export const IMPORT_STATUSES = ['queued', 'running', 'completed', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** The largest CSV file an import accepts. */
export const MAX_IMPORT_FILE_BYTES = 50 * 1024 * 1024;
