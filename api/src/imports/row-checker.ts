import type { Parsed } from './cell-parsers.js';
import type { ImportRowProblem } from './import.contract.js';
import { rowProblem } from './import-problem.js';
import type { FieldError } from './row-importer.js';

/** Collects every problem of one row, so that the report names them all at once rather than one per attempt. */
export class RowChecker {
  readonly errors: FieldError[] = [];

  /** The parsed value, or undefined after recording its error. */
  take<T>(field: string, parsed: Parsed<T>): T | undefined {
    if ('error' in parsed) {
      this.errors.push({ field, ...parsed.error });
      return undefined;
    }
    return parsed.value;
  }

  /** Records that a required cell is empty. */
  require<T>(field: string, value: T | undefined, cell: string): T | undefined {
    if (value === undefined && cell === '') this.errors.push({ field, ...rowProblem('required', {}, `${field} is required`) });
    return value;
  }

  fail(field: string, problem: ImportRowProblem): void {
    this.errors.push({ field, ...problem });
  }

  get ok(): boolean {
    return this.errors.length === 0;
  }
}
