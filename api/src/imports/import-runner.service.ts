import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CsvError } from 'csv-parse';
import { DataSource } from 'typeorm';
import { AffiliationsService } from '../affiliations/affiliations.service.js';
import { AuditService } from '../audit/audit.service.js';
import { DomainException } from '../common/domain.exception.js';
import { OrganizationBatchService } from '../organizations/organization-batch.service.js';
import { PersonBatchService } from '../people/person-batch.service.js';
import { requestContext } from '../request-context/request-context.js';
import { CountryLookup } from './country-lookup.js';
import type { ImportFailure } from './import.contract.js';
import { ImportFailedException } from './import-failed.exception.js';
import { importFailure, rowProblem } from './import-problem.js';
import { cellsByName, checkHeader, type ColumnIndex } from './import-columns.js';
import { ImportJobLedger, type ClaimedImport } from './import-job-ledger.js';
import { OrganizationsImporter } from './organizations-importer.js';
import { PeopleImporter } from './people-importer.js';
import { readCsvRecords, type CsvRecord } from './read-csv-records.js';
import type { CheckedRow, GoodRow, RowError, RowImporter } from './row-importer.js';

/** Rows written per transaction: large enough for fast multi-row SQL, small enough for frequent progress. */
export const IMPORT_BATCH_SIZE = 1000;

export type ImportRunOutcome = 'completed' | 'failed' | 'skipped';

interface Batch<T> {
  rows: number;
  good: GoodRow<T>[];
  errors: RowError[];
  rejected: number;
}

const emptyBatch = <T>(): Batch<T> => ({ rows: 0, good: [], errors: [], rejected: 0 });

/**
 * Runs one CSV import: reads the stored file through once to check its
 * header and count its rows, then again to check every row and write the
 * good ones batch by batch, each batch in one transaction together with its
 * error rows and the job's counters. A bad row writes nothing of itself. A
 * run that crashed is resumed after its last committed batch.
 */
@Injectable()
export class ImportRunnerService {
  private readonly logger = new Logger(ImportRunnerService.name);
  private readonly ledger: ImportJobLedger;

