import { describe, expect, it } from '@jest/globals';
import { DEMO_MESSAGE_TEMPLATES } from '../demo-data/demo-message-templates.js';
import { characterCount, PLACEHOLDER_NAMES, placeholdersIn, renderText, unknownPlaceholders, type PlaceholderValues } from './message-template.contract.js';

const values = Object.fromEntries(PLACEHOLDER_NAMES.map((name) => [name, null])) as Record<keyof PlaceholderValues, string | null>;

describe('message template placeholders', () => {
  it('finds each placeholder once, in order, and names the unknown ones', () => {
    expect(placeholdersIn('{country} and {ministry}, {country} again, {mistake}')).toEqual(['country', 'ministry', 'mistake']);
    expect(unknownPlaceholders('Dear {ministryHolder}, {minister}')).toEqual(['minister']);
    expect(unknownPlaceholders('A lone { brace and {two words} are plain text')).toEqual([]);
  });

  it('does not take inherited object keys for placeholders', () => {
    expect(unknownPlaceholders('{constructor} {toString} {__proto__}')).toEqual(['constructor', 'toString', '__proto__']);
  });

  it('fills the known values in and leaves the missing ones as [name]', () => {
    const rendered = renderText('{country}: {partiesCount} parties. {ministry}', { ...values, country: 'Perú', partiesCount: '29' });
    expect(rendered).toEqual({ text: 'Perú: 29 parties. [ministry]', missing: ['ministry'] });
  });

  it('counts characters as readers do', () => {
    expect(characterCount('✊🏽 ok')).toBe(5);
  });

  it('seeds demo templates that use only known placeholders', () => {
    for (const template of DEMO_MESSAGE_TEMPLATES) expect(unknownPlaceholders(`${template.subject ?? ''} ${template.body}`)).toEqual([]);
  });
});
