import { emailSpoofingProblem, normalizeEmail } from '../common/email-address.js';

/**
 * Pure readers for the cells of an imported CSV. Each returns the value to
 * store or a message for the error report; an empty cell is `undefined`
 * ("not given"), which an update leaves unchanged.
 */
export type Parsed<T> = { value: T | undefined } | { error: string };

const EMAIL = /^[^\s@",;<>()[\]\\]+@[^\s@",;<>()[\]\\]+\.[^\s@",;<>()[\]\\]{2,}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TRUE_WORDS = new Set(['true', 'yes', 'y', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0']);

/** The separator of several values in one cell (e-mails, phones, languages…). */
export const LIST_SEPARATOR = ';';

/** Quotes a user's value in a message, cut short so that the report stays readable. */
export function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}

export function isUuid(text: string): boolean {
  return UUID.test(text);
}

/** A record's id, as an exported file gives it. */
export function parseId(field: string, cell: string): Parsed<string> {
  if (cell === '') return { value: undefined };
  if (!isUuid(cell)) return { error: `${field} ${quote(cell)} is not an id: leave it as exported, or empty for a new record` };
  return { value: cell.toLowerCase() };
}

export function parseText(field: string, cell: string, maxLength: number): Parsed<string> {
  if (cell === '') return { value: undefined };
  if (cell.length > maxLength) return { error: `${field} must be at most ${maxLength} characters long (it has ${cell.length})` };
  return { value: cell };
}

/** E-mail addresses are stored in the one normal form the API uses, and refused if they could pass for another. */
export function parseEmail(field: string, cell: string): Parsed<string> {
  if (cell === '') return { value: undefined };
  const email = normalizeEmail(cell);
  if (email.length > 254 || !EMAIL.test(email)) return { error: `${field} ${quote(cell)} is not an e-mail address` };
  const spoofing = emailSpoofingProblem(email);
  if (spoofing) return { error: `${field} ${quote(cell)} ${spoofing}` };
  return { value: email };
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

export function parseTextList(field: string, cell: string, maxLength: number): Parsed<string[]> {
  const items = splitList(cell);
  if (items.length === 0) return { value: undefined };
  const long = items.find((item) => item.length > maxLength);
  if (long !== undefined) return { error: `${field}: each entry must be at most ${maxLength} characters long; ${quote(long)} is longer` };
  return { value: items };
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
  if (found === undefined) return { error: `${field} ${quote(cell)} must be one of: ${choices.join(', ')}` };
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
  if (unknown.length > 0) return { error: `${field}: ${unknown.map(quote).join(', ')} not known; use: ${choices.join(', ')}` };
  return { value: values };
}

export function parseBoolean(field: string, cell: string): Parsed<boolean> {
  if (cell === '') return { value: undefined };
  const word = cell.toLowerCase();
  if (TRUE_WORDS.has(word)) return { value: true };
  if (FALSE_WORDS.has(word)) return { value: false };
  return { error: `${field} ${quote(cell)} must be true or false (or yes/no)` };
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
  return { error: `${field} ${quote(cell)} must be a date written YYYY-MM-DD` };
}

/** A web address; people often leave out the scheme, which is then taken to be https. */
export function parseWebsite(field: string, cell: string, maxLength: number): Parsed<string> {
  if (cell === '') return { value: undefined };
  const text = /^[a-z][a-z0-9+.-]*:/i.test(cell) ? cell : `https://${cell}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { error: `${field} ${quote(cell)} is not a web address` };
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname.includes('.')) {
    return { error: `${field} ${quote(cell)} is not a web address` };
  }
  if (text.length > maxLength) return { error: `${field} must be at most ${maxLength} characters long (it has ${text.length})` };
  return { value: text };
}

/** A phone number: free text (extensions, spaces) but with digits and of a sensible length. */
export function parsePhone(field: string, cell: string, maxLength: number): Parsed<string> {
  if (cell === '') return { value: undefined };
  if (cell.length > maxLength || !/\d{3}/.test(cell.replace(/[\s().-]/g, ''))) return { error: `${field} ${quote(cell)} is not a phone number` };
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
