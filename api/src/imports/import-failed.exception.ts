import type { ImportFailure } from './import.contract.js';

/**
 * Stops an import for a reason of its file (bad columns, malformed CSV…),
 * which the job keeps as its failure with the reason's code and parameters.
 * It never reaches HTTP: the worker catches it.
 */
export class ImportFailedException extends Error {
  readonly failure: ImportFailure;

  constructor(failure: ImportFailure) {
    super(failure.message);
    this.name = 'ImportFailedException';
    this.failure = failure;
  }
}
