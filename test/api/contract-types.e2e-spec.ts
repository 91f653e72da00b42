import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { OpenAPIObject } from '@nestjs/swagger';
import request from 'supertest';
import { CONTRACT_TYPES_FILE, renderContractTypes } from '../../api/src/openapi/contract-types.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The first line where two texts part, to point at the drift rather than print 200 KB. */
const firstDifference = (committed: string, expected: string): string => {
  const a = committed.split('\n');
  const b = expected.split('\n');
  const line = a.findIndex((text, index) => text !== b[index]);
  const at = line === -1 ? a.length : line;
  return `line ${at + 1}: committed ${JSON.stringify(a[at] ?? '(end of file)')}, the API gives ${JSON.stringify(b[at] ?? '(end of file)')}`;
};

describe("the admin's record types", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('are generated from the OpenAPI document the running API serves', async () => {
    const document = (await request(t.http).get('/api/docs-json').expect(200)).body as OpenAPIObject;
    const expected = await renderContractTypes(document);
    const committed = await readFile(new URL(`../../${CONTRACT_TYPES_FILE}`, import.meta.url), 'utf8');
    if (committed !== expected) {
      throw new Error(
        `${CONTRACT_TYPES_FILE} no longer matches the API (${firstDifference(committed, expected)}): run \`npm run contract:types\` and commit the file.`,
      );
    }
  });
});
