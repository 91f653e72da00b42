import type { EntityManager } from 'typeorm';
import type { ImportColumn } from './import-columns.js';
import type { ImportRowErrorCode, ImportRowProblem } from './import.contract.js';

/** One problem of one cell (or, as field `row`, of the row as a whole). */
export interface FieldError extends ImportRowProblem {
  field: string;
}

/** One problem of one row, as the error report shows it. */
export interface RowError extends FieldError {
  rowNumber: number;
}

/**
 * A value that must not appear twice in one file (an e-mail address, an
 * organization's name in its country): the second row holding it is refused
 * with `code`, naming `value` (and, in English, `label`) and the first row.
 */
export interface FileKey {
  field: string;
  key: string;
  code: Extract<ImportRowErrorCode, 'already_in_row' | 'organization_already_in_row'>;
  value: string;
  label: string;
}

/** A row read and checked on its own, before anything is looked up in the database. */
export interface CheckedRow<T> {
  rowNumber: number;
  /** Undefined when the row has errors. */
  value: T | undefined;
  errors: FieldError[];
  keys: FileKey[];
}

export interface GoodRow<T> {
  rowNumber: number;
  value: T;
}

export interface BatchOutcome {
  created: number;
  updated: number;
  /** Rows refused on what the database holds (an unknown organization…): nothing of them was written. */
  errors: RowError[];
}

/**
 * What one kind of import knows: its columns, how a row is checked, and how a
 * batch of good rows is written. A dry run looks everything up but writes nothing.
 */
export interface RowImporter<T> {
  readonly columns: readonly ImportColumn[];
  check(rowNumber: number, cells: Record<string, string>): CheckedRow<T>;
  writeBatch(manager: EntityManager, rows: readonly GoodRow<T>[], dryRun: boolean): Promise<BatchOutcome>;
}
