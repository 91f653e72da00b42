import { IMPORT_RESOURCES, IMPORT_STATUSES, type ImportResource, type ImportStatus } from '@contract/imports/import.contract';
import type { Schema } from '../api/schema';

export const isImportResource = (value: unknown): value is ImportResource => IMPORT_RESOURCES.some((resource) => resource === value);

/** Choices named by the resources' own (plural) labels, so "People" reads the same as in the menu. */
export const IMPORT_RESOURCE_CHOICES: Array<{ id: ImportResource; name: string }> = IMPORT_RESOURCES.map((resource) => ({
  id: resource,
  name: `resources.${resource}.name`,
}));

export const IMPORT_STATUS_CHOICES: Array<{ id: ImportStatus; name: string }> = IMPORT_STATUSES.map((status) => ({
  id: status,
  name: `resources.imports.status.${status}`,
}));

/** An import job as `GET /api/imports/:id` returns it. */
export type ImportJobRecord = Schema<'ImportJobResponseDto'>;

/** One line of an import's error report (`GET /api/imports/:id/errors`). */
export type ImportRowErrorRecord = Schema<'ImportRowErrorResponseDto'>;

export const isImportActive = (job: Pick<ImportJobRecord, 'status'> | undefined): boolean => job?.status === 'queued' || job?.status === 'running';
