import { IMPORT_FAILURES, IMPORT_ROW_ERRORS, type ImportResource } from '@contract/imports/import.contract';
import type { Translate } from '../data/server-error-text';
import type { ImportJobRecord, ImportRowErrorRecord } from './import-record';

/** Import columns whose form field has another name; the others are labelled as the resource's field of the same name. */
const FIELD_OF_COLUMN: Readonly<Record<ImportResource, Readonly<Record<string, string>>>> = {
  organizations: {
    country: 'resources.organizations.fields.headquartersCountryId',
    countriesOfWork: 'resources.organizations.fields.countriesOfWorkIds',
  },
  people: {
    country: 'resources.people.fields.countryId',
    organization: 'resources.affiliations.fields.organizationId',
    role: 'resources.affiliations.fields.role',
    isPrimaryContact: 'resources.affiliations.fields.isPrimaryContact',
    since: 'resources.affiliations.fields.since',
  },
};

/** A column of an imported file as the forms label it in the reader's language; the column's own name where no label exists. */
export const importColumnLabel = (translate: Translate, resource: ImportResource, column: string): string => {
  if (column === 'row') return translate('resources.imports.errors.whole_row');
  const key = Object.hasOwn(FIELD_OF_COLUMN[resource], column) ? FIELD_OF_COLUMN[resource][column] : `resources.${resource}.fields.${column}`;
  return translate(key, { _: column });
};

/** One line of the error report in the reader's language, by its code; the server's English for a code this client does not know. */
export const importRowErrorText = (translate: Translate, resource: ImportResource, error: ImportRowErrorRecord): string => {
  const { code, params, field, message } = error;
  if (code === null || !Object.hasOwn(IMPORT_ROW_ERRORS, code)) return message;
  const readable: Record<string, unknown> = { ...params, field: importColumnLabel(translate, resource, field) };
  if (typeof params.columns === 'string') {
    readable.columns = params.columns
      .split(', ')
      .map((column) => importColumnLabel(translate, resource, column))
      .join(', ');
  }
  if (typeof params.scripts === 'string') {
    readable.scripts = params.scripts
      .split(', ')
      .map((script) => translate(`resources.imports.scripts.${script}`, { _: script }))
      .join(', ');
  }
  return translate(`resources.imports.problems.${code}`, { ...readable, _: message });
};

/** Why a failed import stopped, in the reader's language, by its code; the server's English for a code this client does not know. */
export const importFailureText = (translate: Translate, job: Pick<ImportJobRecord, 'failureCode' | 'failureParams' | 'failureReason'>): string => {
  const english = job.failureReason ?? '';
  if (job.failureCode === null || !Object.hasOwn(IMPORT_FAILURES, job.failureCode)) return english;
  const params = job.failureParams ?? {};
  // The failures that count rows word one row and several differently (polyglot's plural forms, chosen by smart_count).
  const plural = typeof params.rows === 'number' ? { smart_count: params.rows } : {};
  return translate(`resources.imports.failures.${job.failureCode}`, { ...params, ...plural, _: english });
};
