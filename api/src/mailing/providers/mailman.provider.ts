import { randomUUID } from 'node:crypto';
import { type ListSpec, type MailingProvider, type ProviderMember, type ProviderPage, PermanentProviderError } from './mailing-provider.js';

/** How to reach a Mailman 3 Core REST API (version 3.1). */
export interface MailmanOptions {
  /** Base address of the REST API without the version, e.g. http://127.0.0.1:8001 */
  url: string;
  user: string;
  password: string;
  timeoutMs: number;
  /** The mail host our lists live under; a list's id is `<key>.<mailHost>`. */
  mailHost: string;
  /** Members per roster request (default 200). */
  pageSize?: number;
}

/**
 * Mailman keeps a member's delivery status as a preference, which its roster does not show. Those
 * whose delivery is stopped are few: they are read once per walk through the roster
 * (`/3.1/members/find` filters on the status), and every roster page is told apart with them.
 */
const STOPPED_DELIVERY: readonly { status: string; state: ProviderMember['state'] }[] = [
  { status: 'by_bounces', state: 'bounced' },
  { status: 'by_user', state: 'unsubscribed' },
  { status: 'by_moderator', state: 'unsubscribed' },
  // Stopped for a reason Mailman does not know: the member receives nothing.
  { status: 'unknown', state: 'unsubscribed' },
];

/** Walks kept in memory (their stopped-delivery members), for the pages that follow the first. */
const WALKS_KEPT = 32;

interface MailmanMember {
  member_id: string;
  email: string;
  display_name?: string;
  list_id: string;
  role: string;
}

interface MailmanCollection<T> {
  start?: number;
  total_size: number;
  entries?: T[];
}

interface Cursor {
  /** Which walk through the roster this page belongs to. */
  walk: string;
  /** Mailman's page number, from 1. */
  page: number;
}

interface MailmanResponse {
  status: number;
  body: unknown;
}

/** Statuses of 4xx that say "try again later" rather than "no". */
const TRANSIENT_CLIENT_STATUSES = new Set([408, 425, 429]);

/**
 * Mailman 3 Core through its REST API 3.1 with basic authentication.
 *
 * - `ensureList` creates the mail host's domain and the list when missing and keeps its display
 *   name and preferred language ours.
 * - `upsertMember` subscribes pre-verified, pre-confirmed and pre-approved (our application
 *   collected the consent); a member already subscribed is not an error, the display name is
 *   brought up to date instead, and delivery Mailman had stopped (bounces, the member) is turned
 *   back on. Mailman keeps the display name on the address, shared by every
 *   list the address is on.
 * - `changeEmail` subscribes the new address first and then removes the old one: Mailman moves a
 *   membership only between addresses of one verified user, which our subscribers are not.
 * - `listMembers` pages the roster; a member whose delivery Mailman stopped for bounces is
 *   `bounced`, stopped by the member, a moderator or for an unknown reason `unsubscribed`. It
 *   cannot filter by update time (Mailman records none): `since` is ignored and `updatedAt` is
 *   always null.
 *
 * Errors: a 4xx answer is a PermanentProviderError carrying Mailman's description (408, 425 and
 * 429 excepted); 5xx answers, timeouts and connection failures are plain errors, to be retried.
 */
export class MailmanProvider implements MailingProvider {
  readonly kind = 'mailman' as const;
  private readonly base: string;
  private readonly authorization: string;
  private readonly pageSize: number;
  /** Per walk: the list and its members whose delivery is stopped, by e-mail. */
  private readonly walks = new Map<string, { listId: string; stopped: Map<string, ProviderMember['state']> }>();

  constructor(private readonly options: MailmanOptions) {
    this.base = `${options.url.replace(/\/+$/, '')}/3.1`;
    this.authorization = `Basic ${Buffer.from(`${options.user}:${options.password}`).toString('base64')}`;
    this.pageSize = options.pageSize ?? 500;
  }

  /** The list id Mailman gives a list of ours. */
  listIdFor(key: string): string {
    return `${key}.${this.options.mailHost}`;
  }

