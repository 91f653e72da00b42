import { applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, type SchemaObject } from '@nestjs/swagger';
import type { ListSpec } from './list-spec.js';

/**
 * Documents a list endpoint: its element type (a DTO class, or a schema when
 * the element depends on the caller), its sort and filter fields, and the Content-Range header.
 */
export const ListEndpoint = (spec: ListSpec, item: Function | SchemaObject): MethodDecorator =>
  applyDecorators(
    ApiOkResponse({
      ...(typeof item === 'function' ? { type: [item] } : { schema: { type: 'array', items: item } }),
      description:
        `Sortable by: ${Object.keys(spec.sortable).join(', ')}. ` +
        `Filters: ${['id', ...(spec.search ? ['q'] : []), ...Object.keys(spec.filters)].join(', ')}.`,
      headers: { 'Content-Range': { description: `${spec.resource} start-end/total`, schema: { type: 'string' } } },
    }),
    ApiHeader({ name: 'Authorization', required: true, description: 'Bearer token' }),
  );
