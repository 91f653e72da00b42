/**
 * A cell that a spreadsheet would evaluate: it starts with a formula
 * character (`=`, `+`, `-`, `@`, or a tab or carriage return that hides one),
 * possibly behind quotes already typed by someone. A contact who calls
 * themselves `=HYPERLINK("http://evil.example","Click")` must reach Excel as text.
 */
const FORMULA = /^'*[=+\-@\t\r]/;

/** A cell this module escaped: one added quote in front of what FORMULA matches. */
const ESCAPED_FORMULA = /^'(?='*[=+\-@\t\r])/;

/**
 * Prefixes one single quote to a cell a spreadsheet would evaluate (OWASP
 * "CSV injection"), once per cell: a list of phones `+41 22 …;+33 1 …` gets
 * one quote, not one per phone. Cells that already start with quotes before
 * a formula character get one more, so that unescapeFormula gives back
 * exactly what was written, and a phone like `+41 22 …` survives a round trip.
 */
export function escapeFormula(text: string): string {
  return FORMULA.test(text) ? `'${text}` : text;
}

/** Undoes escapeFormula, and only it: other leading quotes are kept as typed. */
export function unescapeFormula(text: string): string {
  return text.replace(ESCAPED_FORMULA, '');
}
