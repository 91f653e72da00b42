import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ownValue } from '../common/own-property.js';
import { EXACT_COUNT_LIMIT, RELEVANCE, sortColumn, type FilterField, type ListQuery, type ListSpec, type TextSearch } from './list-spec.js';
import type { ListTotal } from './paginated.js';
import { applySearch, containsPattern, relevanceOf, searchCondition, searchParameters, type SearchMode } from './text-search.js';

function applyFilter(query: SelectQueryBuilder<ObjectLiteral>, name: string, field: FilterField, value: unknown): void {
  const parameter = `filter_${name.replace(/\W/g, '_')}`;
  switch (field.kind) {
    case 'equals':
    case 'uuid':
      if (Array.isArray(value)) query.andWhere(`${field.column} IN (:...${parameter})`, { [parameter]: value });
      else query.andWhere(`${field.column} = :${parameter}`, { [parameter]: value });
      return;
    case 'boolean':
      query.andWhere(`${field.column} = :${parameter}`, { [parameter]: value });
      return;
    case 'text':
      query.andWhere(`${field.column} ILIKE ${containsPattern(`CAST(:${parameter} AS text)`)}`, { [parameter]: String(value) });
      return;
    case 'arrayContains':
      // `@>` rather than `= ANY(…)`: only containment can use the column's GIN index.
      query.andWhere(`${field.column} @> ARRAY[:${parameter}]::text[]`, { [parameter]: value });
      return;
    case 'dateFrom':
      query.andWhere(`${field.column} >= :${parameter}`, { [parameter]: value });
      return;
    case 'dateTo':
      query.andWhere(`${field.column} <= :${parameter}`, { [parameter]: value });
      return;
    case 'custom':
      field.apply(query, value, parameter);
      return;
  }
}

/** The list's search and the term of a checked ListQuery, when the list searches and a term was given. */
function activeSearch(spec: ListSpec, list: ListQuery): { search: TextSearch; term: string } | undefined {
  const term = list.filter.q;
  return spec.search && typeof term === 'string' && term !== '' ? { search: spec.search, term } : undefined;
}

/** Adds the filters of a checked ListQuery to a query (without paging or sorting). */
export function applyFilters(query: SelectQueryBuilder<ObjectLiteral>, spec: ListSpec, list: ListQuery, mode: SearchMode = 'contains'): void {
  const active = activeSearch(spec, list);
  if (active) applySearch(query, active.search, active.term, mode);
  for (const [name, value] of Object.entries(list.filter)) {
    if (name === 'q') continue;
    if (name === 'id') query.andWhere(`${spec.idColumn} IN (:...filter_ids)`, { filter_ids: value });
    else {
      const field = ownValue(spec.filters, name);
      if (field) applyFilter(query, name, field, value);
    }
  }
}

/**
 * Orders a filtered query as the ListQuery asks, the id last so that pages
 * are stable. `relevance` puts the best matches first (DESC) and breaks ties
 * by the list's default order.
 */
export function applyListOrder(query: SelectQueryBuilder<ObjectLiteral>, spec: ListSpec, list: ListQuery, mode: SearchMode = 'contains'): void {
  const active = activeSearch(spec, list);
  const search = active?.search;
  if (active) query.setParameters(searchParameters(active.term));
  const [requested, requestedOrder] = list.sort;
  const [field, order] = requested === RELEVANCE ? spec.defaultSort : [requested, requestedOrder];
  query.orderBy();
  if (search && requested === RELEVANCE) {
    query.addOrderBy(relevanceOf(search, mode), requestedOrder);
  } else if (search) {
    // True on every row found, so the order is the one asked for; but a computed
    // first key keeps PostgreSQL from walking the sort column's index and testing
    // rows one by one until a page is full, which for a common word ("initiative"
    // sorted by name, 100,000 organizations) read 56,000 rows in 0.3–0.8 s where
    // the trigram index and a sort of the 2,700 matches take 10–20 ms.
    query.addOrderBy(searchCondition(search, mode), 'DESC');
  }
  // Empty values last in both directions, as spreadsheets do: "newest members first" must not start with applicants.
  query.addOrderBy(sortColumn(spec, field), order, 'NULLS LAST').addOrderBy(spec.idColumn, order);
}

