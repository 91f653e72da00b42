import { describe, expect, it } from '@jest/globals';
import {
  parseBoolean,
  parseChoice,
  parseChoiceList,
  parseDate,
  parseEmail,
  parseEmailList,
  parsePhone,
  parseText,
  parseWebsite,
  splitList,
} from './cell-parsers.js';

describe('cell parsers', () => {
  it('reads an empty cell as "not given"', () => {
    for (const parsed of [
      parseText('name', '', 10),
      parseEmail('email', ''),
      parseBoolean('x', ''),
      parseDate('since', ''),
      parseEmailList('otherEmails', ' ; '),
    ]) {
      expect(parsed).toEqual({ value: undefined });
    }
  });

  it('stores e-mail addresses lower-case and refuses what is not one', () => {
    expect(parseEmail('email', 'Ana.Perez@Example.ORG')).toEqual({ value: 'ana.perez@example.org' });
    expect(parseEmail('email', 'ana.perez@')).toEqual({ error: 'email "ana.perez@" is not an e-mail address' });
    expect(parseEmail('email', 'two words@example.org')).toHaveProperty('error');
  });

  it('splits lists on semicolons, trimming and dropping repeats', () => {
    expect(splitList(' en ; fr;;en ')).toEqual(['en', 'fr']);
    expect(parseEmailList('otherEmails', 'a@example.org; B@example.org;a@example.org')).toEqual({ value: ['a@example.org', 'b@example.org'] });
    expect(parseEmailList('otherEmails', 'a@example.org; nope')).toEqual({ error: 'otherEmails "nope" is not an e-mail address' });
  });

  it('limits text to the column length', () => {
    expect(parseText('lastName', 'x'.repeat(101), 100)).toEqual({ error: 'lastName must be at most 100 characters long (it has 101)' });
  });

  it('reads choices as people write them', () => {
    expect(parseChoice('type', 'Social movement', ['ngo', 'social_movement'] as const)).toEqual({ value: 'social_movement' });
    expect(parseChoice('type', 'club', ['ngo', 'union'] as const)).toEqual({ error: 'type "club" must be one of: ngo, union' });
    expect(parseChoiceList('rightsFocus', 'Housing; social security', ['housing', 'social_security'] as const)).toEqual({
      value: ['housing', 'social_security'],
    });
    expect(parseChoiceList('languages', 'en;xx;yy', ['en', 'fr'] as const)).toEqual({ error: 'languages: "xx", "yy" not known; use: en, fr' });
  });

  it('reads true/false and yes/no', () => {
    expect(parseBoolean('isPrimaryContact', 'Yes')).toEqual({ value: true });
    expect(parseBoolean('isPrimaryContact', 'FALSE')).toEqual({ value: false });
    expect(parseBoolean('isPrimaryContact', 'maybe')).toEqual({ error: 'isPrimaryContact "maybe" must be true or false (or yes/no)' });
  });

  it('accepts only existing calendar dates written YYYY-MM-DD', () => {
    expect(parseDate('since', '2024-02-29')).toEqual({ value: '2024-02-29' });
    expect(parseDate('since', '2025-02-29')).toEqual({ error: 'since "2025-02-29" must be a date written YYYY-MM-DD' });
    expect(parseDate('since', '10/12/2025')).toHaveProperty('error');
  });

  it('adds https to a web address typed without it', () => {
    expect(parseWebsite('website', 'www.escr-net.org', 300)).toEqual({ value: 'https://www.escr-net.org' });
    expect(parseWebsite('website', 'http://example.org/a', 300)).toEqual({ value: 'http://example.org/a' });
    expect(parseWebsite('website', 'javascript:alert(1)', 300)).toHaveProperty('error');
    expect(parseWebsite('website', 'not a site', 300)).toHaveProperty('error');
  });

  it('wants digits in a phone number', () => {
    expect(parsePhone('phone', '+254 (20) 123-4567', 50)).toEqual({ value: '+254 (20) 123-4567' });
    expect(parsePhone('phone', 'call me', 50)).toEqual({ error: 'phone "call me" is not a phone number' });
  });
});
