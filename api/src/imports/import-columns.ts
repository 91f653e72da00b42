import { unescapeFormula } from '../common/spreadsheet-formula.js';
import type { ImportFailure } from './import.contract.js';
import { importFailure } from './import-problem.js';

/** One column an import accepts. */
export interface ImportColumn {
  name: string;
  required?: boolean;
}

/**
 * The columns of the import templates. The CSV exports have exactly these
 * columns plus `id` first, so that a file exported, edited in a spreadsheet
 * and imported again updates the same records.
 */
export const ORGANIZATION_TEMPLATE: readonly ImportColumn[] = [
  { name: 'name', required: true },
  { name: 'acronym' },
  { name: 'type' },
  { name: 'country' },
  { name: 'countriesOfWork' },
  { name: 'website' },
  { name: 'email' },
  { name: 'phone' },
  { name: 'description' },
  { name: 'rightsFocus' },
  { name: 'languages' },
  { name: 'membershipStatus' },
  { name: 'joinedAt' },
  { name: 'isSteeringCommittee' },
];

export const PEOPLE_TEMPLATE: readonly ImportColumn[] = [
  { name: 'firstName', required: true },
  { name: 'lastName', required: true },
  { name: 'email' },
  { name: 'otherEmails' },
  { name: 'phones' },
  { name: 'jobTitle' },
  { name: 'country' },
  { name: 'languages' },
  { name: 'organization' },
  { name: 'role' },
  { name: 'isPrimaryContact' },
  { name: 'since' },
];

/** The column an export adds in front of the template's: the record a row updates. */
export const ID_COLUMN: ImportColumn = { name: 'id' };

/** Where each accepted column is in the file. */
export type ColumnIndex = ReadonlyMap<string, number>;

export type HeaderCheck = { index: ColumnIndex } | { problem: ImportFailure };

/** "First name", "first_name" and "FIRSTNAME" all mean `firstName`: spreadsheets are typed by people. */
export const normalizeHeader = (text: string): string => text.toLowerCase().replace(/[\s_.-]+/g, '');

const plural = (count: number): string => (count > 1 ? 's' : '');

/**
 * Matches a file's header row to the accepted columns. Anything unexpected
 * (an unknown, unnamed, repeated or missing required column) stops the import
 * before a row is read, with a problem that lists what is accepted.
 */
export function checkHeader(header: readonly string[], columns: readonly ImportColumn[]): HeaderCheck {
  const accepted = columns.map((column) => column.name).join(', ');
  const byKey = new Map(columns.map((column) => [normalizeHeader(column.name), column.name]));
  const index = new Map<string, number>();
  const unknown: string[] = [];
  const unnamed: number[] = [];
  const repeated: string[] = [];
  header.forEach((raw, position) => {
    const text = raw.trim();
    const name = byKey.get(normalizeHeader(text));
    if (text === '') unnamed.push(position + 1);
    else if (name === undefined) unknown.push(text);
    else if (index.has(name)) repeated.push(name);
    else index.set(name, position);
  });
  if (unknown.length > 0) {
    const message = `Unknown column${plural(unknown.length)}: ${unknown.map((text) => JSON.stringify(text)).join(', ')}. Accepted columns: ${accepted}.`;
    return { problem: importFailure('unknown_columns', { columns: unknown.join(', '), accepted }, message) };
  }
  if (unnamed.length > 0) {
    const message = `Column ${unnamed[0]} has no name: name it, or delete the column. Accepted columns: ${accepted}.`;
    return { problem: importFailure('unnamed_column', { position: unnamed[0], accepted }, message) };
  }
  if (repeated.length > 0) {
    return {
      problem: importFailure('repeated_columns', { columns: repeated.join(', ') }, `Column${plural(repeated.length)} given twice: ${repeated.join(', ')}.`),
    };
  }
  const missing = columns.filter((column) => column.required && !index.has(column.name)).map((column) => column.name);
  if (missing.length > 0) {
    const message = `Missing required column${plural(missing.length)}: ${missing.join(', ')}. Accepted columns: ${accepted}.`;
    return { problem: importFailure('missing_columns', { columns: missing.join(', '), accepted }, message) };
  }
  return { index };
}

/**
 * A data row as named cells (trimmed; '' for an empty or absent cell), with
 * the quote that the CSV exports put in front of formula-like cells taken off
 * again: a phone exported as `'+41 22 …` is imported as `+41 22 …`.
 */
export function cellsByName(cells: readonly string[], index: ColumnIndex): Record<string, string> {
  const named: Record<string, string> = {};
  for (const [name, position] of index) named[name] = unescapeFormula((cells[position] ?? '').trim()).trim();
  return named;
}
