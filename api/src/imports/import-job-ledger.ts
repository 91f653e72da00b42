import type { EntityManager } from 'typeorm';
import { auditEntityTypeOf } from '../audit/audit-ignore.decorator.js';
import type { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../request-context/request-context.js';
import { DomainException } from '../common/domain.exception.js';
import { DRY_RUN_FILE_KEPT_HOURS, DRY_RUN_FILES_KEPT_PER_USER, type ImportFailure, type ImportResource } from './import.contract.js';
import { ImportJob } from './import-job.entity.js';
import type { RowError } from './row-importer.js';

/** What a running import needs to know about its job row. */
export interface ClaimedImport {
  id: string;
  resource: ImportResource;
  dryRun: boolean;
  fileName: string;
  processedRows: number;
  createdById: string | null;
}

export interface BatchTotals {
  rows: number;
  created: number;
  updated: number;
  rejected: number;
  errors: readonly RowError[];
}

/**
 * The bookkeeping of a running import on its job row: claiming it, counting
 * each batch in the batch's own transaction, and finishing it. The job row's
 * `processed_rows` only moves together with the rows it counts, which is what
 * makes a restarted import resume where the last one stopped.
 */
export class ImportJobLedger {
  constructor(private readonly audit: AuditService) {}

  /** The user who uploaded the file, to whom the import's writes are attributed. */
  async author(manager: EntityManager, job: ClaimedImport): Promise<Actor | undefined> {
    if (!job.createdById) return undefined;
    const rows: Array<{ email: string }> = await manager.query(`SELECT email FROM users WHERE id = $1`, [job.createdById]);
    return rows[0] ? { id: job.createdById, email: rows[0].email } : undefined;
  }

  /** Marks the job running; undefined when it is finished already (a retried job) or gone. */
  async claim(manager: EntityManager, importId: string): Promise<ClaimedImport | undefined> {
    const rows: ClaimedImport[] = await manager.query(
      `WITH claimed AS (
         UPDATE import_jobs SET status = 'running', started_at = coalesce(started_at, now()), updated_at = now()
          WHERE id = $1 AND status IN ('queued', 'running')
          RETURNING id, resource, dry_run, file_name, processed_rows, created_by_id)
       SELECT id, resource, dry_run AS "dryRun", file_name AS "fileName", processed_rows AS "processedRows",
              created_by_id AS "createdById"
         FROM claimed`,
      [importId],
    );
    return rows[0];
  }

  async loadFile(manager: EntityManager, importId: string): Promise<Buffer | undefined> {
    const rows: Array<{ content: Buffer }> = await manager.query(`SELECT content FROM import_files WHERE import_id = $1`, [importId]);
    return rows[0]?.content;
  }

  async setTotalRows(manager: EntityManager, importId: string, totalRows: number): Promise<void> {
    await manager.query(`UPDATE import_jobs SET total_rows = $2, updated_at = now() WHERE id = $1`, [importId, totalRows]);
  }

  /**
   * Locks the job row and checks that no other run has moved it on since this
   * run last committed: if one has (a stalled job picked up twice), this run stops.
   */
  async lockAt(manager: EntityManager, importId: string, expectedRows: number): Promise<void> {
    const rows: Array<{ processedRows: number; status: string }> = await manager.query(
      `SELECT processed_rows AS "processedRows", status FROM import_jobs WHERE id = $1 FOR UPDATE`,
      [importId],
    );
    const job = rows[0];
    if (!job || job.status !== 'running' || job.processedRows !== expectedRows) {
      throw new DomainException('import_taken', {}, `Import ${importId} is being run elsewhere or has ended`);
    }
  }

  async recordBatch(manager: EntityManager, importId: string, totals: BatchTotals): Promise<void> {
    if (totals.errors.length > 0) {
      const { errors } = totals;
      await manager.query(
        `INSERT INTO import_row_errors (import_id, row_number, field, code, params, message)
         SELECT $1, r.row_number, r.field, r.code, r.params, r.message
           FROM unnest($2::int[], $3::text[], $4::text[], $5::jsonb[], $6::text[]) AS r(row_number, field, code, params, message)`,
        [
          importId,
          errors.map((error) => error.rowNumber),
          errors.map((error) => error.field),
          errors.map((error) => error.code),
          errors.map((error) => JSON.stringify(error.params)),
          errors.map((error) => error.message),
        ],
      );
    }
    await manager.query(
      `UPDATE import_jobs
          SET processed_rows = processed_rows + $2, created_count = created_count + $3, updated_count = updated_count + $4,
              error_count = error_count + $5, updated_at = now()
        WHERE id = $1`,
      [importId, totals.rows, totals.created, totals.updated, totals.rejected],
    );
  }

  /**
   * Ends the job and forgets its file. A real import leaves one audit entry
   * summing up what it did: its rows are written in bulk, which the
   * per-entity audit subscriber does not see.
   */
  async complete(manager: EntityManager, job: ClaimedImport): Promise<void> {
    const rows: Array<{ created: number; updated: number; errors: number }> = await manager.query(
      `WITH done AS (
         UPDATE import_jobs SET status = 'completed', finished_at = now(), updated_at = now()
          WHERE id = $1 AND status = 'running'
          RETURNING created_count, updated_count, error_count)
       SELECT created_count AS created, updated_count AS updated, error_count AS errors FROM done`,
      [job.id],
    );
    const totals = rows[0];
    if (!totals) throw new DomainException('import_taken', {}, `Import ${job.id} has ended elsewhere`);
    if (!job.dryRun) {
      await this.audit.record(manager, {
        action: 'create',
        entityType: auditEntityTypeOf(ImportJob),
        entityId: job.id,
        changes: {
          resource: { before: null, after: job.resource },
          fileName: { before: null, after: job.fileName },
          created: { before: null, after: totals.created },
          updated: { before: null, after: totals.updated },
          errors: { before: null, after: totals.errors },
        },
      });
    }
    if (job.dryRun && job.createdById) await this.keepDryRunFile(manager, job.id, job.createdById);
    else await manager.query(`DELETE FROM import_files WHERE import_id = $1`, [job.id]);
  }

  /**
   * Keeps a dry run's file for its uploader to import for real, for a while:
   * the uploader's oldest kept files beyond the allowed number go, and so do
   * everybody's files kept past their time.
   */
  private async keepDryRunFile(manager: EntityManager, importId: string, userId: string): Promise<void> {
    await manager.query(`UPDATE import_jobs SET file_kept_until = now() + make_interval(hours => $2) WHERE id = $1`, [importId, DRY_RUN_FILE_KEPT_HOURS]);
    await manager.query(
      `WITH released AS (
         UPDATE import_jobs SET file_kept_until = NULL
          WHERE file_kept_until IS NOT NULL
            AND (file_kept_until < now()
                 OR id IN (SELECT id FROM import_jobs WHERE created_by_id = $1 AND file_kept_until IS NOT NULL
                            ORDER BY finished_at DESC, id DESC OFFSET $2))
          RETURNING id)
       DELETE FROM import_files WHERE import_id IN (SELECT id FROM released)`,
      [userId, DRY_RUN_FILES_KEPT_PER_USER],
    );
  }

  /** Ends the job as failed with the reason for the user, by code and in English; false when it had ended already. */
  async fail(manager: EntityManager, importId: string, failure: ImportFailure): Promise<boolean> {
    const rows: Array<{ id: string }> = await manager.query(
      `WITH failed AS (
         UPDATE import_jobs
            SET status = 'failed', failure_reason = $2, failure_code = $3, failure_params = $4::jsonb, finished_at = now(), updated_at = now()
          WHERE id = $1 AND status IN ('queued', 'running')
          RETURNING id)
       SELECT id FROM failed`,
      [importId, failure.message, failure.code, JSON.stringify(failure.params)],
    );
    await manager.query(`DELETE FROM import_files WHERE import_id = $1`, [importId]);
    return rows.length > 0;
  }
}
