import { getSchemaPath, type OpenAPIObject, type OperationObject, type ReferenceObject, type SchemaObject } from '@nestjs/swagger';
import { ErrorResponseDto } from '../common/error-response.dto.js';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

interface Convention {
  status: string;
  description: string;
  applies: (operation: OperationObject, path: string) => boolean;
}

const requiresLogin = (operation: OperationObject): boolean => (operation.security ?? []).length > 0;
const hasPathParameter = (path: string): boolean => /\{\w+\}/.test(path);
const takesInput = (operation: OperationObject, path: string): boolean =>
  operation.requestBody !== undefined ||
  (operation.parameters ?? []).some((parameter) => !('$ref' in parameter) && parameter.in !== 'header') ||
  hasPathParameter(path);

/**
 * The error answers a route gives by what it is, not by what its handler does:
 * the validation pipe, the access guard, the record lookup of `:id` routes and
 * the body parser stand in front of every handler of their kind. Answers that
 * depend on the handler (409, 423, 429) are declared on the route itself.
 */
const CONVENTIONS: readonly Convention[] = [
  { status: '400', description: 'Invalid input (body, query or path parameter); `field` names it when one field is at fault', applies: takesInput },
  { status: '401', description: 'Not logged in, or the token expired', applies: requiresLogin },
  { status: '403', description: 'The role of the caller may not do this', applies: requiresLogin },
  { status: '404', description: 'No such record, or none that the caller may see', applies: (_operation, path) => hasPathParameter(path) },
  { status: '413', description: 'The body is larger than the server accepts', applies: (operation) => operation.requestBody !== undefined },
];

const isReference = (value: object): value is ReferenceObject => '$ref' in value;

/**
 * Completes every operation of the document with the error answers its kind
 * of route gives, and gives every error answer the one error body schema.
 */
export function documentErrorResponses(document: OpenAPIObject): OpenAPIObject {
  const errorSchema: ReferenceObject = { $ref: getSchemaPath(ErrorResponseDto) };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      for (const convention of CONVENTIONS) {
        if (convention.applies(operation, path) && !Object.hasOwn(operation.responses, convention.status)) {
          operation.responses[convention.status] = { description: convention.description };
        }
      }
      for (const [status, response] of Object.entries(operation.responses)) {
        if (!response || isReference(response) || !/^4\d\d$/.test(status) || response.content) continue;
        response.content = { 'application/json': { schema: errorSchema } };
      }
    }
  }
  return document;
}

const COMPONENT_PREFIX = '#/components/schemas/';

function referencedSchemas(
  schema: SchemaObject | ReferenceObject | undefined,
  found: Set<string>,
  components: Record<string, SchemaObject | ReferenceObject>,
): void {
  if (!schema) return;
  if (isReference(schema)) {
    if (!schema.$ref.startsWith(COMPONENT_PREFIX)) return;
    const name = schema.$ref.slice(COMPONENT_PREFIX.length);
    if (found.has(name) || !Object.hasOwn(components, name)) return;
    found.add(name);
    referencedSchemas(components[name], found, components);
    return;
  }
  const nested: Array<SchemaObject | ReferenceObject | undefined> = [
    ...Object.values(schema.properties ?? {}),
    ...(schema.allOf ?? []),
    ...(schema.oneOf ?? []),
    ...(schema.anyOf ?? []),
    schema.items,
    typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined,
  ];
  for (const child of nested) referencedSchemas(child, found, components);
}

/**
 * Response bodies are built by mappers that write exactly the declared fields,
 * so their schemas are closed: a client can tell the staff view of a record
 * from the public one, and a field that appears undeclared is a leak the
 * contract tests see. Request schemas stay as they are.
 */
export function closeResponseSchemas(document: OpenAPIObject): OpenAPIObject {
  const components = document.components?.schemas ?? {};
  const inResponses = new Set<string>();
  const inRequests = new Set<string>();
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      for (const response of Object.values(operation.responses)) {
        if (!response || isReference(response)) continue;
        for (const media of Object.values(response.content ?? {})) referencedSchemas(media.schema, inResponses, components);
      }
      const body = operation.requestBody;
      if (body && !isReference(body)) {
        for (const media of Object.values(body.content)) referencedSchemas(media.schema, inRequests, components);
      }
    }
  }
  for (const name of inResponses) {
    const schema = components[name];
    if (inRequests.has(name) || isReference(schema)) continue;
    if (schema.properties && schema.additionalProperties === undefined) schema.additionalProperties = false;
  }
  return document;
}
