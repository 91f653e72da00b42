import { ACTORS, type Actor, type RecordName } from './coalition.js';

/**
 * Who may call which route: the declared access policy that the route × role
 * matrix (test/api/access-matrix.e2e-spec.ts) holds the running application to.
 *
 * One row per registered route, keyed `METHOD /api/path` with Nest's `:param`
 * placeholders. A route without a row fails the matrix, and so does a row
 * whose route no longer exists. To add a route: add its row here, naming the
 * actors that pass the access layer (`allow`), and, for routes that show or
 * change one organization's records, what each actor gets for real records
 * (`records`).
 */

/** What an actor gets for a real record. */
export type Outcome =
  /** A 2xx with the record as the staff see it. */
  | 'reach'
  /** A 2xx without the record's contact data (e-mail, phone) or internal fields. */
  | 'public-view'
  /** A 404, as if the record did not exist: members do not learn that it does. */
  | 'hidden'
  /** 401 for anonymous callers, 403 for logged-in ones. */
  | 'refused';

export interface RecordRule {
  /** The real records to put in the path, by parameter name. */
  params: Readonly<Record<string, RecordName>>;
  outcomes: Readonly<Record<Actor, Outcome>>;
}

/** The harmless request that probes a route: a random UUID for each `:param` and an empty body unless said otherwise. */
export interface Probe {
  params?: Readonly<Record<string, RecordName>>;
  /** Sent without the actor's token: with it, the route would end the actor's session for the rest of the suite. */
  withoutToken?: true;
  /**
   * The route is public but answers 401 by itself when the request carries
   * no credential of its own (a refresh cookie): that 401 is its answer to
   * everybody, not the access layer's refusal.
   */
  answers401Itself?: true;
  body?: (emails: Readonly<Record<Exclude<Actor, 'anonymous'>, string>>, password: string) => object;
}

export interface RoutePolicy {
  /** The actors that pass the access layer (any status but 401/403); every other actor gets 401 (anonymous) or 403. */
  allow: readonly Actor[];
  probe?: Probe;
  records?: readonly RecordRule[];
}

const EVERYONE = ACTORS;
const LOGGED_IN: readonly Actor[] = ['memberA', 'memberB', 'steering', 'coordinator', 'admin'];
const MEMBERS: readonly Actor[] = ['memberA', 'memberB'];
const STAFF: readonly Actor[] = ['steering', 'coordinator', 'admin'];
const EDITORS: readonly Actor[] = ['coordinator', 'admin'];
const ADMIN: readonly Actor[] = ['admin'];

/** Outcomes of every actor: `reach` for the staff roles given, `refused` for the rest, then the exceptions. */
function outcomes(reach: readonly Actor[], exceptions: Partial<Record<Actor, Outcome>> = {}): Record<Actor, Outcome> {
  const result = Object.fromEntries(ACTORS.map((actor) => [actor, reach.includes(actor) ? 'reach' : 'refused'])) as Record<Actor, Outcome>;
  return { ...result, ...exceptions };
}

/** Members see active member organizations in the public directory view and nothing of the others. */
const ORGANIZATION_DIRECTORY: readonly RecordRule[] = [
  { params: { id: 'orgA' }, outcomes: outcomes(STAFF, { memberA: 'public-view', memberB: 'public-view' }) },
  { params: { id: 'orgB' }, outcomes: outcomes(STAFF, { memberA: 'public-view', memberB: 'public-view' }) },
  { params: { id: 'hiddenOrg' }, outcomes: outcomes(STAFF, { memberA: 'hidden', memberB: 'hidden' }) },
];

/** The secretariat's records of organization B: no member reaches them, not even B's own member, whose self-service is /api/me. */
const staffOnly = (id: RecordName, reach: readonly Actor[] = STAFF): readonly RecordRule[] => [{ params: { id }, outcomes: outcomes(reach) }];

