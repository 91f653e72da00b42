import type { components } from './schema.gen';

/** A body the API sends or takes, by its name in the OpenAPI document (schema.gen.ts, generated). */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];
