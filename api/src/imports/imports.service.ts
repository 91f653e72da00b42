import { isUtf8 } from 'node:buffer';
import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainException, notFound, notOneOf } from '../common/domain.exception.js';
import type { WordLanguage } from '../common/words.contract.js';
import { CsvExportService } from '../exports/csv-export.service.js';
import { escapeCsvCell } from '../exports/escape-csv-cell.js';
import { runListQuery } from '../list/apply-list-query.js';
import type { ListQuery } from '../list/list-spec.js';
import { Paginated } from '../list/paginated.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { JobName, QueueName } from '../queue/queue-names.js';
import type { CreateImportDto } from './dto/create-import.dto.js';
import { ImportJobResponseDto, toImportJobResponse } from './dto/import-job-response.dto.js';
import { ImportRowErrorResponseDto, toImportRowErrorResponse } from './dto/import-row-error-response.dto.js';
import { ORGANIZATION_TEMPLATE, PEOPLE_TEMPLATE } from './import-columns.js';
import { ImportFile } from './import-file.entity.js';
import { ImportJob } from './import-job.entity.js';
import { IMPORT_RESOURCES, type ImportResource } from './import.contract.js';
import { reportColumn, reportProblem, type StoredRowProblem } from './import-report-words.js';
import { IMPORT_REPORT_WORDS } from './import-words.contract.js';
import { ImportRowError } from './import-row-error.entity.js';
import { IMPORT_ROW_ERROR_LIST } from './import-row-errors.list-spec.js';
import { IMPORT_JOB_LIST } from './imports.list-spec.js';
import type { RunImportPayload } from './jobs/run-import.job.js';
import type { UploadedCsv } from './uploaded-csv.js';

const CSV_TYPES = new Set(['text/csv', 'application/csv']);