  // The rows are written by the owners of their tables: organizations, people and affiliations.
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationBatchService,
    private readonly people: PersonBatchService,
    private readonly affiliations: AffiliationsService,
    audit: AuditService,
  ) {
    this.ledger = new ImportJobLedger(audit);
  }

  async run(importId: string, batchSize = IMPORT_BATCH_SIZE): Promise<ImportRunOutcome> {
    const job = await this.ledger.claim(this.dataSource.manager, importId);
    if (!job) return 'skipped';
    // What the import writes is audited as the doing of the user who uploaded the file.
    const author = await this.ledger.author(this.dataSource.manager, job);
    return requestContext.runAs(author, () => this.runClaimed(job, batchSize));
  }

  private async runClaimed(job: ClaimedImport, batchSize: number): Promise<ImportRunOutcome> {
    const importId = job.id;
    const progress = { committedRows: job.processedRows };
    try {
      await this.importFile(job, batchSize, progress);
      return 'completed';
    } catch (error) {
      if (error instanceof DomainException && error.kind === 'conflict') {
        this.logger.warn({ importId }, error.message);
        return 'skipped';
      }
      if (!(error instanceof ImportFailedException)) this.logger.error({ err: error, importId }, 'Import stopped by an unexpected error');
      const failure = this.failureOf(error, job, progress.committedRows);
      // If even this write fails (the database is away), the error goes to BullMQ, which retries: the retry resumes.
      await this.dataSource.transaction((manager) => this.ledger.fail(manager, importId, failure));
      return 'failed';
    }
  }

  private async importFile(job: ClaimedImport, batchSize: number, progress: { committedRows: number }): Promise<void> {
    const content = await this.ledger.loadFile(this.dataSource.manager, job.id);
    if (!content) throw new ImportFailedException(importFailure('file_gone', {}, 'The uploaded file is no longer stored: upload it again'));
    const countries = await CountryLookup.load(this.dataSource.manager);
    const importer: RowImporter<unknown> =
      job.resource === 'people'
        ? new PeopleImporter(countries, this.people, this.affiliations, this.organizations)
        : new OrganizationsImporter(countries, this.organizations);
    const { index, totalRows } = await this.scan(content, importer);
    await this.ledger.setTotalRows(this.dataSource.manager, job.id, totalRows);

    await this.importRows(job, content, importer, index, batchSize, progress);
    await this.dataSource.transaction(async (manager) => {
      await this.ledger.lockAt(manager, job.id, progress.committedRows);
      await this.ledger.complete(manager, job);
    });
  }

  private async importRows(
    job: ClaimedImport,
    content: Buffer,
    importer: RowImporter<unknown>,
    index: ColumnIndex,
    batchSize: number,
    progress: { committedRows: number },
  ): Promise<void> {
    const seen = new Map<string, number>();
    let position = 0;
    let batch = emptyBatch<unknown>();
    // One batch is written while the next is read and checked: the database and the parser work side by side.
    let writing: Promise<void> = Promise.resolve();
    let isHeader = true;
    try {
      for await (const record of readCsvRecords(content)) {
        if (isHeader) {
          isHeader = false;
          continue;
        }
        position += 1;
        const checked = this.checkRecord(importer, record, index, seen);
        // Rows already committed by an earlier run are read again only to remember their keys.
        if (position <= job.processedRows) continue;
        batch.rows += 1;
        if (checked.value === undefined) {
          batch.rejected += 1;
          batch.errors.push(...checked.errors.map((error) => ({ rowNumber: checked.rowNumber, ...error })));
        } else {
          batch.good.push({ rowNumber: checked.rowNumber, value: checked.value });
        }
        if (batch.rows >= batchSize) {
          await writing;
          writing = this.commitBatch(job, importer, batch, progress);
          // Its failure is handled where it is awaited; this keeps it from counting as unhandled meanwhile.
          writing.catch(() => undefined);
          batch = emptyBatch();
        }
      }
      await writing;
    } catch (error) {
      // A batch still being written ends before the import is marked failed, so that the counts stay true.
      await writing.catch(() => undefined);
      throw error;
    }
    if (batch.rows > 0) await this.commitBatch(job, importer, batch, progress);
  }

  /** Reads the whole file once: a malformed file or header stops the import before any row is written. */
  private async scan(content: Buffer, importer: RowImporter<unknown>): Promise<{ index: ColumnIndex; totalRows: number }> {
    let header: string[] | undefined;
    let totalRows = 0;
    try {
      for await (const record of readCsvRecords(content)) {
        if (header) totalRows += 1;
        else header = record.cells;
      }
    } catch (error) {
      throw new ImportFailedException(csvFailure(error));
    }
    if (!header) throw new ImportFailedException(importFailure('no_header', {}, 'The file is empty: it needs a header row naming its columns'));
    const checked = checkHeader(header, importer.columns);
    if ('problem' in checked) throw new ImportFailedException(checked.problem);
    return { index: checked.index, totalRows };
  }

  /** Checks a row on its own, then against the rows before it in the file (the same e-mail twice…). */
  private checkRecord(importer: RowImporter<unknown>, record: CsvRecord, index: ColumnIndex, seen: Map<string, number>): CheckedRow<unknown> {
    const extra = record.cells.slice(index.size).filter((cell) => cell.trim() !== '');
    if (record.cells.length > index.size && extra.length > 0) {
      const message = `the row has ${record.cells.length} cells but the header names ${index.size} columns`;
      const problem = rowProblem('too_many_cells', { cells: record.cells.length, columns: index.size }, message);
      return { rowNumber: record.rowNumber, value: undefined, errors: [{ field: 'row', ...problem }], keys: [] };
    }
    const cells = cellsByName(record.cells, index);
    // PostgreSQL text cannot hold U+0000: such a cell is this row's error, not the whole file's.
    const withNul = [...index.keys()].filter((name) => cells[name]?.includes('\u0000'));
    if (withNul.length > 0) {
      const errors = withNul.map((field) => ({ field, ...rowProblem('nul_character', {}, `${field} contains a NUL character, which cannot be stored`) }));
      return { rowNumber: record.rowNumber, value: undefined, errors, keys: [] };
    }
    const checked = importer.check(record.rowNumber, cells);
    const errors = [...checked.errors];
    for (const key of checked.keys) {
      const first = seen.get(key.key);
      if (first === undefined) seen.set(key.key, record.rowNumber);
      else errors.push({ field: key.field, ...rowProblem(key.code, { value: key.value, row: first }, `${key.label} appears already in row ${first}`) });
    }
    return errors.length > checked.errors.length ? { ...checked, value: undefined, errors } : checked;
  }

  private async commitBatch(job: ClaimedImport, importer: RowImporter<unknown>, batch: Batch<unknown>, progress: { committedRows: number }): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.ledger.lockAt(manager, job.id, progress.committedRows);
      // An import grows its table faster than autovacuum refreshes the statistics; on stale ones PostgreSQL
      // would scan the whole table for each batch's e-mails. Every lookup of a batch is by an indexed key.
      await manager.query('SET LOCAL enable_seqscan = off');
      const outcome = await importer.writeBatch(manager, batch.good, job.dryRun);
      const errors = [...batch.errors, ...outcome.errors].sort((a, b) => a.rowNumber - b.rowNumber);
      const rejectedHere = new Set(outcome.errors.map((error) => error.rowNumber)).size;
      await this.ledger.recordBatch(manager, job.id, {
        rows: batch.rows,
        created: outcome.created,
        updated: outcome.updated,
        rejected: batch.rejected + rejectedHere,
        errors,
      });
    });
    progress.committedRows += batch.rows;
  }

  /** The reason for the user: what stopped the import, and what of it was written before. */
  private failureOf(error: unknown, job: ClaimedImport, committedRows: number): ImportFailure {
    if (error instanceof ImportFailedException) return error.failure;
    const cause = error instanceof Error ? error.message : String(error);
    const rows = committedRows;
    if (committedRows === 0) return importFailure('import_stopped', { rows }, cause);
    const counted = rows === 1 ? '1 row' : `${rows} rows`;
    if (job.dryRun) return importFailure('import_stopped', { rows }, `The import stopped after ${counted}: ${cause}.`);
    const kept = rows === 1 ? 'The first row was imported' : `The first ${rows} rows were imported`;
    return importFailure('import_stopped_partly', { rows }, `The import stopped after ${counted}: ${cause}. ${kept}.`);
  }
}

/** Why the CSV parser gave up, with the line it had reached. */
function csvFailure(error: unknown): ImportFailure {
  const detail = error instanceof Error ? error.message : String(error);
  const message = `The file is not valid CSV: ${detail}`;
  const line = error instanceof CsvError && typeof error.lines === 'number' ? error.lines : 0;
  if (error instanceof CsvError && error.code === 'CSV_QUOTE_NOT_CLOSED') return importFailure('csv_quote_not_closed', { line }, message);
  if (error instanceof CsvError && (error.code === 'CSV_INVALID_CLOSING_QUOTE' || error.code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE')) {
    return importFailure('csv_bad_quote', { line }, message);
  }
  return importFailure('csv_unreadable', { line }, message);
}