  async ensureList(list: ListSpec): Promise<string> {
    const listId = this.listIdFor(list.key);
    const existing = await this.request('GET', `/lists/${encodeURIComponent(listId)}`, { allow: [404] });
    if (existing.status === 404) {
      const domain = await this.request('POST', '/domains', {
        form: { mail_host: this.options.mailHost },
        allow: [400],
      });
      if (domain.status === 400 && !describe(domain.body).includes('Duplicate email host')) {
        throw this.refusal('POST /domains', domain);
      }
      const created = await this.request('POST', '/lists', {
        form: { fqdn_listname: `${list.key}@${this.options.mailHost}` },
        allow: [400],
      });
      // Another process may have created it in between: that is the state we want.
      if (created.status === 400 && !describe(created.body).includes('Mailing list exists')) {
        throw this.refusal('POST /lists', created);
      }
    }
    await this.request('PATCH', `/lists/${encodeURIComponent(listId)}/config`, {
      form: { display_name: list.name, preferred_language: list.language },
    });
    return listId;
  }

  async upsertMember(listId: string, member: { email: string; name: string | null }): Promise<void> {
    const email = member.email.trim();
    const wanted = member.name?.trim() ?? '';
    const addressPath = `/addresses/${encodeURIComponent(email)}`;
    const address = await this.request('GET', addressPath, { allow: [404] });
    if (address.status !== 404) {
      const current = (address.body as { display_name?: string }).display_name ?? '';
      if (current !== wanted) await this.request('PATCH', addressPath, { form: { display_name: wanted } });
    }
    const subscribed = await this.request('POST', '/members', {
      form: {
        list_id: listId,
        subscriber: email,
        display_name: wanted,
        role: 'member',
        pre_verified: 'true',
        pre_confirmed: 'true',
        pre_approved: 'true',
      },
      allow: [409],
    });
    if (subscribed.status === 202) {
      throw new PermanentProviderError(`Mailman held the subscription of ${email} to ${listId} for confirmation`, 202);
    }
    // 409 "Member already subscribed": idempotent; the display name was brought up to date above.
    if (subscribed.status === 409) await this.resumeDelivery(listId, email);
  }

  /**
   * A member Mailman stopped delivering to (bounces, the member's own pause) is still on the
   * roster, so subscribing again answers 409 and changes nothing: we want them to receive mail,
   * so their delivery is turned back on. A member already receiving mail costs one read.
   */
  private async resumeDelivery(listId: string, email: string): Promise<void> {
    for (const found of await this.findMembers(listId, email)) {
      const path = `/members/${encodeURIComponent(found.member_id)}/preferences`;
      const preferences = await this.request('GET', path);
      const status = (preferences.body as { delivery_status?: unknown }).delivery_status;
      if (status !== undefined && status !== 'enabled') await this.request('PATCH', path, { form: { delivery_status: 'enabled' } });
    }
  }

  async removeMember(listId: string, email: string): Promise<void> {
    for (const found of await this.findMembers(listId, email)) {
      await this.request('DELETE', `/members/${encodeURIComponent(found.member_id)}`, {
        query: { pre_approved: 'true', pre_confirmed: 'true' },
        allow: [404],
      });
    }
  }

  async changeEmail(listId: string, from: string, to: string, name: string | null): Promise<void> {
    await this.upsertMember(listId, { email: to, name });
    if (from.trim().toLowerCase() !== to.trim().toLowerCase()) await this.removeMember(listId, from);
  }

  /**
   * One page of the list's roster (ordered by e-mail at Mailman). `since` is ignored: Mailman
   * cannot say what changed when, so every reconcile of a Mailman list is a full one. The first
   * page reads who has delivery stopped; the cursor names that walk so the following pages reuse
   * it (a process that does not know the walk, e.g. after a restart, reads them again).
   */
  async listMembers(listId: string, page: string | null, _since?: Date): Promise<ProviderPage> {
    const cursor: Cursor = page === null ? { walk: randomUUID(), page: 1 } : decodeCursor(page);
    let walk = this.walks.get(cursor.walk);
    if (!walk || walk.listId !== listId) {
      walk = { listId, stopped: await this.stoppedDelivery(listId) };
      this.walks.set(cursor.walk, walk);
      while (this.walks.size > WALKS_KEPT) this.walks.delete(this.walks.keys().next().value as string);
    }
    const response = await this.request('GET', `/lists/${encodeURIComponent(listId)}/roster/member`, {
      query: { count: String(this.pageSize), page: String(cursor.page) },
    });
    const collection = response.body as MailmanCollection<MailmanMember>;
    const entries = collection.entries ?? [];
    const more = entries.length > 0 && (cursor.page - 1) * this.pageSize + entries.length < collection.total_size;
    if (!more) this.walks.delete(cursor.walk);
    const stopped = walk.stopped;
    return {
      members: entries.map((entry) => ({
        email: entry.email,
        name: entry.display_name ? entry.display_name : null,
        state: stopped.get(entry.email.toLowerCase()) ?? 'subscribed',
        updatedAt: null,
      })),
      next: more ? encodeCursor({ walk: cursor.walk, page: cursor.page + 1 }) : null,
    };
  }

