import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ownValue } from '../common/own-property.js';
import { sortColumn, type FilterField, type ListQuery, type ListSpec } from './list-spec.js';

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

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
      query.andWhere(`${field.column} ILIKE :${parameter}`, { [parameter]: `%${escapeLike(String(value))}%` });
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

/** Adds the filters of a checked ListQuery to a query (without paging or sorting). */
export function applyFilters(query: SelectQueryBuilder<ObjectLiteral>, spec: ListSpec, list: ListQuery): void {
  for (const [name, value] of Object.entries(list.filter)) {
    if (name === 'q') spec.search?.(query, String(value));
    else if (name === 'id') query.andWhere(`${spec.idColumn} IN (:...filter_ids)`, { filter_ids: value });
    else {
      const field = ownValue(spec.filters, name);
      if (field) applyFilter(query, name, field, value);
    }
  }
}

/** Filters, sorts and pages a query; returns the page and the total matching rows. */
export async function runListQuery<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  spec: ListSpec,
  list: ListQuery,
): Promise<{ items: T[]; total: number }> {
  applyFilters(query as SelectQueryBuilder<ObjectLiteral>, spec, list);
  const [field, order] = list.sort;
  const [start, end] = list.range;
  query
    // Empty values last in both directions, as spreadsheets do: "newest members first" must not start with applicants.
    .orderBy(sortColumn(spec, field), order, 'NULLS LAST')
    .addOrderBy(spec.idColumn, order)
    .offset(start)
    .limit(end - start + 1);
  const [items, total] = await query.getManyAndCount();
  return { items, total };
}
