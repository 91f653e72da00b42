import fc from 'fast-check';
import { PROTOTYPE_NAMES } from './routes.js';

/** A request body as sent on the wire: JSON text (not always valid JSON) and what it is, for failure reports. */
export interface RawBody {
  label: string;
  text: string;
}

const preview = (text: string): string => (text.length > 80 ? `${text.slice(0, 80)}… (${text.length} characters)` : text);

/** A body that prints itself briefly in fast-check's counterexamples, however long its text. */
export function rawBody(label: string, text: string): RawBody {
  return { label, text, [fc.toStringMethod]: () => `${label}: ${preview(text)}` } as RawBody;
}

export interface PropertySchema {
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: PropertySchema;
  minLength?: number;
  maxLength?: number;
  readOnly?: boolean;
}

export interface BodySchema {
  properties: Record<string, PropertySchema>;
  required: string[];
}

/** Real ids that a body may name, so that hostile values reach the services and not only the validators. */
export interface IdPool {
  countryId: string;
  workingGroupId: string;
  organizationIds: string[];
  personIds: string[];
}

export const DEEP_LEVELS = 5000;

const deepArray = (levels: number): string => `${'['.repeat(levels)}${']'.repeat(levels)}`;
const deepObject = (levels: number): string => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
const prototypeKeys = (value: string): string => `{${PROTOTYPE_NAMES.map((name) => `${JSON.stringify(name)}:${value}`).join(',')}}`;

/** Values to put in one field of an otherwise valid body. */
export const HOSTILE_FIELD_VALUES: readonly RawBody[] = [
  rawBody('null', 'null'),
  rawBody('a NUL inside text', JSON.stringify('Fuzz\u0000text')),
  rawBody('a number where text may be expected', '12345'),
  rawBody('text where a number or flag may be expected', '"12345"'),
  rawBody('a number too large for a double', '1e400'),
  rawBody('an integer past 2^53', '123456789012345678901234567890'),
  rawBody('an empty object', '{}'),
  rawBody('an object keyed by every Object.prototype name', prototypeKeys('"x"')),
  rawBody('a lone surrogate', '"\\ud800"'),
  rawBody('empty text', '""'),
  rawBody('60,000 characters', JSON.stringify('x'.repeat(60_000))),
];

/** Values nested thousands of levels deep, tried in one field of each body. */
export const DEEP_FIELD_VALUES: readonly RawBody[] = [
  rawBody(`an array ${DEEP_LEVELS} levels deep`, deepArray(DEEP_LEVELS)),
  rawBody(`an object ${DEEP_LEVELS} levels deep`, deepObject(DEEP_LEVELS)),
];

/** Whole bodies that no route expects. */
export const HOSTILE_BODIES: readonly RawBody[] = [
  ...DEEP_FIELD_VALUES.map((value) => rawBody(`a body that is ${value.label}`, value.text)),
  rawBody('a body keyed by every Object.prototype name', prototypeKeys('{"polluted":true}')),
  rawBody('a body setting __proto__', '{"__proto__":{"polluted":true,"role":"admin"}}'),
  rawBody('a body setting constructor.prototype', '{"constructor":{"prototype":{"polluted":true}}}'),
  rawBody('null', 'null'),
  rawBody('an array', '[{"name":"x"}]'),
  rawBody('a string', '"x"'),
  rawBody('a number', '1e400'),
  rawBody('truncated JSON', '{"name": '),
  rawBody('JSON with a trailing comma', '{"a":1,}'),
  rawBody('single-quoted pseudo-JSON', "{'a':1}"),
  rawBody('a NUL byte', '\u0000'),
  rawBody('the same key twice', '{"email":"a@fuzz.example.org","email":null}'),
];

let serial = 0;
const unique = (): number => (serial += 1);

/** A plausible valid value for a field, by its schema and, where the schema says little, by its name. */
export function validValue(name: string, schema: PropertySchema, pool: IdPool): unknown {
  if (schema.enum && schema.enum.length > 0) return schema.enum.find((value) => value !== null);
  if (schema.type === 'array') {
    if (!schema.items) return [];
    const item = validValue(name.replace(/Ids$/, 'Id').replace(/s$/, ''), schema.items, pool);
    return item === undefined ? [] : [item];
  }
  if (schema.type === 'boolean') return true;
  if (schema.type === 'number' || schema.type === 'integer') return 1;
  if (schema.format === 'uuid' || /Id$/.test(name)) {
    if (/country/i.test(name)) return pool.countryId;
    if (/workingGroup/i.test(name)) return pool.workingGroupId;
    if (/organization|into/i.test(name)) return pool.organizationIds[0];
    if (/person/i.test(name)) return pool.personIds[0];
    return `00000000-0000-4000-8000-${String(unique()).padStart(12, '0')}`;
  }
  if (schema.format === 'date') return '2024-01-15';
  if (schema.format === 'date-time') return new Date().toISOString();
  if (/email/i.test(name)) return `fuzz-${unique()}@fuzz.example.org`;
  if (/password/i.test(name)) return 'a long fuzz password 42';
  if (/website|url/i.test(name)) return 'https://fuzz.example.org';
  if (/phone/i.test(name)) return '+41 22 000 00 00';
  const text = `Fuzz text ${unique()}`;
  return schema.minLength && schema.minLength > text.length ? text.padEnd(schema.minLength, 'x') : text;
}

