import { emailSpoofing, emailSpoofingProblem, normalizeEmail } from '../common/email-address.js';
import type { ImportRowProblem } from './import.contract.js';
import { rowProblem } from './import-problem.js';

/**
 * Pure readers for the cells of an imported CSV. Each returns the value to
 * store or a problem for the error report; an empty cell is `undefined`
 * ("not given"), which an update leaves unchanged.
 */
export type Parsed<T> = { value: T | undefined } | { error: ImportRowProblem };

const EMAIL = /^[^\s@",;<>()[\]\\]+@[^\s@",;<>()[\]\\]+\.[^\s@",;<>()[\]\\]{2,}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TRUE_WORDS = new Set(['true', 'yes', 'y', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0']);

/** The separator of several values in one cell (e-mails, phones, languages…). */
export const LIST_SEPARATOR = ';';

/** A user's value as a problem names it, cut short so that the report stays readable. */
export function shown(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Quotes a user's value in an English message, cut short as `shown` cuts it. */
export function quote(text: string): string {
  return JSON.stringify(shown(text));
}

/** Several values of a cell, as a problem names them. */
const shownList = (items: readonly string[]): string => items.map(shown).join(', ');

const tooLong = (field: string, max: number, length: number): ImportRowProblem =>
  rowProblem('too_long', { max, length }, `${field} must be at most ${max} characters long (it has ${length})`);

export function isUuid(text: string): boolean {
  return UUID.test(text);
}

/** A record's id, as an exported file gives it. */
export function parseId(field: string, cell: string): Parsed<string> {
  if (cell === '') return { value: undefined };
  if (!isUuid(cell)) {
    return { error: rowProblem('not_id', { value: shown(cell) }, `${field} ${quote(cell)} is not an id: leave it as exported, or empty for a new record`) };
  }
  return { value: cell.toLowerCase() };
}

export function parseText(field: string, cell: string, maxLength: number): Parsed<string> {
  if (cell === '') return { value: undefined };
  if (cell.length > maxLength) return { error: tooLong(field, maxLength, cell.length) };
  return { value: cell };
}

/** E-mail addresses are stored in the one normal form the API uses, and refused if they could pass for another. */
export function parseEmail(field: string, cell: string): Parsed<string> {
  if (cell === '') return { value: undefined };
  const email = normalizeEmail(cell);
  if (email.length > 254 || !EMAIL.test(email))
    return { error: rowProblem('not_email', { value: shown(cell) }, `${field} ${quote(cell)} is not an e-mail address`) };
  const spoofing = emailSpoofing(email);
  if (!spoofing) return { value: email };
  const message = `${field} ${quote(cell)} ${emailSpoofingProblem(email) ?? ''}`;
  if (spoofing.kind === 'invisible_character') return { error: rowProblem('email_invisible_character', { value: shown(cell) }, message) };
  return { error: rowProblem('email_mixed_scripts', { value: shown(cell), part: shown(spoofing.part), scripts: spoofing.scripts.join(', ') }, message) };
}

/** Splits a `;`-separated cell, trimming entries and dropping empty ones and repeats. */
export function splitList(cell: string): string[] {
  if (cell === '') return [];
  return [
    ...new Set(
      cell
        .split(LIST_SEPARATOR)
        .map((item) => item.trim())
        .filter((item) => item !== ''),
    ),
  ];
}

export function parseEmailList(field: string, cell: string): Parsed<string[]> {
  const items = splitList(cell);
  if (items.length === 0) return { value: undefined };
  const emails: string[] = [];
  for (const item of items) {
    const parsed = parseEmail(field, item);
    if ('error' in parsed) return parsed;
    if (parsed.value !== undefined && !emails.includes(parsed.value)) emails.push(parsed.value);
  }
  return { value: emails };
}

/** Spreadsheet users write "Social movement" or "social-movement" for `social_movement`. */
export function toCode(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

export function parseChoice<T extends string>(field: string, cell: string, choices: readonly T[]): Parsed<T> {
  if (cell === '') return { value: undefined };
  const code = toCode(cell);
  const found = choices.find((choice) => choice === code);
  if (found === undefined) {
    const allowed = choices.join(', ');
    return { error: rowProblem('not_choice', { value: shown(cell), allowed }, `${field} ${quote(cell)} must be one of: ${allowed}`) };
  }
  return { value: found };
}

export function parseChoiceList<T extends string>(field: string, cell: string, choices: readonly T[]): Parsed<T[]> {
  const items = splitList(cell);
  if (items.length === 0) return { value: undefined };
  const values: T[] = [];
  const unknown: string[] = [];
  for (const item of items) {
    const found = choices.find((choice) => choice === toCode(item));
    if (found === undefined) unknown.push(item);
    else if (!values.includes(found)) values.push(found);
  }
  if (unknown.length > 0) {
    const allowed = choices.join(', ');
    return {
      error: rowProblem('unknown_choices', { values: shownList(unknown), allowed }, `${field}: ${unknown.map(quote).join(', ')} not known; use: ${allowed}`),
    };
  }
  return { value: values };
}

export function parseBoolean(field: string, cell: string): Parsed<boolean> {
  if (cell === '') return { value: undefined };
  const word = cell.toLowerCase();
  if (TRUE_WORDS.has(word)) return { value: true };
  if (FALSE_WORDS.has(word)) return { value: false };
  return { error: rowProblem('not_boolean', { value: shown(cell) }, `${field} ${quote(cell)} must be true or false (or yes/no)`) };
}

/** A calendar date written YYYY-MM-DD, which must exist (no 2025-02-30). */
export function parseDate(field: string, cell: string): Parsed<string> {
  if (cell === '') return { value: undefined };
  const match = DATE.exec(cell);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1800) {
      return { value: cell };
    }
  }
  return { error: rowProblem('not_date', { value: shown(cell) }, `${field} ${quote(cell)} must be a date written YYYY-MM-DD`) };
}

/** A web address; people often leave out the scheme, which is then taken to be https. */
export function parseWebsite(field: string, cell: string, maxLength: number): Parsed<string> {
  if (cell === '') return { value: undefined };
  const text = /^[a-z][a-z0-9+.-]*:/i.test(cell) ? cell : `https://${cell}`;
  const notUrl = { error: rowProblem('not_url', { value: shown(cell) }, `${field} ${quote(cell)} is not a web address`) };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return notUrl;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname.includes('.')) return notUrl;
  if (text.length > maxLength) return { error: tooLong(field, maxLength, text.length) };
  return { value: text };
}

/** A phone number: free text (extensions, spaces) but with digits and of a sensible length. */
export function parsePhone(field: string, cell: string, maxLength: number): Parsed<string> {
  if (cell === '') return { value: undefined };
  if (cell.length > maxLength || !/\d{3}/.test(cell.replace(/[\s().-]/g, ''))) {
    return { error: rowProblem('not_phone', { value: shown(cell) }, `${field} ${quote(cell)} is not a phone number`) };
  }
  return { value: cell };
}

export function parsePhoneList(field: string, cell: string, maxLength: number): Parsed<string[]> {
  const items = splitList(cell);
  if (items.length === 0) return { value: undefined };
  for (const item of items) {
    const parsed = parsePhone(field, item, maxLength);
    if ('error' in parsed) return parsed;
  }
  return { value: items };
}
