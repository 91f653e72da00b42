import { applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiOkResponse } from '@nestjs/swagger';
import type { ListSpec } from './list-spec.js';

/** Documents a list endpoint: its element type, its sort and filter fields, and the Content-Range header. */
export const ListEndpoint = (spec: ListSpec, type: Function): MethodDecorator =>
  applyDecorators(
    ApiOkResponse({
      type: [type],
      description:
        `Sortable by: ${Object.keys(spec.sortable).join(', ')}. ` +
        `Filters: ${['id', ...(spec.search ? ['q'] : []), ...Object.keys(spec.filters)].join(', ')}.`,
      headers: { 'Content-Range': { description: `${spec.resource} start-end/total`, schema: { type: 'string' } } },
    }),
    ApiHeader({ name: 'Authorization', required: true, description: 'Bearer token' }),
  );
