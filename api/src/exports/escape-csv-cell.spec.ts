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
});
