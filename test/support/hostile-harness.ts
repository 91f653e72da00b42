import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import request from 'supertest';
import { Affiliation } from '../../api/src/affiliations/affiliation.entity.js';
import { MembershipApplication } from '../../api/src/membership-applications/membership-application.entity.js';
import { Note } from '../../api/src/notes/note.entity.js';
import { Organization } from '../../api/src/organizations/organization.entity.js';
import { Person } from '../../api/src/people/person.entity.js';
import { User } from '../../api/src/users/user.entity.js';
import { WorkingGroup } from '../../api/src/working-groups/working-group.entity.js';
import { SecurityPolicyService } from '../../api/src/security-policy/security-policy.service.js';
import { policyOf } from './access-policy.js';
import { ACTORS, setUpCoalition, type Actor, type Coalition } from './coalition.js';
import type { BodySchema, IdPool, ListFields, RawBody } from './hostile-input.js';
import { documentPath, type OpenApiDocument } from './openapi-validator.js';
import { fillPath, walkRoutes, type RouteInfo } from './routes.js';
import { PASSWORD, startTestApp, type TestApp } from './test-app.js';

/** Bounds one property, shrinking included, so that a badly broken build still ends in minutes. */
const PROPERTY_TIME_LIMIT_MS = 5_000;

export interface HostileRequest {
  route: RouteInfo;
  actor: Actor;
  path: string;
  query?: Record<string, string>;
  body?: RawBody;
}

const describeRequest = (r: HostileRequest): string => {
  const body = r.body ? ` with ${r.body.label} (${r.body.text.length > 100 ? `${r.body.text.slice(0, 100)}…` : r.body.text})` : '';
  const query =
    r.query && Object.keys(r.query).length > 0
      ? `?${Object.entries(r.query)
          .map(([key, value]) => `${key}=${JSON.stringify(value).slice(1, -1).slice(0, 150)}`)
          .join('&')}`
      : '';
  return `${r.route.method} ${r.path}${query} as ${r.actor}${body}`;
};

/** Object.prototype as it was before any request. */
const PROTOTYPE_SNAPSHOT = new Map(
  Object.getOwnPropertyNames(Object.prototype).map((name) => [name, Object.getOwnPropertyDescriptor(Object.prototype, name)?.value as unknown]),
);

/**
 * Undoes and reports a change to Object.prototype. The API runs in this very
 * process, so a polluted prototype would otherwise break every later check
 * and hide which request did it.
 */
export function prototypeChange(): string | undefined {
  const names = Object.getOwnPropertyNames(Object.prototype);
  const changed = names.filter(
    (name) => !PROTOTYPE_SNAPSHOT.has(name) || PROTOTYPE_SNAPSHOT.get(name) !== Object.getOwnPropertyDescriptor(Object.prototype, name)?.value,
  );
  if (changed.length === 0 && names.length === PROTOTYPE_SNAPSHOT.size) return undefined;
  const prototype = Object.prototype as Record<string, unknown>;
  for (const name of changed) {
    if (PROTOTYPE_SNAPSHOT.has(name)) prototype[name] = PROTOTYPE_SNAPSHOT.get(name);
    else delete prototype[name];
  }
  return `Object.prototype was polluted (${changed.map((name) => JSON.stringify(name)).join(', ')})`;
}

/** A running API with two member organizations, and the checks every hostile request is held to. */
export class HostileHarness {
  private baseline = '';
  private batches = 0;

  private constructor(
    readonly t: TestApp,
    readonly c: Coalition,
    readonly routes: RouteInfo[],
    readonly document: OpenApiDocument,
    readonly pool: IdPool,
    readonly importId: string,
    private readonly auditEntryId: string,
  ) {}

