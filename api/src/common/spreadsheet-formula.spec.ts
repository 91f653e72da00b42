import { describe, expect, it } from '@jest/globals';
import { escapeFormula, unescapeFormula } from './spreadsheet-formula.js';

describe('unescapeFormula', () => {
  it.each([
    [`'+41 22 555 01 01`, '+41 22 555 01 01'],
    [`'=HYPERLINK("x")`, '=HYPERLINK("x")'],
    [`''=1+1`, `'=1+1`],
    [`'-5`, '-5'],
  ])('takes off the quote the export added to %j', (cell, value) => {
    expect(unescapeFormula(cell)).toBe(value);
  });

  it.each([`'quoted on purpose`, `O'Brien`, `'`, '', '+41 22 555 01 01'])('keeps %j as typed', (cell) => {
    expect(unescapeFormula(cell)).toBe(cell);
  });

  // Every text of up to four characters among those that matter and a few ordinary ones.
  const characters = [..."'=+-@\t\r a;"];
  const texts = [''];
  for (let length = 1; length <= 4; length += 1) {
    texts.push(...texts.filter((text) => text.length === length - 1).flatMap((text) => characters.map((character) => text + character)));
  }

  it('gives back exactly what escapeFormula was given, whatever the text', () => {
    expect(texts.length).toBeGreaterThan(10000);
    expect(texts.filter((text) => unescapeFormula(escapeFormula(text)) !== text)).toEqual([]);
  });

  it('leaves no escaped cell that a spreadsheet would evaluate', () => {
    expect(texts.map(escapeFormula).filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });
});