export const ACCESS_POLICY: Readonly<Record<string, RoutePolicy>> = {
  // Public: sign-in, password links, the membership form, the map, health.
  'POST /api/auth/login': { allow: EVERYONE, probe: { body: (emails, password) => ({ email: emails.memberA, password }) } },
  'POST /api/auth/accept-invitation': { allow: EVERYONE },
  'POST /api/auth/forgot-password': { allow: EVERYONE },
  'POST /api/auth/reset-password': { allow: EVERYONE },
  'POST /api/auth/refresh': { allow: EVERYONE, probe: { answers401Itself: true } },
  'POST /api/auth/logout': { allow: EVERYONE, probe: { withoutToken: true } },
  'POST /api/auth/two-factor': { allow: EVERYONE },
  'POST /api/me/confirm-email': { allow: EVERYONE },
  'POST /api/membership-applications': { allow: EVERYONE },
  'GET /api/public/countries': { allow: EVERYONE },
  'GET /api/health': { allow: EVERYONE },

  // Any logged-in user: the session, the own records, reference data, the member directory.
  'GET /api/auth/me': { allow: LOGGED_IN },
  'POST /api/auth/calendar-token': { allow: LOGGED_IN },
  'GET /api/me/profile': { allow: LOGGED_IN },
  'PUT /api/me/profile': { allow: LOGGED_IN },
  'POST /api/me/password': { allow: LOGGED_IN },
  'GET /api/me/two-factor': { allow: LOGGED_IN },
  'POST /api/me/two-factor/setup': { allow: LOGGED_IN },
  'POST /api/me/two-factor/enable': { allow: LOGGED_IN },
  'POST /api/me/two-factor/disable': { allow: LOGGED_IN },
  'DELETE /api/users/:id/two-factor': { allow: ADMIN },
  'GET /api/security-policy': { allow: ADMIN },
  'PUT /api/security-policy': { allow: ADMIN },
  'GET /api/me/organization': { allow: MEMBERS },
  'PUT /api/me/organization': { allow: MEMBERS },
  'GET /api/countries': { allow: LOGGED_IN },
  'GET /api/countries/:id': { allow: LOGGED_IN },
  'GET /api/working-groups': { allow: LOGGED_IN },
  'GET /api/working-groups/:id': { allow: LOGGED_IN },
  // Members see their organization's and the public events (test/api/events.e2e-spec.ts checks which).
  'GET /api/events': { allow: LOGGED_IN },
  'GET /api/events/:id': { allow: LOGGED_IN },
  'GET /api/events/calendar.ics': { allow: LOGGED_IN },
  // Members propose events for their organization's countries; the service refuses the others.
  'POST /api/events': { allow: [...EDITORS, ...MEMBERS] },
  'GET /api/organizations': { allow: LOGGED_IN },
  'GET /api/organizations/:id': { allow: LOGGED_IN, records: ORGANIZATION_DIRECTORY },

  // The staff read; the steering committee also comments.
  'GET /api/organizations/:id/duplicates': { allow: STAFF, records: staffOnly('orgB') },
  'GET /api/organizations/:id/membership-history': { allow: STAFF, records: staffOnly('orgB') },
  'GET /api/people': { allow: STAFF },
  'GET /api/people/:id': { allow: STAFF, records: staffOnly('personB') },
  'GET /api/people/:id/duplicates': { allow: STAFF, records: staffOnly('personB') },
  'GET /api/affiliations': { allow: STAFF },
  'GET /api/affiliations/:id': { allow: STAFF, records: staffOnly('affiliationB') },
  'GET /api/notes': { allow: STAFF },
  'GET /api/notes/:id': { allow: STAFF, records: staffOnly('noteOnOrgB') },
  'POST /api/notes': { allow: STAFF },
  // A note is changed by its author or the secretariat (checked in the service; a random id is a 404 for the staff).
  'PUT /api/notes/:id': { allow: STAFF },
  // The steering committee comments but deletes nothing, not even its own notes.
  'DELETE /api/notes/:id': { allow: EDITORS, probe: { params: { id: 'freshSteeringNote' } } },
  'GET /api/membership-applications': { allow: STAFF },
  'GET /api/membership-applications/:id': { allow: STAFF, records: staffOnly('applicationB') },
  'GET /api/audit-entries': { allow: STAFF },
  'GET /api/audit-entries/:id': { allow: STAFF },
  'GET /api/imports': { allow: STAFF },
  'GET /api/imports/:id': { allow: STAFF },
  'GET /api/imports/:id/errors': { allow: STAFF },
  'GET /api/imports/:id/errors.csv': { allow: STAFF },
  'GET /api/imports/templates/:resource.csv': { allow: STAFF },
  'GET /api/exports/organizations.csv': { allow: STAFF },
  'GET /api/exports/people.csv': { allow: STAFF },
  'GET /api/countries/:id/history': { allow: STAFF },
  'GET /api/ratification-steps': { allow: STAFF },
  'GET /api/ratification-steps/:id': { allow: STAFF },

  // The secretariat changes campaign records.
  'POST /api/organizations': { allow: EDITORS },
  'PUT /api/organizations/:id': { allow: EDITORS, records: staffOnly('orgB', EDITORS) },
  'DELETE /api/organizations/:id': { allow: EDITORS },
  'POST /api/organizations/:id/merge': { allow: EDITORS },
  'POST /api/organizations/bulk/membership-status': { allow: EDITORS },
  'POST /api/organizations/bulk/working-group': { allow: EDITORS },
  'POST /api/people': { allow: EDITORS },
  'PUT /api/people/:id': { allow: EDITORS, records: staffOnly('personB', EDITORS) },
  'DELETE /api/people/:id': { allow: EDITORS },
  'POST /api/people/:id/merge': { allow: EDITORS },
  'POST /api/affiliations': { allow: EDITORS },
  'PUT /api/affiliations/:id': { allow: EDITORS, records: staffOnly('affiliationB', EDITORS) },
  'DELETE /api/affiliations/:id': { allow: EDITORS },
  'POST /api/working-groups': { allow: EDITORS },
  'PUT /api/working-groups/:id': { allow: EDITORS },
  'DELETE /api/working-groups/:id': { allow: EDITORS },
  'PUT /api/events/:id': { allow: EDITORS },
  'DELETE /api/events/:id': { allow: EDITORS },
  'POST /api/membership-applications/:id/approve': { allow: EDITORS },
  'POST /api/membership-applications/:id/reject': { allow: EDITORS },
  'POST /api/imports': { allow: EDITORS },
  // Only the uploader of the dry run may start its import: the service refuses another editor (test/api/imports.e2e-spec.ts).
  'POST /api/imports/:id/import': { allow: EDITORS },
  'PUT /api/countries/:id': { allow: EDITORS },
  'POST /api/ratification-steps': { allow: EDITORS },
  'PUT /api/ratification-steps/:id': { allow: EDITORS },
  'DELETE /api/ratification-steps/:id': { allow: EDITORS },

  // Testimonies: anybody sends one through /testify; members record and read their organization's (the service narrows them).
  'POST /api/testimonies': { allow: EVERYONE },
  'POST /api/testimonies/recorded': { allow: [...EDITORS, ...MEMBERS] },
  'GET /api/testimonies': { allow: LOGGED_IN },
  'GET /api/testimonies/:id': { allow: LOGGED_IN },
  'PUT /api/testimonies/:id': { allow: EDITORS },
  'DELETE /api/testimonies/:id': { allow: EDITORS },

  // Message templates are the secretariat's; action packs are read by the staff and by members for their organization's countries.
  'GET /api/message-templates': { allow: STAFF },
  'GET /api/message-templates/:id': { allow: STAFF },
  'POST /api/message-templates': { allow: EDITORS },
  'PUT /api/message-templates/:id': { allow: EDITORS },
  'DELETE /api/message-templates/:id': { allow: EDITORS },
  'GET /api/countries/:iso3/action-pack': { allow: LOGGED_IN },
  'GET /api/countries/:iso3/action-pack.docx': { allow: LOGGED_IN },
  // Mailing lists and the sync: the staff read, the editors change; members manage only their own subscriptions.
  'GET /api/mailing-lists': { allow: STAFF },
  'GET /api/mailing-lists/:id': { allow: STAFF },
  'POST /api/mailing-lists': { allow: EDITORS },
  'PUT /api/mailing-lists/:id': { allow: EDITORS },
  'DELETE /api/mailing-lists/:id': { allow: EDITORS },
  'GET /api/subscriptions': { allow: STAFF },
  'GET /api/subscriptions/:id': { allow: STAFF },
  'POST /api/subscriptions': { allow: EDITORS },
  'PUT /api/subscriptions/:id': { allow: EDITORS },
  'DELETE /api/subscriptions/:id': { allow: EDITORS },
  'POST /api/subscriptions/:id/retry': { allow: EDITORS },
  'GET /api/mailing-list-rules': { allow: STAFF },
  'GET /api/mailing-list-rules/:id': { allow: STAFF },
  'POST /api/mailing-list-rules': { allow: EDITORS },
  'PUT /api/mailing-list-rules/:id': { allow: EDITORS },
  'DELETE /api/mailing-list-rules/:id': { allow: EDITORS },
  'GET /api/mailing/status': { allow: STAFF },
  'GET /api/mailing/failed': { allow: STAFF },
  'POST /api/mailing/failed/retry': { allow: EDITORS },
  'POST /api/mailing/reconcile': { allow: EDITORS },
  // The queues dashboard's cookie (the dashboard itself, under /api/admin/queues, is checked by test/api/queue-board.e2e-spec.ts).
  'POST /api/admin/queues-session': { allow: ADMIN },
  'GET /api/mailing/reconcile': { allow: STAFF },
  'GET /api/mailing/reconcile/:id': { allow: STAFF },
  // Signed by the provider, not by a user: the service answers 401 to a request without a valid signature.
  'POST /api/mailing/webhooks/bounces': { allow: EVERYONE, probe: { answers401Itself: true } },
  'GET /api/me/subscriptions': { allow: LOGGED_IN },
  'PUT /api/me/subscriptions/:mailingListId': { allow: LOGGED_IN },

  // Accounts are the administrators'.
  'GET /api/users': { allow: ADMIN },
  'GET /api/users/:id': { allow: ADMIN },
  'POST /api/users': { allow: ADMIN },
  'PUT /api/users/:id': { allow: ADMIN },
  'DELETE /api/users/:id': { allow: ADMIN },

  // Reports: the staff's; members get none (a report mixes every organization's work). The public map's summary is everyone's.
  'GET /api/reports/overview': { allow: STAFF },
  'GET /api/reports/countries/:iso3': { allow: STAFF },
  'GET /api/reports/countries/:iso3/report.pdf': { allow: STAFF },
  'GET /api/reports/countries/:iso3/csv/:table': { allow: STAFF },
  'GET /api/public/map': { allow: EVERYONE },
  // Authorities: the staff read all, members those of their organizations' countries (a 404 for the others);
  // members also register posts there; the secretariat changes them (test/api/authorities.e2e-spec.ts).
  'GET /api/authorities': { allow: LOGGED_IN },
  'GET /api/authorities/:id': { allow: LOGGED_IN },
  'GET /api/authorities/:id/history': { allow: LOGGED_IN },
  'POST /api/authorities': { allow: [...EDITORS, ...MEMBERS] },
  'POST /api/authorities/:id/holders': { allow: EDITORS },
  'PUT /api/authorities/:id': { allow: EDITORS },
  'DELETE /api/authorities/:id': { allow: EDITORS },
  // Lobbying actions: members see and record those of their organizations' countries and change those their
  // organization recorded (the service refuses the others); the secretariat deletes (test/api/lobbying-actions.e2e-spec.ts).
  'GET /api/lobbying-actions': { allow: LOGGED_IN },
  'GET /api/lobbying-actions/:id': { allow: LOGGED_IN },
  'POST /api/lobbying-actions': { allow: [...EDITORS, ...MEMBERS] },
  'PUT /api/lobbying-actions/:id': { allow: [...EDITORS, ...MEMBERS] },
  'DELETE /api/lobbying-actions/:id': { allow: EDITORS },
  // Tasks: the staff see all, members their organizations' and their own; whoever a task is for marks it done.
  'GET /api/tasks': { allow: LOGGED_IN },
  'GET /api/tasks/mine': { allow: LOGGED_IN },
  'GET /api/tasks/:id': { allow: LOGGED_IN },
  'POST /api/tasks': { allow: [...EDITORS, ...MEMBERS] },
  'POST /api/tasks/:id/complete': { allow: LOGGED_IN },
  'PUT /api/tasks/:id': { allow: [...EDITORS, ...MEMBERS] },
  'DELETE /api/tasks/:id': { allow: EDITORS },
};

/** The policy row of a route, looked up as an own property so that no route name can reach Object.prototype. */
export function policyOf(key: string): RoutePolicy | undefined {
  return Object.hasOwn(ACCESS_POLICY, key) ? ACCESS_POLICY[key] : undefined;
}
