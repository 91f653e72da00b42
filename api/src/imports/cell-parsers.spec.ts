import { describe, expect, it } from '@jest/globals';
import {
  parseBoolean,
  parseChoice,
  parseChoiceList,
  parseDate,
  parseEmail,
  parseEmailList,
  parseId,
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
    expect(parseEmail('email', 'ana.perez@')).toEqual({
      error: { code: 'not_email', params: { value: 'ana.perez@' }, message: 'email "ana.perez@" is not an e-mail address' },
    });
    expect(parseEmail('email', 'two words@example.org')).toHaveProperty('error');
  });

  it('splits lists on semicolons, trimming and dropping repeats', () => {
    expect(splitList(' en ; fr;;en ')).toEqual(['en', 'fr']);
    expect(parseEmailList('otherEmails', 'a@example.org; B@example.org;a@example.org')).toEqual({ value: ['a@example.org', 'b@example.org'] });
    expect(parseEmailList('otherEmails', 'a@example.org; nope')).toEqual({
      error: { code: 'not_email', params: { value: 'nope' }, message: 'otherEmails "nope" is not an e-mail address' },
    });
  });

  it('limits text to the column length', () => {
    expect(parseText('lastName', 'x'.repeat(101), 100)).toEqual({
      error: { code: 'too_long', params: { max: 100, length: 101 }, message: 'lastName must be at most 100 characters long (it has 101)' },
    });
  });

  it('reads choices as people write them', () => {
    expect(parseChoice('type', 'Social movement', ['ngo', 'social_movement'] as const)).toEqual({ value: 'social_movement' });
    expect(parseChoice('type', 'club', ['ngo', 'union'] as const)).toEqual({
      error: { code: 'not_choice', params: { value: 'club', allowed: 'ngo, union' }, message: 'type "club" must be one of: ngo, union' },
    });
    expect(parseChoiceList('rightsFocus', 'Housing; social security', ['housing', 'social_security'] as const)).toEqual({
      value: ['housing', 'social_security'],
    });
    expect(parseChoiceList('languages', 'en;xx;yy', ['en', 'fr'] as const)).toEqual({
      error: { code: 'unknown_choices', params: { values: 'xx, yy', allowed: 'en, fr' }, message: 'languages: "xx", "yy" not known; use: en, fr' },
    });
  });

  it('reads true/false and yes/no', () => {
    expect(parseBoolean('isPrimaryContact', 'Yes')).toEqual({ value: true });
    expect(parseBoolean('isPrimaryContact', 'FALSE')).toEqual({ value: false });
    expect(parseBoolean('isPrimaryContact', 'maybe')).toEqual({
      error: { code: 'not_boolean', params: { value: 'maybe' }, message: 'isPrimaryContact "maybe" must be true or false (or yes/no)' },
    });
  });

  it('accepts only existing calendar dates written YYYY-MM-DD', () => {
    expect(parseDate('since', '2024-02-29')).toEqual({ value: '2024-02-29' });
    expect(parseDate('since', '2025-02-29')).toEqual({
      error: { code: 'not_date', params: { value: '2025-02-29' }, message: 'since "2025-02-29" must be a date written YYYY-MM-DD' },
    });
    expect(parseDate('since', '10/12/2025')).toMatchObject({ error: { code: 'not_date', params: { value: '10/12/2025' } } });
  });

  it('adds https to a web address typed without it', () => {
    expect(parseWebsite('website', 'www.escr-net.org', 300)).toEqual({ value: 'https://www.escr-net.org' });
    expect(parseWebsite('website', 'http://example.org/a', 300)).toEqual({ value: 'http://example.org/a' });
    expect(parseWebsite('website', 'javascript:alert(1)', 300)).toMatchObject({ error: { code: 'not_url', params: { value: 'javascript:alert(1)' } } });
    expect(parseWebsite('website', 'not a site', 300)).toMatchObject({ error: { code: 'not_url', params: { value: 'not a site' } } });
    expect(parseWebsite('website', `example.org/${'a'.repeat(20)}`, 30)).toMatchObject({ error: { code: 'too_long', params: { max: 30, length: 40 } } });
  });

  it('wants digits in a phone number', () => {
    expect(parsePhone('phone', '+254 (20) 123-4567', 50)).toEqual({ value: '+254 (20) 123-4567' });
    expect(parsePhone('phone', 'call me', 50)).toEqual({
      error: { code: 'not_phone', params: { value: 'call me' }, message: 'phone "call me" is not a phone number' },
    });
  });

  it('refuses an id that is not one, naming the cell', () => {
    expect(parseId('id', '42')).toEqual({
      error: { code: 'not_id', params: { value: '42' }, message: 'id "42" is not an id: leave it as exported, or empty for a new record' },
    });
  });

  it('names an address that could pass for another by what gives it away', () => {
    expect(parseEmail('email', 'ad\u200bmin@example.org')).toMatchObject({
      error: { code: 'email_invisible_character', params: { value: 'ad\u200bmin@example.org' } },
    });
    expect(parseEmail('email', 'аdmin@example.org')).toEqual({
      error: {
        code: 'email_mixed_scripts',
        params: { value: 'аdmin@example.org', part: 'аdmin', scripts: 'Latin, Cyrillic' },
        message: 'email "аdmin@example.org" mixes Latin and Cyrillic letters in "аdmin"',
      },
    });
  });

  it('cuts a long cell short in the values a problem names', () => {
    const long = `${'x'.repeat(70)}@`;
    expect(parseEmail('email', long)).toMatchObject({ error: { params: { value: `${'x'.repeat(57)}...` } } });
  });
});