/** PostgreSQL's estimate of the rows a query returns, from its plan. */
async function estimateRows(query: SelectQueryBuilder<ObjectLiteral>): Promise<number> {
  const [sql, parameters] = query.getQueryAndParameters();
  const [row]: Array<{ 'QUERY PLAN': unknown }> = await query.connection.query(`EXPLAIN (FORMAT JSON) ${sql}`, parameters);
  const raw = row?.['QUERY PLAN'];
  const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Array<{ Plan: { 'Plan Rows': number } }>;
  return plan[0]?.Plan['Plan Rows'] ?? 0;
}

/**
 * The total of a filtered query (which it changes into its count): exact up
 * to EXACT_COUNT_LIMIT, else the planner's estimate rounded to two
 * significant digits, so that it does not look exact. A second attempt
 * (similar words) counts exactly: its matches are few, and capping its count
 * makes PostgreSQL prefer a sequential scan computing similarity on every row.
 */
async function countTotal(query: SelectQueryBuilder<ObjectLiteral>, mode: SearchMode): Promise<ListTotal> {
  query
    .select('1')
    .orderBy()
    .offset(undefined)
    .limit(mode === 'similar' ? undefined : EXACT_COUNT_LIMIT + 1);
  const [sql, parameters] = query.getQueryAndParameters();
  const [{ count }]: Array<{ count: number }> = await query.connection.query(`SELECT count(*)::int AS count FROM (${sql}) AS matches`, parameters);
  if (count <= EXACT_COUNT_LIMIT || mode === 'similar') return { count, estimated: false };
  const estimate = Number((await estimateRows(query.limit(undefined))).toPrecision(2));
  return { count: Math.max(estimate, EXACT_COUNT_LIMIT + 1), estimated: true };
}

/** One attempt at a page: the base query is left as it was, for a second attempt. */
async function fetchPage<T extends ObjectLiteral, R>(
  base: SelectQueryBuilder<T>,
  spec: ListSpec,
  list: ListQuery,
  mode: SearchMode,
  present: (items: T[]) => R[] | Promise<R[]>,
): Promise<{ items: R[]; total: ListTotal }> {
  const page = base.clone();
  applyFilters(page, spec, list, mode);
  const counting = page.clone() as SelectQueryBuilder<ObjectLiteral>;
  applyListOrder(page, spec, list, mode);
  const [start, end] = list.range;
  page.offset(start).limit(end - start + 1);
  // What the page needs besides its rows (links, names) is read while the total is counted.
  const [items, total] = await Promise.all([page.getMany().then(present), countTotal(counting, mode)]);
  // An estimate must not contradict the rows the caller was just sent.
  if (total.estimated) total.count = Math.max(total.count, start + items.length);
  return { items, total };
}

/**
 * Filters, sorts and pages a query; returns the page and the total matching
 * rows. A search that finds nothing is tried again for similar words, so that
 * "Sindicat" finds "Syndicat" without mixing near misses into real matches.
 */
export async function runListQuery<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  spec: ListSpec,
  list: ListQuery,
): Promise<{ items: T[]; total: ListTotal }> {
  return runPresentedListQuery(query, spec, list, (items) => items);
}

/**
 * runListQuery, with the page's rows turned into what the list answers
 * (`present`, e.g. loading each row's links) while the total is still being
 * counted: one round trip less on the way of every list request.
 */
export async function runPresentedListQuery<T extends ObjectLiteral, R>(
  query: SelectQueryBuilder<T>,
  spec: ListSpec,
  list: ListQuery,
  present: (items: T[]) => R[] | Promise<R[]>,
): Promise<{ items: R[]; total: ListTotal }> {
  const found = await fetchPage(query, spec, list, 'contains', present);
  if (found.total.count > 0 || !activeSearch(spec, list)?.search.similar) return found;
  return fetchPage(query, spec, list, 'similar', present);
}