  static async start(): Promise<HostileHarness> {
    // Rate limits are not under test here; logs would be thousands of expected 4xx lines.
    const t = await startTestApp({ LOGIN_LIMIT_PER_IP: '10000000', LOGIN_LIMIT_PER_EMAIL: '10000000', LOG_LEVEL: 'silent' });
    const routes = walkRoutes(t.app);
    const c = await setUpCoalition(t);
    const document = (await request(t.http).get('/api/docs-json').expect(200)).body as OpenApiDocument;
    const [country] = await t.dataSource.query<Array<{ id: string }>>("SELECT id FROM countries WHERE iso3 = 'KEN'");
    const group = await t.dataSource.manager.save(t.dataSource.manager.create(WorkingGroup, { name: 'Right to water', description: null }));
    const pool = { countryId: country.id, workingGroupId: group.id, organizationIds: [c.ids.orgB, c.ids.orgA], personIds: [c.ids.personB, c.ids.personA] };
    const upload = await request(t.http)
      .post('/api/imports')
      .set(c.headers('coordinator'))
      .field({ resource: 'people', dryRun: 'true' })
      .attach('file', Buffer.from('firstName,lastName,email\nAda,Okoro,ada@example.org\n', 'utf8'), { filename: 'people.csv', contentType: 'text/csv' })
      .expect(201);
    const [entry] = await t.dataSource.query<Array<{ id: string }>>('SELECT id FROM audit_entries LIMIT 1');
    const harness = new HostileHarness(t, c, routes, document, pool, (upload.body as { id: string }).id, entry.id);
    harness.baseline = await harness.rowCounts();
    return harness;
  }

  close(): Promise<void> {
    return this.t.close();
  }

  private async rowCounts(): Promise<string> {
    // Every table of the schema, a new resource's included: a 4xx must leave each count as it was.
    const tables = [...new Set(this.t.dataSource.entityMetadatas.map((metadata) => metadata.tableName))].sort();
    const [row] = await this.t.dataSource.query<object[]>(`SELECT ${tables.map((table) => `(SELECT count(*) FROM ${table}) AS ${table}`).join(', ')}`);
    return JSON.stringify(row);
  }

  send(r: HostileRequest): request.Test {
    const method = r.route.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete' | 'patch';
    const agent = request(this.t.http);
    const call = agent[method](r.path).set(policyOf(r.route.key)?.probe?.withoutToken ? {} : this.c.headers(r.actor));
    if (r.query) call.query(r.query);
    if (r.body !== undefined) call.set('Content-Type', 'application/json').send(r.body.text);
    return call;
  }

  /**
   * Sends one request and says what is wrong with the answer: a 5xx, a 4xx
   * that wrote rows or lacks the error body, or a polluted Object.prototype.
   */
  async probe(r: HostileRequest): Promise<string | undefined> {
    const response = await this.send(r);
    // A random body can be a valid policy that requires two-factor of the admin, who would then be
    // refused everywhere but the enrolment: a legitimate write, undone so that the suite goes on.
    if (r.route.key === 'PUT /api/security-policy' && response.status < 300) {
      await this.t.app.get(SecurityPolicyService).update({ twoFactorRequiredRoles: [] });
    }
    const counts = await this.rowCounts();
    const before = this.baseline;
    this.baseline = counts;
    const what = describeRequest(r);
    const pollution = prototypeChange();
    if (pollution) return `${what} → ${response.status}; ${pollution}`;
    if (response.status >= 500) return `${what} → ${response.status}`;
    if (response.status >= 400) {
      if (counts !== before) return `${what} → ${response.status}, yet rows were written: ${before} became ${counts}`;
      const body = response.body as { statusCode?: unknown; message?: unknown };
      if (body.statusCode !== response.status || body.message === undefined)
        return `${what} → ${response.status} without the error body: ${response.text.slice(0, 200)}`;
    }
    return undefined;
  }

