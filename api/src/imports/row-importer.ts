import type { EntityManager } from 'typeorm';
import type { ImportColumn } from './import-columns.js';

/** One problem of one row, as the error report shows it. */
export interface RowError {
  rowNumber: number;
  field: string;
  message: string;
}

export interface FieldError {
  field: string;
  message: string;
}

/**
 * A value that must not appear twice in one file (an e-mail address, an
 * organization's name in its country): the second row holding it is refused.
 */
export interface FileKey {
  field: string;
  key: string;
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
