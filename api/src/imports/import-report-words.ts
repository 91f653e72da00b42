import { fillWords, type WordLanguage } from '../common/words.contract.js';
import { EMAIL_SCRIPT_WORDS, IMPORT_PROBLEM_WORDS, IMPORT_REPORT_WORDS } from './import-words.contract.js';

/** One stored problem of a row, as the error report reads it. */
export interface StoredRowProblem {
  field: string;
  code: string | null;
  params: Readonly<Record<string, unknown>> | null;
  message: string;
}

/** The column a problem names, as the file heads it; the whole row's problems name no column. */
export const reportColumn = (language: WordLanguage, field: string): string => (field === 'row' ? IMPORT_REPORT_WORDS[language].whole_row : field);

/**
 * A row's problem worded in a language by its code, with the columns named as
 * the file heads them (the reader fixes the file by them); the stored English
 * for a problem kept before codes existed.
 */
export const reportProblem = (language: WordLanguage, problem: StoredRowProblem): string => {
  const wordings = IMPORT_PROBLEM_WORDS[language];
  if (problem.code === null || !Object.hasOwn(wordings, problem.code)) return problem.message;
  const params: Record<string, unknown> = { ...problem.params, field: reportColumn(language, problem.field) };
  if (typeof params.scripts === 'string') {
    const scripts = EMAIL_SCRIPT_WORDS[language];
    params.scripts = params.scripts
      .split(', ')
      .map((script) => (Object.hasOwn(scripts, script) ? scripts[script as keyof typeof scripts] : script))
      .join(', ');
  }
  return fillWords(wordings[problem.code as keyof typeof wordings], params);
};
