import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import request from 'supertest';
import { policyOf } from '../support/access-policy.js';
import {
  DEEP_FIELD_VALUES,
  HOSTILE_BODIES,
  HOSTILE_FIELD_VALUES,
  bodyArbitrary,
  listQueryArbitrary,
  minimalBody,
  objectText,
  rawBody,
  type RawBody,
} from '../support/hostile-input.js';
import { HostileHarness, prototypeChange, runProperty } from '../support/hostile-harness.js';
import { fillPath, PROTOTYPE_NAMES } from '../support/routes.js';

/**
 * Hostile input on every registered route, for every actor: no 5xx, no row
 * written by a refused request, nothing reaching Object.prototype, and other
 * users still served after each batch. Each describe block has an API of its
 * own, so that one broken process does not hide what the next block finds.
 */

/** Fixed, so that a failure replays; set FUZZ_SEED to explore other inputs. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_251_202);
const BODY_RUNS_PER_ROUTE = 16;
const QUERY_RUNS_PER_ROUTE = 32;

/** Whole bodies sent to routes that read none: the body parser and the guard see them all the same. */
const BODIES_FOR_BODYLESS_ROUTES: readonly RawBody[] = HOSTILE_BODIES.filter((body) => /levels deep|Object\.prototype|__proto__|truncated/.test(body.label));

// Each sweep sends thousands of requests: about 2.5 minutes alone on the 2-core machine, and more
// beside the other suites' workers in CI (240 s was once too little). Not a speed test.
const SWEEP_TIMEOUT = 600_000;

describe('hostile JSON bodies', () => {
  let h: HostileHarness;

  beforeAll(async () => {
    h = await HostileHarness.start();
  });
  afterAll(() => h.close());

  it(
    'answers random and malformed bodies on every route, for every actor, without a 5xx or a write on a 4xx',
    async () => {
      const failures: string[] = [];
      expect(h.routes.length).toBeGreaterThan(50);
      for (const [index, route] of h.routes.entries()) {
        const victim = await h.victimFor(route);
        const property = fc.asyncProperty(
          h.actorArbitrary(route),
          h.pathArbitrary(route, victim),
          bodyArbitrary(h.bodySchemaOf(route), h.pool),
          async (actor, path, body) => {
            const problem = await h.probe({ route, actor, path, body });
            if (problem) throw new Error(problem);
          },
        );
        const failure = await runProperty(route.key, property, SEED + index, BODY_RUNS_PER_ROUTE);
        if (failure) failures.push(failure);
        failures.push(...(await h.othersServed(`random bodies on ${route.key}`)));
      }
      failures.push(...(await h.othersServed('random bodies on every route', true)));
      expect(failures).toEqual([]);
    },
    SWEEP_TIMEOUT,
  );

  it(
    'answers each hostile value in each field of an otherwise valid body, and each hostile body, without a 5xx or a write on a 4xx',
    async () => {
      const failures: string[] = [];
      let sent = 0;
      for (const route of h.routes) {
        const actor = h.insider(route);
        const path = h.victimPath(route, await h.victimFor(route));
        const schema = h.bodySchemaOf(route);
        const bodies: RawBody[] = schema || route.readsBody ? [...HOSTILE_BODIES] : [...BODIES_FOR_BODYLESS_ROUTES];
        if (schema) {
          for (const [i, field] of Object.keys(schema.properties).entries()) {
            // Deep values cost the most: one field of each body is enough to show the nesting limit.
            const values = i === 0 ? [...HOSTILE_FIELD_VALUES, ...DEEP_FIELD_VALUES] : HOSTILE_FIELD_VALUES;
            for (const value of values) {
              const base = Object.entries(minimalBody(schema, h.pool))
                .filter(([key]) => key !== field)
                .map(([key, valid]) => [key, JSON.stringify(valid)] as const);
              bodies.push(rawBody(`${field} = ${value.label}`, objectText([...base, [field, value.text]])));
            }
          }
        }
        for (const body of bodies) {
          const problem = await h.probe({ route, actor, path, body });
          sent += 1;
          if (problem) failures.push(problem);
        }
        failures.push(...(await h.othersServed(`hostile fields on ${route.key}`)));
      }
      failures.push(...(await h.othersServed('hostile fields on every route', true)));
      expect(sent).toBeGreaterThan(h.routes.length * BODIES_FOR_BODYLESS_ROUTES.length);
      expect(failures).toEqual([]);
    },
    SWEEP_TIMEOUT,
  );
});