  /** The list's members whose delivery is stopped, with the state that stands for. */
  private async stoppedDelivery(listId: string): Promise<Map<string, ProviderMember['state']>> {
    const stopped = new Map<string, ProviderMember['state']>();
    for (const { status, state } of STOPPED_DELIVERY) {
      for (let page = 1; ; page += 1) {
        const response = await this.request('GET', '/members/find', {
          query: { list_id: listId, role: 'member', delivery_status: status, count: '1000', page: String(page) },
        });
        const collection = response.body as MailmanCollection<MailmanMember>;
        const entries = collection.entries ?? [];
        for (const entry of entries) if (entry.list_id === listId) stopped.set(entry.email.toLowerCase(), state);
        if (entries.length === 0 || (page - 1) * 1000 + entries.length >= collection.total_size) break;
      }
    }
    return stopped;
  }

  /** The list's member entries for exactly this address (Mailman's search treats `*` as a wildcard). */
  private async findMembers(listId: string, email: string): Promise<MailmanMember[]> {
    const response = await this.request('GET', '/members/find', {
      query: { list_id: listId, subscriber: email.trim(), role: 'member' },
    });
    const wanted = email.trim().toLowerCase();
    const entries = (response.body as MailmanCollection<MailmanMember>).entries ?? [];
    return entries.filter((entry) => entry.email.toLowerCase() === wanted && entry.list_id === listId);
  }

  private async request(
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    path: string,
    options: { form?: Record<string, string>; query?: Record<string, string>; allow?: number[] } = {},
  ): Promise<MailmanResponse> {
    const url = `${this.base}${path}${options.query ? `?${new URLSearchParams(options.query).toString()}` : ''}`;
    const what = `${method} ${path}`;
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, {
        method,
        headers: {
          authorization: this.authorization,
          accept: 'application/json',
          ...(options.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
        body: options.form ? new URLSearchParams(options.form).toString() : undefined,
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      // Not `instanceof`: the abort reason is a DOMException, from another realm under some runners.
      const name = (error as { name?: unknown } | null)?.name;
      if (name === 'TimeoutError' || name === 'AbortError') {
        throw new Error(`Mailman did not answer ${what} within ${this.options.timeoutMs} ms`, { cause: error });
      }
      throw new Error(`Mailman is unreachable (${what}): ${reason(error)}`, { cause: error });
    }
    const result: MailmanResponse = { status: response.status, body: parseBody(text) };
    if (response.ok || options.allow?.includes(response.status)) return result;
    if (response.status >= 400 && response.status < 500 && !TRANSIENT_CLIENT_STATUSES.has(response.status)) {
      throw this.refusal(what, result);
    }
    throw new Error(`Mailman answered ${response.status} to ${what}: ${describe(result.body)}`);
  }

  private refusal(what: string, response: MailmanResponse): PermanentProviderError {
    return new PermanentProviderError(`Mailman refused ${what} (${response.status}): ${describe(response.body)}`, response.status);
  }
}

function parseBody(text: string): unknown {
  if (text === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return { description: text.slice(0, 500) };
  }
}

/** Mailman's error bodies are `{"title": "...", "description": "..."}`. */
function describe(body: unknown): string {
  if (body && typeof body === 'object') {
    const { description, title } = body as { description?: unknown; title?: unknown };
    if (typeof description === 'string' && description) return description;
    if (typeof title === 'string' && title) return title;
  }
  return 'no description';
}

function reason(error: unknown): string {
  const { message, cause } = (error ?? {}) as { message?: unknown; cause?: { message?: unknown } };
  const text = typeof message === 'string' ? message : String(error);
  return typeof cause?.message === 'string' && cause.message ? `${text} (${cause.message})` : text;
}

function encodeCursor(cursor: Cursor): string {
  return `${cursor.walk}:${cursor.page}`;
}

function decodeCursor(value: string): Cursor {
  const match = /^([0-9a-f-]{36}):(\d{1,9})$/.exec(value);
  const page = match ? Number(match[2]) : NaN;
  if (!match || page < 1) throw new PermanentProviderError(`Not a Mailman page cursor: ${value.slice(0, 40)}`);
  return { walk: match[1], page };
}
