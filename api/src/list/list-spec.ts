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
 * What a list endpoint allows: the fields it sorts and filters by (anything
 * else is refused with a 400) and how `q` searches.
 */
export interface ListSpec {
  /** The resource name used in the Content-Range header. */
  resource: string;
  /** The id column, for `filter.id` arrays and as the last sort key (stable pages). */
  idColumn: string;
  sortable: Record<string, string>;
  filters: Record<string, FilterField>;
  defaultSort: [string, SortOrder];
  search?: (query: SelectQueryBuilder<ObjectLiteral>, term: string) => void;
}

/** A parsed, validated list request. */
export interface ListQuery {
  sort: [string, SortOrder];
  range: [number, number];
  filter: Record<string, unknown>;
}

export const MAX_PAGE_SIZE = 1000;
export const DEFAULT_PAGE_SIZE = 25;

/** The SQL expression a checked sort field orders by; the id column for React-Admin's fallback `id`. */
export const sortColumn = (spec: ListSpec, field: string): string => ownValue(spec.sortable, field) ?? spec.idColumn;
