import { Column, Entity } from 'typeorm';
import { AuditEntityType, NotAudited } from '../audit/audit-ignore.decorator.js';
import { BaseEntity } from '../common/base.entity.js';
import type { ImportFailureCode, ImportProblemParams, ImportResource, ImportStatus } from './import.contract.js';

/** A CSV import, run in the background; its rows' errors are in import_row_errors. */
@NotAudited()
@AuditEntityType('ImportJob')
@Entity('import_jobs')
export class ImportJob extends BaseEntity {
  @Column({ type: 'varchar', length: 20 })
  resource: ImportResource;

  @Column({ type: 'boolean', default: false })
  dryRun: boolean;

  @Column({ type: 'varchar', length: 10, default: 'queued' })
  status: ImportStatus;

  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  @Column({ type: 'integer' })
  fileSize: number;

  /**
   * Data rows done, committed in the same transaction as their batch: a
   * restarted job resumes after this many rows, so no row is imported twice.
   */
  @Column({ type: 'integer', default: 0 })
  processedRows: number;

  /** Data rows of the file, known once the worker has read it through; null before. */
  @Column({ type: 'integer', nullable: true })
  totalRows: number | null;

  @Column({ type: 'integer', default: 0 })
  createdCount: number;

  @Column({ type: 'integer', default: 0 })
  updatedCount: number;

  @Column({ type: 'integer', default: 0 })
  errorCount: number;

  /** Why a failed import stopped, in English. */
  @Column({ type: 'text', nullable: true })
  failureReason: string | null;

  /** The same reason by stable code, for clients to word; null for jobs that did not fail (or failed before codes were kept). */
  @Column({ type: 'varchar', length: 40, nullable: true })
  failureCode: ImportFailureCode | null;

  @Column({ type: 'jsonb', nullable: true })
  failureParams: ImportProblemParams | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  /** A completed dry run's file is kept until then, for the real import to start from it; null once used or for other jobs. */
  @Column({ type: 'timestamptz', nullable: true })
  fileKeptUntil: Date | null;
}