describe('hostile list queries', () => {
  let h: HostileHarness;

  beforeAll(async () => {
    h = await HostileHarness.start();
  });
  afterAll(() => h.close());

  it(
    'answers random, malformed and hostile sort, range and filter on every list and export without a 5xx',
    async () => {
      const lists = h.routes.filter((route) => route.isList);
      expect(lists.map((route) => route.key)).toEqual(expect.arrayContaining(['GET /api/people', 'GET /api/exports/people.csv', 'GET /api/organizations']));
      const failures: string[] = [];
      for (const [index, route] of lists.entries()) {
        const fields = h.listFieldsOf(route);
        expect({ route: route.key, sortable: fields.sort.length > 0 }).toEqual({ route: route.key, sortable: true });
        const path = fillPath(route, Object.fromEntries(route.params.map((name) => [name, h.importId])));
        const property = fc.asyncProperty(h.actorArbitrary(route), listQueryArbitrary(fields, h.pool), async (actor, query) => {
          const problem = await h.probe({ route, actor, path, query });
          if (problem) throw new Error(problem);
        });
        const failure = await runProperty(route.key, property, SEED + 1000 + index, QUERY_RUNS_PER_ROUTE);
        if (failure) failures.push(failure);
        failures.push(...(await h.othersServed(`hostile queries on ${route.key}`)));
      }
      failures.push(...(await h.othersServed('hostile queries on every list', true)));
      expect(failures).toEqual([]);
    },
    SWEEP_TIMEOUT,
  );
});

describe('Object.prototype names and NUL bytes in list queries', () => {
  let h: HostileHarness;

  beforeAll(async () => {
    h = await HostileHarness.start();
  });
  afterAll(() => h.close());

  it('refuses every Object.prototype name as sort field and as filter key on every list and export with a 400 naming it, and keeps serving others', async () => {
    const lists = h.routes.filter((route) => route.isList);
    const failures: string[] = [];
    let checked = 0;
    for (const route of lists) {
      const path = fillPath(route, Object.fromEntries(route.params.map((name) => [name, h.importId])));
      const allowed = policyOf(route.key)?.allow ?? [];
      // Members read some lists through a narrower list specification of their own.
      const actors = (['admin', 'memberA'] as const).filter((actor) => allowed.includes(actor));
      for (const actor of actors) {
        for (const name of PROTOTYPE_NAMES) {
          for (const [parameter, value, field] of [
            ['sort', JSON.stringify([name, 'ASC']), 'sort'],
            ['filter', objectText([[name, '"x"']]), `filter.${name}`],
            ['filter', objectText([[name, '{"polluted":true}']]), `filter.${name}`],
          ] as const) {
            const response = await request(h.t.http)
              .get(path)
              .query({ [parameter]: value })
              .set(h.c.headers(actor));
            checked += 1;
            const body = response.body as { field?: unknown };
            if (response.status !== 400 || body.field !== field) {
              failures.push(
                `${route.key} as ${actor} with ${parameter}=${value} → ${response.status}${response.status === 400 ? ` naming ${String(body.field)}` : ''} (expected 400 naming ${field})`,
              );
            }
            const pollution = prototypeChange();
            if (pollution) failures.push(`${route.key} as ${actor} with ${parameter}=${value}: ${pollution}`);
          }
        }
      }
      failures.push(...(await h.othersServed(`Object.prototype names on ${route.key}`)));
    }
    failures.push(...(await h.othersServed('prototype names on every list', true)));
    expect(checked).toBeGreaterThanOrEqual(lists.length * PROTOTYPE_NAMES.length * 3);
    expect(failures).toEqual([]);
  }, 180_000);

  it('answers a NUL byte in the search of every list and export without a 5xx', async () => {
    const lists = h.routes.filter((route) => route.isList);
    const failures: string[] = [];
    for (const route of lists) {
      const path = fillPath(route, Object.fromEntries(route.params.map((name) => [name, h.importId])));
      const actor = h.insider(route);
      for (const q of ['Fuzz\u0000text', '\u0000']) {
        const problem = await h.probe({ route, actor, path, query: { filter: JSON.stringify({ q }) } });
        if (problem) failures.push(problem);
      }
    }
    failures.push(...(await h.othersServed('NUL bytes in searches', true)));
    expect(lists.length).toBeGreaterThan(10);
    expect(failures).toEqual([]);
  });
});
