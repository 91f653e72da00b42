import { ApiProperty } from '@nestjs/swagger';
import { PARAMS_SCHEMA } from '../../common/error-response.dto.js';
import {
  IMPORT_FAILURE_CODES,
  IMPORT_RESOURCES,
  IMPORT_STATUSES,
  type ImportFailureCode,
  type ImportProblemParams,
  type ImportResource,
  type ImportStatus,
} from '../import.contract.js';
import type { ImportJob } from '../import-job.entity.js';

export class ImportJobResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: IMPORT_RESOURCES })
  resource: ImportResource;

  @ApiProperty({ description: 'A dry run checks and counts but writes nothing' })
  dryRun: boolean;

  @ApiProperty({ enum: IMPORT_STATUSES })
  status: ImportStatus;

  @ApiProperty()
  fileName: string;

  @ApiProperty({ description: 'Bytes' })
  fileSize: number;

  @ApiProperty({ description: 'Data rows done so far' })
  processedRows: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Data rows of the file, once the worker has read it' })
  totalRows: number | null;

  @ApiProperty({ description: 'Records created (or, in a dry run, that would be)' })
  createdCount: number;

  @ApiProperty({ description: 'Existing records updated, matched by e-mail (or, in a dry run, that would be)' })
  updatedCount: number;

  @ApiProperty({ description: 'Rows refused; nothing of them was written. A row may have several lines in the error report' })
  errorCount: number;

  @ApiProperty({ type: String, nullable: true, description: 'Why a failed import stopped, in English' })
  failureReason: string | null;

  @ApiProperty({
    enum: [...IMPORT_FAILURE_CODES, null],
    nullable: true,
    description: 'Why a failed import stopped, by stable code, which clients word in their language; null unless it failed (or failed before codes were kept)',
    example: 'unknown_columns',
  })
  failureCode: ImportFailureCode | null;

  @ApiProperty({
    ...PARAMS_SCHEMA,
    nullable: true,
    description: 'The values the failure names (columns, a line of the file, rows done), by the names its code gives them',
    example: { columns: 'shoeSize', accepted: 'id, firstName, lastName' },
  })
  failureParams: ImportProblemParams | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  createdById: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  startedAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  finishedAt: string | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'A completed dry run: until when its file is kept, so that its uploader can start the real import from it (POST /api/imports/{id}/import)',
  })
  fileKeptUntil: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  @ApiProperty({ minimum: 0, maximum: 1, description: 'Share of the rows done, 0 to 1' })
  progress: number;
}

/** 1 once finished; before, the share of the file's rows done (0 while the file has not been counted yet). */
export function importProgress(job: Pick<ImportJob, 'status' | 'processedRows' | 'totalRows'>): number {
  if (job.status === 'completed') return 1;
  if (!job.totalRows) return 0;
  return Math.min(1, Math.round((job.processedRows / job.totalRows) * 1000) / 1000);
}

export function toImportJobResponse(job: ImportJob): ImportJobResponseDto {
  return {
    id: job.id,
    resource: job.resource,
    dryRun: job.dryRun,
    status: job.status,
    fileName: job.fileName,
    fileSize: job.fileSize,
    processedRows: job.processedRows,
    totalRows: job.totalRows,
    createdCount: job.createdCount,
    updatedCount: job.updatedCount,
    errorCount: job.errorCount,
    failureReason: job.failureReason,
    failureCode: job.failureCode,
    failureParams: job.failureParams,
    createdById: job.createdById,
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
    fileKeptUntil: job.fileKeptUntil?.toISOString() ?? null,
    createdAt: job.createdAt.toISOString(),
    updatedAt: job.updatedAt.toISOString(),
    progress: importProgress(job),
  };
}