  /**
   * After a batch: other users are still served, the map answers, and (every
   * few batches, as an argon2 login is slow) the admin can log in.
   */
  async othersServed(after: string, login = false): Promise<string[]> {
    this.batches += 1;
    const problems: string[] = [];
    const people = await request(this.t.http).get('/api/people').set(this.c.headers('admin'));
    if (people.status !== 200) problems.push(`after ${after}: the admin's GET /api/people answered ${people.status}`);
    const map = await request(this.t.http).get('/api/public/countries');
    if (map.status !== 200 || !Array.isArray(map.body) || map.body.length === 0)
      problems.push(`after ${after}: GET /api/public/countries answered ${map.status}`);
    if (login || this.batches % 8 === 0) {
      const response = await request(this.t.http).post('/api/auth/login').send({ email: this.c.emails.admin, password: PASSWORD });
      if (response.status !== 200) problems.push(`after ${after}: the admin's login answered ${response.status}`);
    }
    const pollution = prototypeChange();
    if (pollution) problems.push(`after ${after}: ${pollution}`);
    this.baseline = await this.rowCounts();
    return problems;
  }

  /** A fresh record for the `:id` of a route, so that hostile input reaches real rows; read-only resources use an existing one. */
  async victimFor(route: RouteInfo): Promise<string> {
    const manager = this.t.dataSource.manager;
    const n = randomUUID().slice(0, 8);
    let id: string;
    switch (route.path.split('/')[2]) {
      case 'organizations':
        id = (
          await manager.save(manager.create(Organization, { name: `Victim Org ${n}`, type: 'ngo', membershipStatus: 'active', rightsFocus: [], languages: [] }))
        ).id;
        break;
      case 'people':
        id = (
          await manager.save(
            manager.create(Person, { firstName: 'Victim', lastName: n, email: `victim-${n}@fuzz.example.org`, otherEmails: [], phones: [], languages: [] }),
          )
        ).id;
        break;
      case 'affiliations': {
        const person = await manager.save(
          manager.create(Person, { firstName: 'Affiliated', lastName: n, email: null, otherEmails: [], phones: [], languages: [] }),
        );
        id = (
          await manager.save(
            manager.create(Affiliation, { personId: person.id, organizationId: this.c.ids.orgB, isPrimaryContact: false, since: '2021-01-01' }),
          )
        ).id;
        break;
      }
      case 'notes':
        id = (
          await manager.save(
            manager.create(Note, {
              targetType: 'organization',
              targetId: this.c.ids.orgB,
              body: 'Victim note',
              authorId: this.t.users.steering.id,
              authorEmail: this.t.users.steering.email,
            }),
          )
        ).id;
        break;
      case 'working-groups':
        id = (await manager.save(manager.create(WorkingGroup, { name: `Victim group ${n}`, description: null }))).id;
        break;
      case 'users':
        id = (await manager.save(manager.create(User, { email: `victim-${n}@fuzz.example.org`, role: 'member', isActive: true, passwordHash: null }))).id;
        break;
      case 'membership-applications':
        id = (
          await manager.save(
            manager.create(MembershipApplication, {
              organizationName: `Victim Applicant ${n}`,
              organizationType: 'ngo',
              headquartersCountryId: this.pool.countryId,
              contactFirstName: 'Vic',
              contactLastName: n,
              contactEmail: `applicant-${n}@fuzz.example.org`,
              motivation: 'For the Optional Protocol.',
              countriesOfWorkIds: [],
              rightsFocus: [],
              languages: ['en'],
              locale: 'en',
              consentAt: new Date(),
              status: 'pending',
            }),
          )
        ).id;
        break;
      case 'imports':
        id = this.importId;
        break;
      case 'audit-entries':
        id = this.auditEntryId;
        break;
      case 'countries':
        id = this.pool.countryId;
        break;
      default:
        id = randomUUID();
    }
    this.baseline = await this.rowCounts();
    return id;
  }

  /** The path of a route with the victim in each `:param` (a CSV template's `:resource` gets a real resource name). */
  victimPath(route: RouteInfo, victim: string): string {
    return fillPath(route, Object.fromEntries(route.params.map((name) => [name, name === 'resource' ? 'people' : victim])));
  }

