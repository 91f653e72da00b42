import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ownValue } from '../common/own-property.js';

export type SortOrder = 'ASC' | 'DESC';

/** How one filter field turns into SQL; `column` is an SQL expression on the query's alias. */
export type FilterField =
  | { kind: 'equals'; column: string; values?: readonly string[] }
  | { kind: 'uuid'; column: string }
  | { kind: 'boolean'; column: string }
  | { kind: 'text'; column: string }
  | { kind: 'dateFrom'; column: string }
  | { kind: 'dateTo'; column: string }
  | { kind: 'arrayContains'; column: string; values?: readonly string[] }
  | {
      kind: 'custom';
      /** Validates the raw value; returns an error message or undefined. */
      check: (value: unknown) => string | undefined;
      apply: (query: SelectQueryBuilder<ObjectLiteral>, value: unknown, parameter: string) => void;
    };

/**
 * How `q` searches a list (see text-search.ts). The searched text is folded
 * by `public.immutable_unaccent(lower(…))`, fields joined by newlines: on the
 * large tables a stored generated column `search_text` with a trigram index,
 * on small ones the same expression computed per row.
 */
export interface TextSearch {
  /** SQL of the folded text on the query's alias. */
  text: string;
  /** When nothing contains the term, return rows with a similar word instead (pg_trgm word similarity). */
  similar?: boolean;
  /** Columns that also match when they equal the term in capitals, e.g. ISO codes. */
  codes?: readonly string[];
}

/**
 * What a list endpoint allows: the fields it sorts and filters by (anything
 * else is refused with a 400) and how `q` searches. A list that searches can
 * also be sorted by `relevance`.
 */
export interface ListSpec {
  /** The resource name used in the Content-Range header. */
  resource: string;
  /** The id column, for `filter.id` arrays and as the last sort key (stable pages). */
  idColumn: string;
  sortable: Record<string, string>;
  filters: Record<string, FilterField>;
  defaultSort: [string, SortOrder];
  search?: TextSearch;
}

/** A parsed, validated list request. */
export interface ListQuery {
  sort: [string, SortOrder];
  range: [number, number];
  filter: Record<string, unknown>;
}

export const MAX_PAGE_SIZE = 1000;
export const DEFAULT_PAGE_SIZE = 25;

/**
 * Up to this many matching rows a list counts them exactly; above it the
 * total is PostgreSQL's estimate. Counting stops after this many rows, so an
 * unfiltered page of 300,000 people costs a few milliseconds, not a full scan.
 */
export const EXACT_COUNT_LIMIT = 10_000;

/** The sort field of lists that search: best matches first in DESC order. */
export const RELEVANCE = 'relevance';

/** The SQL expression a checked sort field orders by; the id column for React-Admin's fallback `id`. */
export const sortColumn = (spec: ListSpec, field: string): string => ownValue(spec.sortable, field) ?? spec.idColumn;