/** The required fields with valid values: the body that a hostile field is put into. */
export function minimalBody(schema: BodySchema, pool: IdPool): Record<string, unknown> {
  return Object.fromEntries(schema.required.map((name) => [name, validValue(name, schema.properties[name] ?? {}, pool)]));
}

/** A JSON object text with the entries given as raw JSON values, keys in order (duplicates and prototype names kept). */
export function objectText(entries: ReadonlyArray<readonly [string, string]>): string {
  return `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(',')}}`;
}

const hostileLeaf: fc.Arbitrary<RawBody> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_FIELD_VALUES) },
  { weight: 1, arbitrary: fc.constantFrom(...DEEP_FIELD_VALUES) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => rawBody('random JSON', JSON.stringify(value) ?? 'null')) },
  {
    weight: 2,
    arbitrary: fc.string({ unit: 'binary', maxLength: 40 }).map((text) => rawBody('random text', JSON.stringify(text))),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 1, max: 150_000 }).map((length) => rawBody(`${length} characters`, JSON.stringify('y'.repeat(length)))),
  },
);

const keyArbitrary = (known: readonly string[]): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 5, arbitrary: known.length > 0 ? fc.constantFrom(...known) : fc.constant('name') },
    { weight: 2, arbitrary: fc.constantFrom(...PROTOTYPE_NAMES) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );

/**
 * Random bodies for a route: its own fields with valid or hostile values,
 * unknown and prototype keys, whole hostile bodies, and random JSON.
 */
export function bodyArbitrary(schema: BodySchema | undefined, pool: IdPool): fc.Arbitrary<RawBody> {
  const known = Object.keys(schema?.properties ?? {});
  const fieldValue = (name: string): fc.Arbitrary<RawBody> =>
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(null).map(() => rawBody('valid', JSON.stringify(validValue(name, schema?.properties[name] ?? {}, pool)))) },
      { weight: 2, arbitrary: hostileLeaf },
    );
  const entry = keyArbitrary(known).chain((key) => fieldValue(key).map((value) => [key, value] as const));
  const mixedObject = fc.array(entry, { maxLength: 8 }).map((entries) => {
    const base = schema ? Object.entries(minimalBody(schema, pool)).map(([key, value]) => [key, JSON.stringify(value)] as const) : [];
    const added = entries.map(([key, value]) => [key, value.text] as const);
    return rawBody(`fields ${entries.map(([key, value]) => `${key}=${value.label}`).join(', ') || '(none)'}`, objectText([...base, ...added]));
  });
  return fc.oneof(
    { weight: 6, arbitrary: mixedObject },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_BODIES) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => rawBody('random JSON', JSON.stringify(value) ?? 'null')) },
    { weight: 1, arbitrary: fc.integer({ min: 1000, max: 6000 }).map((levels) => rawBody(`a body ${levels} levels deep`, deepArray(levels))) },
  );
}

/** What a list route sorts and filters by, as far as the fuzzer knows it. */
export interface ListFields {
  sort: readonly string[];
  filter: readonly string[];
}

const jsonText = (value: unknown): string => JSON.stringify(value) ?? 'null';

/** `sort`, `range` and `filter` query parameters: valid, malformed and hostile. */
export function listQueryArbitrary(fields: ListFields, pool: IdPool): fc.Arbitrary<Record<string, string>> {
  const fieldName = (known: readonly string[]): fc.Arbitrary<string> =>
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...known, 'id') },
      { weight: 3, arbitrary: fc.constantFrom(...PROTOTYPE_NAMES) },
      { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
    );
  const filterValue: fc.Arbitrary<unknown> = fc.oneof(
    fc.constantFrom(
      'food',
      'Fuzz\u0000text',
      '\u0000',
      '%',
      '_',
      '\\',
      "'; DROP TABLE people; --",
      '2024-01-15',
      'x'.repeat(201),
      pool.countryId,
      pool.organizationIds[0],
    ),
    fc.constant([pool.personIds[0], pool.organizationIds[0]]),
    fc.jsonValue({ maxDepth: 2 }),
    fc.boolean(),
    fc.constant(null),
    fc.constant({ __proto__: null, polluted: true }),
  );
  const sort = fc.oneof(
    fc.tuple(fieldName(fields.sort), fc.constantFrom('ASC', 'DESC', 'asc', 'sideways', '')).map(jsonText),
    fc.constantFrom('["name"]', '["name","ASC","x"]', '[1,2]', '{}', 'null', '[', '["__proto__","ASC"]', '%00'),
  );
  const range = fc.oneof(
    fc.tuple(fc.integer({ min: -5, max: 2000 }), fc.integer({ min: -5, max: 2000 })).map(jsonText),
    fc.constantFrom('[0,1e400]', '[0.5,3]', '["0","9"]', '[0]', '[]', '{}', '[0,9007199254740993]', '[', 'null'),
  );
  const filter = fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .array(fc.tuple(fieldName(['q', ...fields.filter]), filterValue), { maxLength: 4 })
        .map((entries) => objectText(entries.map(([key, value]) => [key, jsonText(value)]))),
    },
    // Not as deep as bodies: a query string past 16 kB is refused by Node's HTTP parser before the application sees it.
    { weight: 1, arbitrary: fc.constantFrom('{', 'null', '[]', '"q"', '{"q":"\u0000"}', '{"q":{"$ne":1}}', prototypeKeys('"x"'), deepObject(800)) },
  );
  return fc
    .record({ sort, range, filter }, { requiredKeys: [] })
    .map((query) => Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined)) as Record<string, string>);
}
