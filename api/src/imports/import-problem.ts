import type { ImportFailure, ImportFailureCode, ImportFailureParams, ImportRowErrorCode, ImportRowErrorParams, ImportRowProblem } from './import.contract.js';

/** A row problem: the type requires exactly the parameters its code names. */
export const rowProblem = <C extends ImportRowErrorCode>(code: C, params: ImportRowErrorParams<C>, message: string): ImportRowProblem => ({
  code,
  params,
  message,
});

/** Why an import failed: the type requires exactly the parameters its code names. */
export const importFailure = <C extends ImportFailureCode>(code: C, params: ImportFailureParams<C>, message: string): ImportFailure => ({
  code,
  params,
  message,
});
