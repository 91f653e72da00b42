import { describe, expect, it } from '@jest/globals';
import { escapeCsvCell, formatCsvCell } from './escape-csv-cell.js';

describe('escapeCsvCell', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","Click")', `'=HYPERLINK("http://evil.example","Click")`],
    ['+1 202 555 0100', `'+1 202 555 0100`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1:A9)', `'@SUM(A1:A9)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
  ])('turns the formula-like cell %j into text', (cell, escaped) => {
    expect(escapeCsvCell(cell)).toBe(escaped);
  });

  it('adds one more quote to a cell already quoted before a formula, so that the import can undo exactly what it added', () => {
    expect(escapeCsvCell("'=1+1")).toBe("''=1+1");
  });

  it.each(['Amnesty Kenya', 'a=b', 'x+y', 'ana@example.org', '', "'already quoted", 'Côte d’Ivoire'])('leaves the ordinary cell %j alone', (cell) => {
    expect(escapeCsvCell(cell)).toBe(cell);
  });
});

describe('formatCsvCell', () => {
  it('writes empty values as empty cells, dates in ISO 8601 and lists joined by semicolons', () => {
    expect(formatCsvCell(null)).toBe('');
    expect(formatCsvCell(undefined)).toBe('');
    expect(formatCsvCell(new Date('2025-12-10T09:00:00Z'))).toBe('2025-12-10T09:00:00.000Z');
    expect(formatCsvCell(['housing', 'food'])).toBe('housing;food');
    expect(formatCsvCell(true)).toBe('true');
    expect(formatCsvCell(42)).toBe('42');
  });

  it('escapes formula-like values of every kind', () => {
    expect(formatCsvCell(-5)).toBe(`'-5`);
    expect(formatCsvCell(['=cmd', 'ok'])).toBe(`'=cmd;ok`);
  });

  it('escapes a list once as a whole, not each of its entries', () => {
    expect(formatCsvCell(['+41 22 555 01 01', '+33 1 55 55 01 01'])).toBe(`'+41 22 555 01 01;+33 1 55 55 01 01`);
    expect(formatCsvCell(['022 555 01 01', '+33 1 55 55 01 01'])).toBe('022 555 01 01;+33 1 55 55 01 01');
  });
});
