/**
 * Characters that make a spreadsheet read a cell as a formula (or, for tab
 * and carriage return, hide one): a contact who calls themselves
 * `=HYPERLINK("http://evil.example","Click")` must reach Excel as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a single quote to a cell that a spreadsheet would run as a formula (OWASP "CSV injection"). */
export function escapeCsvCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A database value as the text of a CSV cell: lists joined by `;` (as imports read them), dates in ISO 8601. */
export function formatCsvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return escapeCsvCell(value.map((item) => formatCsvCell(item)).join(';'));
  if (typeof value === 'string') return escapeCsvCell(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return escapeCsvCell(String(value));
  // A JSON column arrives as an object: its JSON text, not "[object Object]".
  return escapeCsvCell(JSON.stringify(value) ?? '');
}
