import { describe, expect, it } from '@jest/globals';
import type { OpenAPIObject } from '@nestjs/swagger';
import { closeResponseSchemas, documentErrorResponses } from './document-error-responses.js';

const ERROR = { 'application/json': { schema: { $ref: '#/components/schemas/ErrorResponseDto' } } };

function documentOf(paths: OpenAPIObject['paths'], schemas: Record<string, object> = {}): OpenAPIObject {
  return { openapi: '3.0.0', info: { title: 'test', version: '1' }, paths, components: { schemas } };
}

describe('documentErrorResponses', () => {
  it('gives a logged-in route on one record 400, 401, 403 and 404 with the error body', () => {
    const document = documentErrorResponses(
      documentOf({
        '/api/things/{id}': {
          get: {
            security: [{ bearer: [] }],
            parameters: [{ name: 'id', in: 'path', required: true }],
            responses: { '200': { description: 'The thing' } },
          },
        },
      }),
    );
    const responses = document.paths['/api/things/{id}'].get?.responses ?? {};
    expect(Object.keys(responses).sort()).toEqual(['200', '400', '401', '403', '404']);
    for (const status of ['400', '401', '403', '404']) expect(responses[status]).toMatchObject({ content: ERROR });
    expect(responses['200']).toEqual({ description: 'The thing' });
  });

  it('gives a public route with a body 400 and 413 but no 401, 403 or 404, and keeps the descriptions a route declared', () => {
    const document = documentErrorResponses(
      documentOf({
        '/api/forms': {
          post: {
            requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
            responses: { '201': { description: 'Received' }, '429': { description: 'Too many forms' } },
          },
        },
      }),
    );
    const responses = document.paths['/api/forms'].post?.responses ?? {};
    expect(Object.keys(responses).sort()).toEqual(['201', '400', '413', '429']);
    expect(responses['429']).toEqual({ description: 'Too many forms', content: ERROR });
  });

  it('adds nothing to a public route without input, and leaves a 5xx body as its route describes it', () => {
    const health = { type: 'object', properties: { status: { type: 'string' } } };
    const document = documentErrorResponses(
      documentOf({
        '/api/health': {
          get: { responses: { '200': { description: 'Up' }, '503': { description: 'Down', content: { 'application/json': { schema: health } } } } },
        },
      }),
    );
    expect(document.paths['/api/health'].get?.responses).toEqual({
      '200': { description: 'Up' },
      '503': { description: 'Down', content: { 'application/json': { schema: health } } },
    });
  });

  it('counts a query parameter as input but not a header', () => {
    const document = documentErrorResponses(
      documentOf({
        '/api/list': { get: { parameters: [{ name: 'sort', in: 'query' }], responses: { '200': { description: 'A page' } } } },
        '/api/me': { get: { parameters: [{ name: 'Authorization', in: 'header' }], responses: { '200': { description: 'Me' } } } },
      }),
    );
    expect(Object.keys(document.paths['/api/list'].get?.responses ?? {})).toContain('400');
    expect(Object.keys(document.paths['/api/me'].get?.responses ?? {})).not.toContain('400');
  });
});

describe('closeResponseSchemas', () => {
  it('closes the schemas that responses use, through arrays, oneOf and nested properties, and no request schema', () => {
    const schemas = {
      Staff: { type: 'object', properties: { id: { type: 'string' }, email: { type: 'string' } } },
      Public: { type: 'object', properties: { id: { type: 'string' }, owner: { $ref: '#/components/schemas/Owner' } } },
      Owner: { type: 'object', properties: { name: { type: 'string' } } },
      Create: { type: 'object', properties: { name: { type: 'string' } } },
      Open: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: true },
    };
    const document = closeResponseSchemas(
      documentOf(
        {
          '/api/things': {
            get: {
              responses: {
                '200': {
                  description: 'Either view',
                  content: {
                    'application/json': {
                      schema: { type: 'array', items: { oneOf: [{ $ref: '#/components/schemas/Staff' }, { $ref: '#/components/schemas/Public' }] } },
                    },
                  },
                },
              },
            },
            post: {
              requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Create' } } } },
              responses: { '201': { description: 'Made', content: { 'application/json': { schema: { $ref: '#/components/schemas/Open' } } } } },
            },
          },
        },
        schemas,
      ),
    );
    const closed = Object.entries(document.components?.schemas ?? {})
      .filter(([, schema]) => (schema as { additionalProperties?: unknown }).additionalProperties === false)
      .map(([name]) => name)
      .sort();
    expect(closed).toEqual(['Owner', 'Public', 'Staff']);
  });
});
