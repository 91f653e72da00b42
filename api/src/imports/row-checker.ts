import type { Parsed } from './cell-parsers.js';
import type { FieldError } from './row-importer.js';

/** Collects every problem of one row, so that the report names them all at once rather than one per attempt. */
export class RowChecker {
  readonly errors: FieldError[] = [];

  /** The parsed value, or undefined after recording its error. */
  take<T>(field: string, parsed: Parsed<T>): T | undefined {
    if ('error' in parsed) {
      this.errors.push({ field, message: parsed.error });
      return undefined;
    }
    return parsed.value;
  }

  /** Records that a required cell is empty. */
  require<T>(field: string, value: T | undefined, cell: string): T | undefined {
    if (value === undefined && cell === '') this.errors.push({ field, message: `${field} is required` });
    return value;
  }

  fail(field: string, message: string): void {
    this.errors.push({ field, message });
  }

  get ok(): boolean {
    return this.errors.length === 0;
  }
}
