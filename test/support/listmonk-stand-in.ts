import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local HTTP server answering the part of Listmonk's REST API the provider
 * uses, as Listmonk's code behaves (see README, "Mailing sync"): `token
 * user:token` (or Basic) auth with 403 for every auth failure, JSON bodies
 * only (415), `{data}` envelopes and `{message}` errors, 409 only on a
 * duplicate e-mail at create, 500 for a duplicate on PATCH and unknown ids in
 * a list action, 400 for a missing subscriber on GET and for an unqualified
 * column in `query`. It can fail a share of calls (500 or no answer) to test
 * retries, hold one call back and apply it later (a call that timed out for
 * the caller yet lands after the next one), and records every change it applies.
 */

export type SubscriptionStatus = 'unconfirmed' | 'confirmed' | 'unsubscribed';

interface StoredSubscriber {
  id: number;
  email: string;
  name: string;
  status: 'enabled' | 'disabled' | 'blocklisted';
  createdAt: Date;
  updatedAt: Date;
}

interface StoredMembership {
  status: SubscriptionStatus;
  updatedAt: Date;
}

interface StoredList {
  id: number;
  name: string;
  tags: string[];
  type: string;
  optin: string;
  description: string;
}

/** One change applied, in order: what the fault tests compare. */
export interface AppliedChange {
  at: number;
  email: string;
  listId: number;
  change: 'add' | 'remove' | 'unsubscribe' | 'rename' | 'email';
  detail?: string;
}

/** A call the stand-in keeps back (see `hold` and `loseAnswer`). */
export interface HeldCall {
  /** Resolves once the call has reached the stand-in. */
  arrived: Promise<void>;
  /** Applies the held call now, whether or not its caller still waits; resolves once applied. */
  release(): Promise<void>;
}

interface PendingHold {
  route: string;
  /** Applies the call at once and never answers, instead of waiting for release. */
  answerLost: boolean;
  arrive: () => void;
  released: Promise<void>;
  release: () => void;
  applied: Promise<void>;
  markApplied: () => void;
}

export interface StandInOptions {
  user?: string;
  token?: string;
  /** Share of calls (0…1) that fail: half answer 500, half never answer (a timeout for the caller). */
  failRate?: number;
  /** Milliseconds every answer waits. */
  latencyMs?: number;
  seed?: number;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export class ListmonkStandIn {
  readonly user: string;
  readonly token: string;
  failRate: number;
  latencyMs: number;
  /** Calls answered (or dropped), by "METHOD /path". */
  readonly calls = new Map<string, number>();
  readonly applied: AppliedChange[] = [];
  failures = 0;
  /** Addresses the stand-in refuses as invalid (400), as Listmonk refuses what its validator rejects. */
  readonly refused = new Set<string>();
  private readonly subscribers = new Map<number, StoredSubscriber>();
  private readonly byEmail = new Map<string, number>();
  private readonly memberships = new Map<number, Map<number, StoredMembership>>();
  private readonly lists = new Map<number, StoredList>();
  private nextSubscriber = 1;
  private nextList = 1;
  private random: () => number;
  private server: Server | undefined;
  private readonly hanging = new Set<ServerResponse>();
  private readonly holds: PendingHold[] = [];
  private readonly bounces: { id: number; subscriberId: number; type: string; createdAt: Date }[] = [];
  /** Each list's member ids, sorted: the stand-in's index for paging (see getSubscribers). */
  private readonly listIndex = new Map<number, number[]>();

  constructor(options: StandInOptions = {}) {
    this.user = options.user ?? 'crm-api';
    this.token = options.token ?? 'stand-in-token-0123456789';
    this.failRate = options.failRate ?? 0;
    this.latencyMs = options.latencyMs ?? 0;
    this.random = mulberry32(options.seed ?? 42);
  }

  async start(): Promise<string> {
    this.server = createServer((request, response) => void this.handle(request, response));
    this.server.keepAliveTimeout = 5000;
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return this.url;
  }

  get url(): string {
    const address = this.server?.address() as AddressInfo | null;
    if (!address) throw new Error('The Listmonk stand-in is not started');
    return `http://127.0.0.1:${address.port}`;
  }

  /** The API's or the worker's settings for this stand-in. */
  env(): Record<'LISTMONK_URL' | 'LISTMONK_USER' | 'LISTMONK_TOKEN', string> {
    return { LISTMONK_URL: this.url, LISTMONK_USER: this.user, LISTMONK_TOKEN: this.token };
  }

  async stop(): Promise<void> {
    for (const response of this.hanging) response.destroy();
    this.hanging.clear();
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    this.server = undefined;
  }

  // ---- what the tests look at and do "at the provider" ----

  listIdByKey(key: string): number | undefined {
    return [...this.lists.values()].find((list) => list.tags.includes(`crm-key:${key}`))?.id;
  }

  /** Confirmed members of a list: e-mail → name. */
  confirmedMembers(listId: number): Map<string, string> {
    const members = new Map<string, string>();
    for (const [subscriberId, lists] of this.memberships) {
      const membership = lists.get(listId);
      const subscriber = this.subscribers.get(subscriberId);
      if (membership?.status === 'confirmed' && subscriber && subscriber.status !== 'blocklisted') members.set(subscriber.email, subscriber.name);
    }
    return members;
  }

  /** A subscriber opts out through the list's unsubscribe link: only the subscription's time moves. */
  unsubscribeByLink(email: string, listId: number): void {
    const membership = this.membershipOf(email, listId);
    membership.status = 'unsubscribed';
    membership.updatedAt = new Date();
  }

  /** An operator blocklists the subscriber (or, with `bounce`, hard bounces do, leaving a bounce record); no timestamp moves. */
  blocklist(email: string, bounce?: 'hard' | 'soft' | 'complaint'): void {
    const id = this.byEmail.get(email.toLowerCase());
    const subscriber = id === undefined ? undefined : this.subscribers.get(id);
    if (!subscriber) throw new Error(`No subscriber ${email}`);
    subscriber.status = 'blocklisted';
    if (bounce) this.bounces.push({ id: this.bounces.length + 1, subscriberId: subscriber.id, type: bounce, createdAt: new Date() });
  }

  /** An operator deletes the subscriber: no trace is left. */
  deleteSubscriber(email: string): void {
    const id = this.byEmail.get(email.toLowerCase());
    if (id === undefined) return;
    this.subscribers.delete(id);
    this.byEmail.delete(email.toLowerCase());
    this.memberships.delete(id);
    this.listIndex.clear();
  }

  /** Seeds confirmed members directly (benchmarks). */
  seed(listId: number, members: { email: string; name: string }[]): void {
    const now = new Date(Date.now() - 3_600_000);
    for (const member of members) {
      const id = this.nextSubscriber++;
      const email = member.email.toLowerCase();
      this.subscribers.set(id, { id, email, name: member.name, status: 'enabled', createdAt: now, updatedAt: now });
      this.byEmail.set(email, id);
      this.memberships.set(id, new Map([[listId, { status: 'confirmed', updatedAt: now }]]));
    }
    this.listIndex.clear();
  }

  createList(name: string, key: string): number {
    const id = this.nextList++;
    this.lists.set(id, { id, name, tags: [`crm-key:${key}`], type: 'private', optin: 'single', description: '' });
    return id;
  }

  /**
   * The next call to `route` ("METHOD /path", ids as `:id`) waits unapplied and unanswered until
   * `release()`: its caller times out, and the provider applies it later, after whatever came next.
   */
  hold(route: string): HeldCall {
    return this.addHold(route, false);
  }

  /** The next call to `route` is applied at once but never answered: the caller cannot tell it from a call that was lost. */
  loseAnswer(route: string): HeldCall {
    return this.addHold(route, true);
  }

  private addHold(route: string, answerLost: boolean): HeldCall {
    let arrive = (): void => undefined;
    let release = (): void => undefined;
    let markApplied = (): void => undefined;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    const applied = new Promise<void>((resolve) => (markApplied = resolve));
    this.holds.push({ route, answerLost, arrive, released, release, applied, markApplied });
    return {
      arrived,
      release: async () => {
        release();
        await applied;
      },
    };
  }

  private takeHold(route: string): PendingHold | undefined {
    const index = this.holds.findIndex((hold) => hold.route === route);
    return index < 0 ? undefined : this.holds.splice(index, 1)[0];
  }

  // ---- HTTP ----

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://stand-in');
    const route = `${request.method ?? 'GET'} ${url.pathname.replace(/\/\d+(?=\/|$)/g, '/:id')}`;
    this.calls.set(route, (this.calls.get(route) ?? 0) + 1);
    const body = await readBody(request);
    const held = this.takeHold(route);
    if (held) {
      held.arrive();
      if (held.answerLost) {
        this.hanging.add(response);
        response.on('close', () => this.hanging.delete(response));
      } else {
        await held.released;
      }
      try {
        this.answer(request, url, body, held.answerLost ? undefined : response);
      } finally {
        held.markApplied();
      }
      return;
    }
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    if (this.failRate > 0 && this.random() < this.failRate) {
      this.failures += 1;
      if (this.random() < 0.5) {
        send(response, 500, { message: 'stand-in: injected failure' });
      } else {
        this.hanging.add(response);
        response.on('close', () => this.hanging.delete(response));
      }
      return;
    }
    this.answer(request, url, body, response);
  }

  /** Applies a call; answers it unless there is no one to answer (`response` undefined, or its caller gone). */
  private answer(request: IncomingMessage, url: URL, body: string, response: ServerResponse | undefined): void {
    const reply = (status: number, payload: unknown): void => {
      if (response && !response.destroyed && !response.socket?.destroyed) send(response, status, payload);
    };
    try {
      this.authenticate(request);
      if (body !== '' && !(request.headers['content-type'] ?? '').startsWith('application/json')) throw new HttpError(415, 'unsupported content type');
      const json: unknown = body === '' ? {} : JSON.parse(body);
      reply(200, { data: this.route(request.method ?? 'GET', url, json) });
    } catch (error) {
      if (error instanceof HttpError) reply(error.status, { message: error.message });
      else if (error instanceof SyntaxError) reply(400, { message: 'invalid JSON' });
      else reply(500, { message: error instanceof Error ? error.message : String(error) });
    }
  }

  private authenticate(request: IncomingMessage): void {
    const header = request.headers.authorization ?? '';
    const expected = `${this.user}:${this.token}`;
    if (header === `token ${expected}`) return;
    if (header.startsWith('Basic ') && Buffer.from(header.slice(6), 'base64').toString('utf8') === expected) return;
    throw new HttpError(403, 'invalid API credentials');
  }

  private route(method: string, url: URL, body: unknown): unknown {
    const path = url.pathname;
    const record = (body ?? {}) as Record<string, unknown>;
    if (method === 'GET' && path === '/api/lists') return this.getLists(url);
    if (method === 'POST' && path === '/api/lists') return this.postList(record);
    if (method === 'GET' && path === '/api/subscribers') return this.getSubscribers(url);
    if (method === 'POST' && path === '/api/subscribers') return this.postSubscriber(record);
    if (method === 'PUT' && path === '/api/subscribers/lists') return this.putLists(record);
    const bounces = /^\/api\/subscribers\/(\d+)\/bounces$/.exec(path);
    if (method === 'GET' && bounces) return this.bouncesOf(Number(bounces[1]));
    const one = /^\/api\/subscribers\/(\d+)$/.exec(path);
    if (one) {
      const id = Number(one[1]);
      if (method === 'GET') return this.present(this.subscriberOr(400, id));
      if (method === 'PATCH') return this.patchSubscriber(id, record);
      if (method === 'DELETE') {
        const subscriber = this.subscribers.get(id);
        if (subscriber) this.deleteSubscriber(subscriber.email);
        return true;
      }
    }
    throw new HttpError(404, 'unknown route');
  }

  private getLists(url: URL): unknown {
    const tag = url.searchParams.get('tag');
    const results = [...this.lists.values()].filter((list) => !tag || list.tags.includes(tag));
    return { results, total: results.length, per_page: results.length, page: 1 };
  }

  private postList(body: Record<string, unknown>): unknown {
    if (typeof body.name !== 'string' || body.name.trim() === '') throw new HttpError(400, 'invalid name');
    const id = this.nextList++;
    const list: StoredList = {
      id,
      name: body.name,
      tags: Array.isArray(body.tags) ? body.tags.filter((tag): tag is string => typeof tag === 'string') : [],
      type: typeof body.type === 'string' ? body.type : 'private',
      optin: typeof body.optin === 'string' ? body.optin : 'single',
      description: typeof body.description === 'string' ? body.description : '',
    };
    this.lists.set(id, list);
    return list;
  }

  private postSubscriber(body: Record<string, unknown>): unknown {
    if (typeof body.email !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(body.email.trim())) throw new HttpError(400, 'invalid email');
    const email = body.email.trim().toLowerCase();
    if (this.refused.has(email)) throw new HttpError(400, 'invalid email');
    if (this.byEmail.has(email)) throw new HttpError(409, 'E-mail already exists.');
    if (body.status !== undefined && !['enabled', 'disabled', 'blocklisted'].includes(body.status as string)) throw new HttpError(500, 'invalid status');
    const lists = Array.isArray(body.lists) ? body.lists.map(Number) : [];
    for (const listId of lists) if (!this.lists.has(listId)) throw new HttpError(500, 'invalid list');
    const now = new Date();
    const id = this.nextSubscriber++;
    const subscriber: StoredSubscriber = {
      id,
      email,
      name: typeof body.name === 'string' && body.name.trim() !== '' ? body.name.trim() : email,
      status: (body.status as StoredSubscriber['status'] | undefined) ?? 'enabled',
      createdAt: now,
      updatedAt: now,
    };
    this.subscribers.set(id, subscriber);
    this.byEmail.set(email, id);
    const status: SubscriptionStatus = body.preconfirm_subscriptions === true ? 'confirmed' : 'unconfirmed';
    this.memberships.set(id, new Map(lists.map((listId) => [listId, { status, updatedAt: now }])));
    this.listIndex.clear();
    for (const listId of lists) this.applied.push({ at: Date.now(), email, listId, change: 'add' });
    return this.present(subscriber);
  }

  private patchSubscriber(id: number, body: Record<string, unknown>): unknown {
    const subscriber = this.subscriberOr(400, id);
    if (typeof body.email === 'string') {
      const email = body.email.trim().toLowerCase();
      const holder = this.byEmail.get(email);
      if (holder !== undefined && holder !== id) throw new HttpError(500, 'duplicate key value violates unique constraint "idx_subs_email"');
      this.byEmail.delete(subscriber.email);
      for (const listId of this.memberships.get(id)?.keys() ?? [])
        this.applied.push({ at: Date.now(), email: subscriber.email, listId, change: 'email', detail: email });
      subscriber.email = email;
      this.byEmail.set(email, id);
    }
    if (typeof body.name === 'string' && body.name !== subscriber.name) {
      for (const listId of this.memberships.get(id)?.keys() ?? [])
        this.applied.push({ at: Date.now(), email: subscriber.email, listId, change: 'rename', detail: body.name });
      subscriber.name = body.name;
    }
    subscriber.updatedAt = new Date();
    return this.present(subscriber);
  }

  private putLists(body: Record<string, unknown>): unknown {
    const ids = Array.isArray(body.ids) ? body.ids.map(Number) : [];
    const targets = Array.isArray(body.target_list_ids) ? body.target_list_ids.map(Number) : [];
    const action = body.action;
    if (!['add', 'remove', 'unsubscribe'].includes(String(action))) throw new HttpError(400, 'invalid action');
    if (body.status !== undefined && !['unconfirmed', 'confirmed', 'unsubscribed'].includes(body.status as string)) throw new HttpError(500, 'invalid status');
    for (const id of ids) if (!this.subscribers.has(id)) throw new HttpError(500, 'invalid subscriber id');
    for (const listId of targets) if (!this.lists.has(listId)) throw new HttpError(500, 'invalid list id');
    const now = new Date();
    for (const id of ids) {
      const lists = this.memberships.get(id) ?? new Map<number, StoredMembership>();
      this.memberships.set(id, lists);
      const email = this.subscribers.get(id)?.email ?? '';
      for (const listId of targets) {
        const existing = lists.get(listId);
        if (action === 'remove') {
          if (existing) this.applied.push({ at: Date.now(), email, listId, change: 'remove' });
          lists.delete(listId);
          this.listIndex.delete(listId);
        } else if (action === 'unsubscribe') {
          if (existing && existing.status !== 'unsubscribed') this.applied.push({ at: Date.now(), email, listId, change: 'unsubscribe' });
          if (existing) Object.assign(existing, { status: 'unsubscribed', updatedAt: now });
        } else if (!existing) {
          lists.set(listId, { status: (body.status as SubscriptionStatus | undefined) ?? 'unconfirmed', updatedAt: now });
          this.listIndex.delete(listId);
          this.applied.push({ at: Date.now(), email, listId, change: 'add' });
        } else if (body.status !== undefined && existing.status !== body.status) {
          // An add with a status moves existing rows to it; `add` never moves subscribers.updated_at.
          existing.status = body.status as SubscriptionStatus;
          existing.updatedAt = now;
          this.applied.push({ at: Date.now(), email, listId, change: 'add' });
        }
      }
    }
    return true;
  }

  /**
   * Listmonk pages through SQL on its own database: `subscriber_lists` is keyed by list and
   * subscriber, so a page `subscribers.id > n` of one list reads that page, not the whole table.
   * The stand-in does the same with each list's member ids kept sorted (rebuilt after a change),
   * starting a page at the cursor by binary search.
   */
  private getSubscribers(url: URL): unknown {
    const perPageRaw = url.searchParams.get('per_page') ?? '20';
    const perPage = perPageRaw === 'all' ? Number.MAX_SAFE_INTEGER : Math.max(1, Number(perPageRaw));
    const page = Math.max(1, Number(url.searchParams.get('page') ?? '1'));
    const listIdRaw = url.searchParams.get('list_id');
    const listId = listIdRaw === null ? null : Number(listIdRaw);
    const { after, conditions } = parseQuery(url.searchParams.get('query') ?? '', listId !== null);
    const ascending = (url.searchParams.get('order') ?? 'desc').toLowerCase() === 'asc';
    const ids = listId === null ? [...this.subscribers.keys()].sort((a, b) => a - b) : this.sortedMembers(listId);
    const first = after === null ? 0 : firstAbove(ids, after);
    const wanted = (page - 1) * perPage + perPage;
    const results: StoredSubscriber[] = [];
    let total = 0;
    const take = (id: number): void => {
      const subscriber = this.subscribers.get(id);
      if (!subscriber) return;
      const membership = listId === null ? undefined : this.memberships.get(id)?.get(listId);
      if (!conditions.every((condition) => condition(subscriber, membership))) return;
      total += 1;
      if (results.length < wanted) results.push(subscriber);
    };
    if (ascending && conditions.length === 0) {
      // A page on the index: the rows up to the page's end, and the count of the rest without reading them.
      for (let index = first; index < ids.length && results.length < wanted; index += 1) take(ids[index]);
      total = results.length + Math.max(0, ids.length - first - results.length);
    } else if (ascending) {
      for (let index = first; index < ids.length; index += 1) take(ids[index]);
    } else {
      for (let index = ids.length - 1; index >= first; index -= 1) take(ids[index]);
    }
    const slice = results.slice((page - 1) * perPage, wanted);
    return { results: slice.map((subscriber) => this.present(subscriber)), total, per_page: perPage, page };
  }

  /** The list's member ids in ascending order, rebuilt only after a change of its members. */
  private sortedMembers(listId: number): number[] {
    const cached = this.listIndex.get(listId);
    if (cached) return cached;
    const ids: number[] = [];
    for (const [subscriberId, lists] of this.memberships) if (lists.has(listId)) ids.push(subscriberId);
    ids.sort((a, b) => a - b);
    this.listIndex.set(listId, ids);
    return ids;
  }

  /** Listmonk answers a subscriber's bounce records as a plain array. */
  private bouncesOf(subscriberId: number): unknown {
    const subscriber = this.subscriberOr(400, subscriberId);
    return this.bounces
      .filter((bounce) => bounce.subscriberId === subscriberId)
      .map((bounce) => ({ id: bounce.id, type: bounce.type, source: 'api', meta: {}, created_at: bounce.createdAt.toISOString(), email: subscriber.email }));
  }

  private present(subscriber: StoredSubscriber): unknown {
    const lists = [...(this.memberships.get(subscriber.id)?.entries() ?? [])].map(([listId, membership]) => ({
      id: listId,
      name: this.lists.get(listId)?.name ?? '',
      subscription_status: membership.status,
      updated_at: membership.updatedAt.toISOString(),
    }));
    return {
      id: subscriber.id,
      email: subscriber.email,
      name: subscriber.name,
      status: subscriber.status,
      lists,
      created_at: subscriber.createdAt.toISOString(),
      updated_at: subscriber.updatedAt.toISOString(),
    };
  }

  private subscriberOr(status: number, id: number): StoredSubscriber {
    const subscriber = this.subscribers.get(id);
    if (!subscriber) throw new HttpError(status, 'subscriber not found');
    return subscriber;
  }

  private membershipOf(email: string, listId: number): StoredMembership {
    const id = this.byEmail.get(email.toLowerCase());
    const membership = id === undefined ? undefined : this.memberships.get(id)?.get(listId);
    if (!membership) throw new Error(`${email} is not on list ${listId}`);
    return membership;
  }
}

