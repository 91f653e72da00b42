import { describe, expect, it } from '@jest/globals';
import { cellsByName, checkHeader, type ImportColumn } from './import-columns.js';

const columns: ImportColumn[] = [{ name: 'firstName', required: true }, { name: 'lastName', required: true }, { name: 'email' }];

describe('checkHeader', () => {
  it('matches headers whatever their case, spaces or underscores', () => {
    const checked = checkHeader(['First name', 'LAST_NAME', ' e-mail '], columns);
    expect(checked).toEqual({
      index: new Map([
        ['firstName', 0],
        ['lastName', 1],
        ['email', 2],
      ]),
    });
  });

  it('refuses unknown columns, listing those accepted', () => {
    expect(checkHeader(['firstName', 'lastName', 'Shoe size', 'Hat'], columns)).toEqual({
      problem: {
        code: 'unknown_columns',
        params: { columns: 'Shoe size, Hat', accepted: 'firstName, lastName, email' },
        message: 'Unknown columns: "Shoe size", "Hat". Accepted columns: firstName, lastName, email.',
      },
    });
  });

  it('refuses a column without a name, by its position', () => {
    expect(checkHeader(['firstName', 'lastName', ''], columns)).toEqual({
      problem: {
        code: 'unnamed_column',
        params: { position: 3, accepted: 'firstName, lastName, email' },
        message: 'Column 3 has no name: name it, or delete the column. Accepted columns: firstName, lastName, email.',
      },
    });
  });

  it('refuses a column given twice and a missing required column', () => {
    expect(checkHeader(['firstName', 'lastName', 'email', 'Email'], columns)).toEqual({
      problem: { code: 'repeated_columns', params: { columns: 'email' }, message: 'Column given twice: email.' },
    });
    expect(checkHeader(['firstName', 'email'], columns)).toEqual({
      problem: {
        code: 'missing_columns',
        params: { columns: 'lastName', accepted: 'firstName, lastName, email' },
        message: 'Missing required column: lastName. Accepted columns: firstName, lastName, email.',
      },
    });
  });
});

describe('cellsByName', () => {
  it('names trimmed cells and reads absent trailing cells as empty', () => {
    const index = new Map([
      ['firstName', 0],
      ['lastName', 1],
      ['email', 2],
    ]);
    expect(cellsByName([' Ana ', 'Pérez'], index)).toEqual({ firstName: 'Ana', lastName: 'Pérez', email: '' });
  });

  it('takes off the quote an export put in front of a formula-like cell, and only that one', () => {
    const index = new Map([
      ['firstName', 0],
      ['lastName', 1],
      ['email', 2],
    ]);
    expect(cellsByName([`'+41 22 555 01 01;+33 1 55 55 01 01`, `''=quoted`, `'as typed`], index)).toEqual({
      firstName: '+41 22 555 01 01;+33 1 55 55 01 01',
      lastName: `'=quoted`,
      email: `'as typed`,
    });
  });
});
