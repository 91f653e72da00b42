import { describe, expect, it } from '@jest/globals';
import type { ListSpec } from './list-spec.js';
import { parseListQuery } from './parse-list-query.js';

const spec: ListSpec = {
  resource: 'things',
  idColumn: 't.id',
  sortable: { name: 't.name', createdAt: 't.createdAt' },
  filters: {
    role: { kind: 'equals', column: 't.role', values: ['a', 'b'] },
    isActive: { kind: 'boolean', column: 't.isActive' },
    since: { kind: 'dateFrom', column: 't.createdAt' },
  },
  defaultSort: ['name', 'ASC'],
  search: { text: 't.search_text' },
};

const unsearchable: ListSpec = { ...spec, search: undefined };

const messageOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
};

describe('parseListQuery', () => {
  it('reads sort, range and filter as React-Admin sends them', () => {
    const query = parseListQuery({ sort: '["createdAt","desc"]', range: '[25,49]', filter: '{"q":" food ","role":["a","b"]}' }, spec);
    expect(query).toEqual({ sort: ['createdAt', 'DESC'], range: [25, 49], filter: { q: 'food', role: ['a', 'b'] } });
  });

  it("accepts React-Admin's fallback sort by id on every list", () => {
    expect(parseListQuery({ sort: '["id","DESC"]' }, spec).sort).toEqual(['id', 'DESC']);
  });

  it('defaults to the first page in the default order', () => {
    expect(parseListQuery({}, spec)).toEqual({ sort: ['name', 'ASC'], range: [0, 24], filter: {} });
  });

  it('sizes the page to a list of ids when no range is given', () => {
    const ids = ['7f1c0c7e-0000-4000-8000-000000000001', '7f1c0c7e-0000-4000-8000-000000000002'];
    expect(parseListQuery({ filter: JSON.stringify({ id: ids }) }, spec).range).toEqual([0, 1]);
  });

  it.each([
    [{ sort: '["name"' }, 'sort is not valid JSON'],
    [{ sort: '["password","ASC"]' }, 'sort field "password" is not allowed; use one of: name, createdAt, relevance'],
    [{ sort: '["name","UP"]' }, 'sort order must be ASC or DESC'],
    [{ range: '[-1,5]' }, 'range must not be negative'],
    [{ range: '[10,5]' }, 'range end must not be before its start'],
    [{ range: '[0,1000]' }, 'a page holds at most 1000 rows'],
    [{ range: '[0,"9"]' }, 'range must be [start,end] with whole numbers'],
    [{ filter: '[1]' }, 'filter must be a JSON object'],
    [{ filter: '{"secret":1}' }, 'filter field "secret" is not allowed; use one of: q, id, role, isActive, since'],
    [{ filter: '{"role":"c"}' }, 'filter role must be one of: a, b'],
    [{ filter: '{"isActive":"yes"}' }, 'filter isActive must be true or false'],
    [{ filter: '{"since":"last week"}' }, 'filter since must be a date (YYYY-MM-DD)'],
    [{ filter: '{"id":["not-a-uuid"]}' }, 'filter id must be a UUID or a list of UUIDs'],
  ])('refuses %j with a message', (raw, message) => {
    expect(messageOf(() => parseListQuery(raw, spec))).toBe(message);
  });

  it.each(Object.getOwnPropertyNames(Object.prototype))('refuses %s, a name every object inherits, as a sort field and a filter key', (name) => {
    expect(messageOf(() => parseListQuery({ sort: JSON.stringify([name, 'ASC']) }, spec))).toBe(
      `sort field "${name}" is not allowed; use one of: name, createdAt, relevance`,
    );
    expect(messageOf(() => parseListQuery({ filter: JSON.stringify({ [name]: 'x' }) }, spec))).toMatch(`filter field "${name}" is not allowed`);
  });

  it('sorts a search by relevance, best first, when no sort is named', () => {
    expect(parseListQuery({ filter: '{"q":"food"}' }, spec).sort).toEqual(['relevance', 'DESC']);
    expect(parseListQuery({ filter: '{"q":"food"}', sort: '["createdAt","ASC"]' }, spec).sort).toEqual(['createdAt', 'ASC']);
  });

  it('accepts the relevance sort only on a list that searches', () => {
    expect(parseListQuery({ sort: '["relevance","DESC"]' }, spec).sort).toEqual(['relevance', 'DESC']);
    expect(messageOf(() => parseListQuery({ sort: '["relevance","DESC"]' }, unsearchable))).toBe(
      'sort field "relevance" is not allowed; use one of: name, createdAt',
    );
  });

  it('drops a search of blanks, and with it the relevance order', () => {
    expect(parseListQuery({ filter: '{"q":"  "}' }, spec)).toEqual({ sort: ['name', 'ASC'], range: [0, 24], filter: {} });
  });

  it('refuses a NUL character in a filter value, naming the filter', () => {
    expect(messageOf(() => parseListQuery({ filter: '{"q":"a\\u0000b"}' }, spec))).toBe('filter.q must not contain a NUL character');
  });
});
