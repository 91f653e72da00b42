import { IMPORT_RESOURCES, IMPORT_STATUSES, type ImportResource, type ImportStatus } from '@contract/imports/import.contract';

export const isImportResource = (value: unknown): value is ImportResource =>
  IMPORT_RESOURCES.some((resource) => resource === value);

/** Choices named by the resources' own (plural) labels, so "People" reads the same as in the menu. */
export const IMPORT_RESOURCE_CHOICES: Array<{ id: ImportResource; name: string }> = IMPORT_RESOURCES.map((resource) => ({
  id: resource,
  name: `resources.${resource}.name`,
}));

export const IMPORT_STATUS_CHOICES: Array<{ id: ImportStatus; name: string }> = IMPORT_STATUSES.map((status) => ({
  id: status,
  name: `app.imports.status.${status}`,
}));

/** An import job as `GET /api/imports/:id` returns it. */
export type ImportJobRecord = {
  id: string;
  resource: ImportResource;
  dryRun: boolean;
  status: ImportStatus;
  fileName: string;
  fileSize: number;
  processedRows: number;
  totalRows: number | null;
  createdCount: number;
  updatedCount: number;
  errorCount: number;
  failureReason: string | null;
  createdById: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** 0 to 1. */
  progress: number;
};

/** One line of an import's error report (`GET /api/imports/:id/errors`). */
export type ImportRowErrorRecord = {
  id: string;
  rowNumber: number;
  field: string;
  message: string;
};

export const isImportActive = (job: Pick<ImportJobRecord, 'status'> | undefined): boolean =>
  job?.status === 'queued' || job?.status === 'running';
