import { DomainException } from '../common/domain.exception.js';
import { findShapeProblem, shapeMessage } from '../common/input-shape.js';
import { emptyRecord, ownValue } from '../common/own-property.js';
import { DEFAULT_PAGE_SIZE, FilterField, ListQuery, ListSpec, MAX_PAGE_SIZE, RELEVANCE, SortOrder } from './list-spec.js';

export interface RawListQuery {
  sort?: string;
  range?: string;
  filter?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

const invalid = (field: string, message: string): DomainException => new DomainException('bad_list_query', { field }, message, field);

function parseJson(name: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw invalid(name, `${name} is not valid JSON`);
  }
}

function parseSort(text: string | undefined, spec: ListSpec, searching: boolean): [string, SortOrder] {
  // Someone who searches and names no order wants the best matches first.
  if (text === undefined) return searching ? [RELEVANCE, 'DESC'] : spec.defaultSort;
  const value = parseJson('sort', text);
  if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== 'string' || typeof value[1] !== 'string') {
    throw invalid('sort', 'sort must be ["field","ASC"|"DESC"]');
  }
  const [field, order] = value as [string, string];
  const relevance = spec.search !== undefined && field === RELEVANCE;
  // React-Admin sorts by id when a list names no order; every list can oblige.
  if (field !== 'id' && !relevance && ownValue(spec.sortable, field) === undefined) {
    const allowed = [...Object.keys(spec.sortable), ...(spec.search ? [RELEVANCE] : [])];
    throw invalid('sort', `sort field "${field}" is not allowed; use one of: ${allowed.join(', ')}`);
  }
  const upper = order.toUpperCase();
  if (upper !== 'ASC' && upper !== 'DESC') throw invalid('sort', 'sort order must be ASC or DESC');
  return [field, upper];
}

function parseRange(text: string | undefined, ids: unknown[] | undefined): [number, number] {
  if (text === undefined) return [0, (ids ? Math.max(ids.length, 1) : DEFAULT_PAGE_SIZE) - 1];
  const value = parseJson('range', text);
  if (!Array.isArray(value) || value.length !== 2 || !value.every((n) => Number.isInteger(n))) {
    throw invalid('range', 'range must be [start,end] with whole numbers');
  }
  const [start, end] = value as [number, number];
  if (start < 0 || end < 0) throw invalid('range', 'range must not be negative');
  if (end < start) throw invalid('range', 'range end must not be before its start');
  if (end - start + 1 > MAX_PAGE_SIZE) throw invalid('range', `a page holds at most ${MAX_PAGE_SIZE} rows`);
  return [start, end];
}

function checkFilterValue(name: string, field: FilterField, value: unknown): string | undefined {
  const oneOf = (values: readonly string[] | undefined, v: unknown): boolean => !values || values.includes(String(v));
  switch (field.kind) {
    case 'equals': {
      const list = Array.isArray(value) ? value : [value];
      if (list.length === 0 || !list.every((v) => typeof v === 'string' || typeof v === 'number')) return `filter ${name} must be a value or a list of values`;
      if (!list.every((v) => oneOf(field.values, v))) return `filter ${name} must be one of: ${field.values?.join(', ')}`;
      return undefined;
    }
    case 'arrayContains':
      if (typeof value !== 'string') return `filter ${name} must be a single value`;
      return oneOf(field.values, value) ? undefined : `filter ${name} must be one of: ${field.values?.join(', ')}`;
    case 'uuid': {
      const list = Array.isArray(value) ? value : [value];
      return list.length > 0 && list.every((v) => typeof v === 'string' && UUID.test(v)) ? undefined : `filter ${name} must be a UUID or a list of UUIDs`;
    }
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `filter ${name} must be true or false`;
    case 'text':
      return typeof value === 'string' && value.length <= 200 ? undefined : `filter ${name} must be text of at most 200 characters`;
    case 'dateFrom':
    case 'dateTo':
      return typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(value)) ? undefined : `filter ${name} must be a date (YYYY-MM-DD)`;
    case 'custom':
      return field.check(value);
  }
}

function parseFilter(text: string | undefined, spec: ListSpec): Record<string, unknown> {
  if (text === undefined) return {};
  const value = parseJson('filter', text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid('filter', 'filter must be a JSON object');
  const problem = findShapeProblem(value, 'filter');
  // Keys are checked against the list's own filters below, with a message that names the allowed ones.
  if (problem && problem.kind !== 'reserved-key') throw invalid(problem.kind === 'depth' ? 'filter' : problem.path, shapeMessage(problem));
  const filter = emptyRecord<unknown>();
  for (const [name, raw] of Object.entries(value)) {
    if (raw === null || raw === undefined || raw === '') continue;
    if (name === 'q') {
      if (typeof raw !== 'string' || raw.length > 200) throw invalid('filter.q', 'filter q must be text of at most 200 characters');
      if (!spec.search) throw invalid('filter.q', 'this list has no search');
      if (raw.trim() !== '') filter.q = raw.trim();
      continue;
    }
    if (name === 'id') {
      const ids = Array.isArray(raw) ? raw : [raw];
      if (ids.length > MAX_PAGE_SIZE) throw invalid('filter.id', `filter id takes at most ${MAX_PAGE_SIZE} ids`);
      if (!ids.every((id) => typeof id === 'string' && UUID.test(id))) throw invalid('filter.id', 'filter id must be a UUID or a list of UUIDs');
      filter.id = ids;
      continue;
    }
    const field = ownValue(spec.filters, name);
    if (!field) {
      const allowed = ['q', 'id', ...Object.keys(spec.filters)].filter((key) => key !== 'q' || spec.search);
      throw invalid(`filter.${name}`, `filter field "${name}" is not allowed; use one of: ${allowed.join(', ')}`);
    }
    const problem = checkFilterValue(name, field, raw);
    if (problem) throw invalid(`filter.${name}`, problem);
    filter[name] = raw;
  }
  return filter;
}

/** Turns React-Admin's simple-REST `sort`, `range` and `filter` parameters into a checked ListQuery. */
export function parseListQuery(raw: RawListQuery, spec: ListSpec): ListQuery {
  const filter = parseFilter(raw.filter, spec);
  return {
    filter,
    sort: parseSort(raw.sort, spec, filter.q !== undefined),
    range: parseRange(raw.range, filter.id as unknown[] | undefined),
  };
}
