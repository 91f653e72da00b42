import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type request from 'supertest';

interface Media {
  schema?: object;
}
interface Response {
  description: string;
  content?: Record<string, Media>;
}
interface Operation {
  security?: unknown[];
  responses: Record<string, Response>;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, object> };
}

/** The document's path of a route given with Nest's `:param` placeholders. */
export const documentPath = (nestPath: string): string => nestPath.replace(/:(\w+)/g, '{$1}');

/**
 * Checks real responses against an OpenAPI document: the status must be one
 * the operation lists, and a JSON body must match the schema of that status.
 */
export class OpenApiValidator {
  private readonly ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  private readonly compiled = new Map<object, ValidateFunction>();
  private count = 0;

  constructor(readonly document: OpenApiDocument) {
    addFormats.default(this.ajv);
    this.ajv.addFormat('binary', true);
  }

  /** Compiles a schema of the document; its `#/components/...` references resolve in the document's components. */
  validatorFor(schema: object): ValidateFunction {
    const cached = this.compiled.get(schema);
    if (cached) return cached;
    this.count += 1;
    const validate = this.ajv.compile({ $id: `https://openapi.test/schema-${this.count}`, ...schema, components: this.document.components });
    this.compiled.set(schema, validate);
    return validate;
  }

  componentValidator(name: string): ValidateFunction {
    const schema = this.document.components.schemas[name];
    if (!schema) throw new Error(`No component schema ${name}`);
    return this.validatorFor(schema);
  }

  /** What is wrong with this response by the document, or undefined. */
  problemOf(method: string, nestPath: string, response: request.Response): string | undefined {
    const key = `${method.toUpperCase()} ${nestPath}`;
    const path = documentPath(nestPath);
    const operation = Object.hasOwn(this.document.paths, path) ? this.document.paths[path][method.toLowerCase()] : undefined;
    if (!operation) return `${key} is not in the document`;
    const status = String(response.status);
    const documented = Object.hasOwn(operation.responses, status) ? operation.responses[status] : undefined;
    if (!documented) return `${key} answered ${status}, which its documentation does not list (it lists ${Object.keys(operation.responses).join(', ')})`;
    const type = String(response.headers['content-type'] ?? '')
      .split(';')[0]
      .trim();
    if (!type) return undefined;
    const media = documented.content && Object.hasOwn(documented.content, type) ? documented.content[type] : undefined;
    if (!media) return `${key} answered ${status} as ${type}, which its documentation does not describe`;
    if (type !== 'application/json') return undefined;
    if (!media.schema) return `${key} documents no schema for ${status}`;
    const validate = this.validatorFor(media.schema);
    if (validate(response.body)) return undefined;
    return `${key} ${status} does not match its schema: ${this.ajv.errorsText(validate.errors)}`;
  }
}
