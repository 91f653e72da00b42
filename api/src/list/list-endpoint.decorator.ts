import { applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, type SchemaObject } from '@nestjs/swagger';
import { TOTAL_ESTIMATED_HEADER } from './content-range.interceptor.js';
import { EXACT_COUNT_LIMIT, RELEVANCE, type ListSpec } from './list-spec.js';

/**
 * Documents a list endpoint: its element type (a DTO class, or a schema when
 * the element depends on the caller), its sort and filter fields, and the Content-Range header.
 */
export const ListEndpoint = (spec: ListSpec, item: Function | SchemaObject): MethodDecorator =>
  applyDecorators(
    ApiOkResponse({
      ...(typeof item === 'function' ? { type: [item] } : { schema: { type: 'array', items: item } }),
      description:
        `Sortable by: ${[...Object.keys(spec.sortable), ...(spec.search ? [RELEVANCE] : [])].join(', ')}. ` +
        `Filters: ${['id', ...(spec.search ? ['q'] : []), ...Object.keys(spec.filters)].join(', ')}.` +
        (spec.search ? ' A search (q) ignores accents and case; with no sort named it is sorted by relevance, best first.' : ''),
      headers: {
        'Content-Range': { description: `${spec.resource} start-end/total`, schema: { type: 'string' } },
        [TOTAL_ESTIMATED_HEADER]: {
          description: `true when more than ${EXACT_COUNT_LIMIT.toLocaleString('en-US')} rows match and the total is PostgreSQL's estimate`,
          schema: { type: 'string', enum: ['true'] },
        },
      },
    }),
    ApiHeader({ name: 'Authorization', required: true, description: 'Bearer token' }),
  );
