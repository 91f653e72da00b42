import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable, Logger, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { stringify } from 'csv-stringify';
import { DataSource, type QueryRunner } from 'typeorm';
import { escapeCsvCell, formatCsvCell } from './escape-csv-cell.js';

/** One column of a CSV file: its header and the key of the query's row that fills it, or how the row's values fill it. */
export interface CsvColumn {
  header: string;
  key: string;
  value?: (row: Record<string, unknown>) => unknown;
}

export interface CsvQuery {
  sql: string;
  parameters: unknown[];
}

const FETCH_SIZE = 1000;

/**
 * Streams the rows of a query as a CSV download, however many there are: a
 * server-side cursor fetches them a thousand at a time inside one read-only
 * snapshot, and the response pulls them only as fast as the client reads.
 * Every cell goes through the formula-injection escape; the file starts with
 * a UTF-8 byte order mark so that Excel shows accents right.
 */
@Injectable()
export class CsvExportService {
  private readonly logger = new Logger(CsvExportService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async download(query: CsvQuery, columns: readonly CsvColumn[], fileName: string): Promise<StreamableFile> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction('REPEATABLE READ');
      await runner.query('SET TRANSACTION READ ONLY');
      await runner.query(`DECLARE csv_export NO SCROLL CURSOR FOR ${query.sql}`, query.parameters);
    } catch (error) {
      await this.close(runner);
      throw error;
    }
    const csv = stringify({ bom: true, header: true, columns: columns.map((column) => escapeCsvCell(column.header)) });
    pipeline(Readable.from(this.records(runner, columns)), csv).catch((error: unknown) => {
      // A client that stops reading ends the stream early: not worth more than a line in the log.
      this.logger.warn({ err: error, fileName }, 'CSV download ended early');
    });
    return new StreamableFile(csv, { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="${fileName}"` });
  }

  private async *records(runner: QueryRunner, columns: readonly CsvColumn[]): AsyncGenerator<string[]> {
    try {
      for (;;) {
        const rows = (await runner.query(`FETCH ${FETCH_SIZE} FROM csv_export`)) as Array<Record<string, unknown>>;
        if (rows.length === 0) break;
        for (const row of rows) yield columns.map((column) => formatCsvCell(column.value ? column.value(row) : row[column.key]));
      }
    } finally {
      await this.close(runner);
    }
  }

  private async close(runner: QueryRunner): Promise<void> {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    await runner.release();
  }
}