  /** The JSON body schema the route documents, if any. */
  bodySchemaOf(route: RouteInfo): BodySchema | undefined {
    const operation = this.document.paths[documentPath(route.path)]?.[route.method.toLowerCase()] as
      { requestBody?: { content: Record<string, { schema?: { $ref?: string } }> } } | undefined;
    const ref = operation?.requestBody?.content['application/json']?.schema?.$ref;
    if (!ref) return undefined;
    const name = ref.split('/').pop() ?? '';
    const schema = (Object.hasOwn(this.document.components.schemas, name) ? this.document.components.schemas[name] : undefined) as
      { properties?: BodySchema['properties']; required?: string[] } | undefined;
    return schema?.properties ? { properties: schema.properties, required: schema.required ?? [] } : undefined;
  }

  /** The sort and filter fields a list documents ("Sortable by: …. Filters: …."); an export takes those of its list. */
  listFieldsOf(route: RouteInfo): ListFields {
    const listPath = route.path.replace(/^\/api\/exports\/(\w+)\.csv$/, '/api/$1');
    const operation = this.document.paths[documentPath(listPath)]?.get as { responses: Record<string, { description?: string }> } | undefined;
    const description = operation?.responses['200']?.description ?? '';
    const names = (label: string): string[] =>
      (description.match(new RegExp(`${label}: ([^.]*)\\.`))?.[1] ?? '')
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean);
    return { sort: names('Sortable by'), filter: names('Filters') };
  }

  /**
   * The allowed actor whose request goes furthest into the handler: a member
   * on the self-service routes (the staff have no own records there), else the most privileged.
   */
  insider(route: RouteInfo): Actor {
    const allowed = policyOf(route.key)?.allow ?? ['admin'];
    const preference: readonly Actor[] = route.path.startsWith('/api/me/') ? ['memberA', 'admin'] : ['admin', 'memberA', 'anonymous'];
    return preference.find((actor) => allowed.includes(actor)) ?? allowed[0];
  }

  /** Mostly actors the policy lets through (their input reaches the handler), sometimes anyone. */
  actorArbitrary(route: RouteInfo): fc.Arbitrary<Actor> {
    const allowed = policyOf(route.key)?.allow ?? [];
    return allowed.length > 0
      ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...allowed) }, { weight: 1, arbitrary: fc.constantFrom(...ACTORS) })
      : fc.constantFrom(...ACTORS);
  }

  /** The route's path with the victim, a missing id, or a hostile value in each `:param`. */
  pathArbitrary(route: RouteInfo, victim: string): fc.Arbitrary<string> {
    if (route.params.length === 0) return fc.constant(route.path);
    const missing = randomUUID();
    const value = fc.oneof(
      { weight: 6, arbitrary: fc.constant(victim) },
      { weight: 1, arbitrary: fc.constant(missing) },
      { weight: 2, arbitrary: fc.constantFrom('not-a-uuid', '%00', '__proto__', 'constructor', 'people', 'organizations', '..%2F..%2Fusers') },
    );
    return fc.tuple(...route.params.map(() => value)).map((values) => fillPath(route, Object.fromEntries(route.params.map((name, i) => [name, values[i]]))));
  }
}

/** Runs one fast-check property; a failure comes back with its seed and shrunk counterexample, so that the other properties still run. */
export async function runProperty<Ts extends [unknown, ...unknown[]]>(
  label: string,
  property: fc.IAsyncProperty<Ts>,
  seed: number,
  numRuns: number,
): Promise<string | undefined> {
  try {
    await fc.assert(property, { seed, numRuns, plugins: [fc.interruptAfterTimeLimit(PROPERTY_TIME_LIMIT_MS)] });
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return `${label}: ${message.length > 1200 ? `${message.slice(0, 1200)}…` : message}`;
  }
}