/** Uploads, progress and error reports of CSV imports; the rows themselves are imported by the worker. */
@Injectable()
export class ImportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly csv: CsvExportService,
  ) {}

  /**
   * Stores the file and its job, and queues the job through the outbox, all in
   * one transaction: an import is either fully queued or not at all.
   */
  async create(file: UploadedCsv | undefined, dto: CreateImportDto, userId: string): Promise<ImportJobResponseDto> {
    const csv = this.checkFile(file);
    const job = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(ImportJob, {
          resource: dto.resource,
          dryRun: dto.dryRun === 'true',
          status: 'queued',
          fileName: csv.originalname.slice(0, 255),
          fileSize: csv.size,
          createdById: userId,
        }),
      );
      await manager.insert(ImportFile, { importId: saved.id, content: csv.buffer });
      await this.outbox.add<RunImportPayload>(manager, QueueName.Imports, JobName.RunImport, { importId: saved.id });
      return saved;
    });
    return toImportJobResponse(await this.load(job.id));
  }

  /**
   * Starts the real import of a completed dry run's file, which the dry run
   * kept: only its uploader may, once, while the file is kept. The file moves
   * to the new job, in one transaction with the job and its queueing.
   */
  async importDryRun(dryRunId: string, userId: string): Promise<ImportJobResponseDto> {
    const job = await this.dataSource.transaction(async (manager) => {
      const dryRun = await manager.findOne(ImportJob, { where: { id: dryRunId }, lock: { mode: 'pessimistic_write' } });
      if (!dryRun) throw notFound('imports', 'import');
      if (dryRun.createdById !== userId) {
        throw new DomainException('dry_run_not_uploader', {}, 'Only the person who uploaded this file may import it: upload it again to import it yourself');
      }
      if (!dryRun.dryRun || dryRun.status !== 'completed') {
        throw new DomainException('not_a_completed_dry_run', {}, 'Only a completed dry run can be imported from its file');
      }
      const kept = dryRun.fileKeptUntil !== null && dryRun.fileKeptUntil.getTime() > Date.now();
      const saved = await manager.save(
        manager.create(ImportJob, {
          resource: dryRun.resource,
          dryRun: false,
          status: 'queued',
          fileName: dryRun.fileName,
          fileSize: dryRun.fileSize,
          createdById: userId,
        }),
      );
      const [, moved] = kept
        ? await manager.query<[unknown, number]>(`UPDATE import_files SET import_id = $2 WHERE import_id = $1`, [dryRun.id, saved.id])
        : [undefined, 0];
      if (moved === 0) {
        throw new DomainException(
          'dry_run_file_gone',
          {},
          'The file of this dry run is no longer kept (it has been imported, or its time has passed): upload it again',
        );
      }
      await manager.update(ImportJob, { id: dryRun.id }, { fileKeptUntil: null });
      await this.outbox.add<RunImportPayload>(manager, QueueName.Imports, JobName.RunImport, { importId: saved.id });
      return saved;
    });
    return toImportJobResponse(await this.load(job.id));
  }

  async list(query: ListQuery): Promise<Paginated<ImportJobResponseDto>> {
    const builder = this.dataSource.getRepository(ImportJob).createQueryBuilder('j');
    const { items, total } = await runListQuery(builder, IMPORT_JOB_LIST, query);
    return new Paginated(IMPORT_JOB_LIST.resource, items.map(toImportJobResponse), query.range[0], total);
  }

  async get(id: string): Promise<ImportJobResponseDto> {
    return toImportJobResponse(await this.load(id));
  }

  async listErrors(id: string, query: ListQuery): Promise<Paginated<ImportRowErrorResponseDto>> {
    await this.load(id);
    const builder = this.dataSource.getRepository(ImportRowError).createQueryBuilder('e').where('e.importId = :id', { id });
    const { items, total } = await runListQuery(builder, IMPORT_ROW_ERROR_LIST, query);
    return new Paginated(IMPORT_ROW_ERROR_LIST.resource, items.map(toImportRowErrorResponse), query.range[0], total);
  }

  /** The whole error report as a spreadsheet, in file order, worded in the reader's language (the code beside each problem). */
  async errorReport(id: string, language: WordLanguage): Promise<StreamableFile> {
    await this.load(id);
    const words = IMPORT_REPORT_WORDS[language];
    return this.csv.download(
      {
        sql: `SELECT row_number AS row, field, code, params, message FROM import_row_errors WHERE import_id = $1 ORDER BY row_number, id`,
        parameters: [id],
      },
      [
        { header: words.row, key: 'row' },
        { header: words.field, key: 'field', value: (row) => reportColumn(language, row.field as string) },
        { header: words.message, key: 'message', value: (row) => reportProblem(language, row as unknown as StoredRowProblem) },
        { header: words.code, key: 'code' },
      ],
      `import-${id}-errors.csv`,
    );
  }

  /** A header-only file with every column the import of a resource accepts. */
  template(resource: string): StreamableFile {
    if (!IMPORT_RESOURCES.includes(resource as ImportResource)) {
      throw notOneOf('resource', IMPORT_RESOURCES);
    }
    const columns = resource === 'people' ? PEOPLE_TEMPLATE : ORGANIZATION_TEMPLATE;
    const header = `\uFEFF${columns.map((column) => escapeCsvCell(column.name)).join(',')}\r\n`;
    return new StreamableFile(Buffer.from(header, 'utf8'), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="${resource}-import-template.csv"`,
    });
  }

  /** Refuses anything that is not a non-empty UTF-8 CSV, before it is stored. */
  private checkFile(file: UploadedCsv | undefined): UploadedCsv {
    if (!file) throw new DomainException('file_required', { field: 'file' }, 'file is required: attach a CSV file as the "file" field', 'file');
    const isCsv = CSV_TYPES.has(file.mimetype.toLowerCase()) || file.originalname.toLowerCase().endsWith('.csv');
    if (!isCsv) {
      throw new DomainException(
        'file_not_csv',
        { field: 'file', type: file.mimetype },
        `file must be a CSV file (.csv, text/csv); got ${file.mimetype}`,
        'file',
      );
    }
    if (file.size === 0) throw new DomainException('file_empty', { field: 'file' }, 'file is empty', 'file');
    if (!isUtf8(file.buffer)) {
      throw new DomainException('file_not_utf8', { field: 'file' }, 'file must be UTF-8 text: in Excel, save it as "CSV UTF-8 (comma delimited)"', 'file');
    }
    return file;
  }

  private async load(id: string): Promise<ImportJob> {
    const job = await this.dataSource.getRepository(ImportJob).findOne({ where: { id } });
    if (!job) throw notFound('imports', 'import');
    return job;
  }
}
