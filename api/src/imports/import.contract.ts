export const IMPORT_RESOURCES = ['organizations', 'people'] as const;
export type ImportResource = (typeof IMPORT_RESOURCES)[number];

export const IMPORT_STATUSES = ['queued', 'running', 'completed', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** The largest CSV file an import accepts. */
export const MAX_IMPORT_FILE_BYTES = 50 * 1024 * 1024;

/** How long a completed dry run keeps its file for the real import to start from it. */
export const DRY_RUN_FILE_KEPT_HOURS = 24;

/** How many dry-run files one user keeps at most (each at most MAX_IMPORT_FILE_BYTES); a newer dry run lets the oldest go. */
export const DRY_RUN_FILES_KEPT_PER_USER = 3;

type ProblemSpec = { readonly params: readonly string[] };

/**
 * The problems an import reports of one row, by stable code, with the
 * parameters their words name (`value` is the cell as written, cut short;
 * `row` another row of the file). Clients word a code in the reader's
 * language; the English `message` beside it is for logs and API users.
 */
export const IMPORT_ROW_ERRORS = {
  required: { params: [] },
  too_long: { params: ['max', 'length'] },
  not_id: { params: ['value'] },
  not_email: { params: ['value'] },
  email_invisible_character: { params: ['value'] },
  email_mixed_scripts: { params: ['value', 'part', 'scripts'] },
  not_choice: { params: ['value', 'allowed'] },
  unknown_choices: { params: ['values', 'allowed'] },
  not_boolean: { params: ['value'] },
  not_date: { params: ['value'] },
  not_url: { params: ['value'] },
  not_phone: { params: ['value'] },
  unknown_country: { params: ['value'] },
  unknown_countries: { params: ['values'] },
  organization_required: { params: ['columns'] },
  too_many_cells: { params: ['cells', 'columns'] },
  nul_character: { params: [] },
  already_in_row: { params: ['value', 'row'] },
  organization_already_in_row: { params: ['value', 'row'] },
  id_not_found: { params: ['value'] },
  matches_several: { params: ['value', 'count'] },
  same_record_as_row: { params: ['row'] },
  email_taken: { params: ['value'] },
  organization_not_found: { params: ['value'] },
  organization_ambiguous: { params: ['value', 'count'] },
} as const satisfies Record<string, ProblemSpec>;

export type ImportRowErrorCode = keyof typeof IMPORT_ROW_ERRORS;
export const IMPORT_ROW_ERROR_CODES = Object.keys(IMPORT_ROW_ERRORS) as ImportRowErrorCode[];

/**
 * Why a whole import failed, by stable code, with the parameters its words
 * name (`columns` and `accepted` are column names as a file must write them,
 * `line` a line of the file, `rows` the data rows done before it stopped).
 */
export const IMPORT_FAILURES = {
  file_gone: { params: [] },
  no_header: { params: [] },
  csv_quote_not_closed: { params: ['line'] },
  csv_bad_quote: { params: ['line'] },
  csv_unreadable: { params: ['line'] },
  unknown_columns: { params: ['columns', 'accepted'] },
  unnamed_column: { params: ['position', 'accepted'] },
  repeated_columns: { params: ['columns'] },
  missing_columns: { params: ['columns', 'accepted'] },
  import_stopped: { params: ['rows'] },
  import_stopped_partly: { params: ['rows'] },
} as const satisfies Record<string, ProblemSpec>;

export type ImportFailureCode = keyof typeof IMPORT_FAILURES;
export const IMPORT_FAILURE_CODES = Object.keys(IMPORT_FAILURES) as ImportFailureCode[];

/** The values a problem's words name: cell values, counts, column names; never a record's id unless the file gave it. */
export type ImportProblemParams = Record<string, string | number>;

/** The parameters one row problem's code requires. */
export type ImportRowErrorParams<C extends ImportRowErrorCode> = { readonly [P in (typeof IMPORT_ROW_ERRORS)[C]['params'][number]]: string | number };

/** The parameters one failure's code requires. */
export type ImportFailureParams<C extends ImportFailureCode> = { readonly [P in (typeof IMPORT_FAILURES)[C]['params'][number]]: string | number };

/** One problem of a row: its code, the values it names, and its English wording. */
export interface ImportRowProblem {
  code: ImportRowErrorCode;
  params: ImportProblemParams;
  message: string;
}

/** What stopped an import: its code, the values it names, and its English wording. */
export interface ImportFailure {
  code: ImportFailureCode;
  params: ImportProblemParams;
  message: string;
}