type Condition = (subscriber: StoredSubscriber, membership: StoredMembership | undefined) => boolean;

/**
 * The SQL expressions the provider sends, joined by AND: anything else is a 400, as a bad query is in Listmonk.
 * A cursor `subscribers.id > n` is returned apart, for the index to start at.
 */
function parseQuery(query: string, listJoined: boolean): { after: number | null; conditions: Condition[] } {
  const text = query.trim();
  let after: number | null = null;
  if (text === '') return { after, conditions: [] };
  const conditions = splitAnd(text).flatMap((part): Condition[] => {
    let match = /^subscribers\.email\s*=\s*'((?:[^']|'')*)'$/i.exec(part);
    if (match) {
      const email = (match[1] ?? '').replace(/''/g, "'").toLowerCase();
      return [(subscriber) => subscriber.email === email];
    }
    match = /^subscribers\.id\s*>\s*(\d+)$/i.exec(part);
    if (match) {
      after = Math.max(after ?? 0, Number(match[1]));
      return [];
    }
    match = /^\(subscribers\.updated_at\s*>\s*'([^']+)'\s+OR\s+subscriber_lists\.updated_at\s*>\s*'([^']+)'\)$/i.exec(part);
    if (match) {
      if (!listJoined) throw new HttpError(400, 'missing FROM-clause entry for table "subscriber_lists"');
      const a = new Date(match[1] ?? '').getTime();
      const b = new Date(match[2] ?? '').getTime();
      return [(subscriber, membership) => subscriber.updatedAt.getTime() > a || (membership?.updatedAt.getTime() ?? 0) > b];
    }
    if (/(^|[^.\w])(email|id|updated_at)\b/.test(part)) throw new HttpError(400, 'column reference is ambiguous');
    throw new HttpError(400, `error querying subscribers: ${part}`);
  });
  return { after, conditions };
}

/** Index of the first id above `after` in ascending `ids`. */
function firstAbove(ids: number[], after: number): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ids[middle] > after) high = middle;
    else low = middle + 1;
  }
  return low;
}

function splitAnd(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === "'") quoted = !quoted;
    if (quoted) continue;
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (depth === 0 && text.slice(index, index + 5).toUpperCase() === ' AND ') {
      parts.push(text.slice(start, index).trim());
      start = index + 5;
      index += 4;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  response.end(text);
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
