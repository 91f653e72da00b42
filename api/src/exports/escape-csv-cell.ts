import { escapeFormula } from '../common/spreadsheet-formula.js';

/** Prefixes a single quote to a cell that a spreadsheet would run as a formula (see escapeFormula). */
export const escapeCsvCell = escapeFormula;

/** A database value as the raw text of a cell: lists joined by `;` (as imports read them), dates in ISO 8601. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => cellText(item)).join(';');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  // A JSON column arrives as an object: its JSON text, not "[object Object]".
  return JSON.stringify(value) ?? '';
}

/** A database value as the text of a CSV cell, escaped once as a whole so that an import can undo it exactly. */
export function formatCsvCell(value: unknown): string {
  return escapeFormula(cellText(value));
}
