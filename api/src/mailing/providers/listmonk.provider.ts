import { callProvider, type HttpTarget } from './provider-http.js';
import type { ListSpec, MailingProvider, ProviderMember, ProviderPage } from './mailing-provider.js';

export interface ListmonkOptions {
  url: string;
  user: string;
  token: string;
  timeoutMs: number;
  /** Members per page when listing (Listmonk allows up to its own maximum). */
  pageSize?: number;
}

interface ListmonkSubscriber {
  id: number;
  email: string;
  name: string;
  status: 'enabled' | 'disabled' | 'blocklisted';
  updated_at?: string | null;
  lists?: { id: number; subscription_status: 'unconfirmed' | 'confirmed' | 'unsubscribed'; updated_at?: string | null }[];
}

interface Envelope<T> {
  data: T;
}

/** Listmonk keeps our list's key as a tag, so that ensureList finds the list again. */
const keyTag = (key: string): string => `crm-key:${key}`;

/**
 * Listmonk through its REST API (v2+/v6 as its code behaves): API user and
 * token, `{data}` envelopes, `{message}` errors. It has no upsert: a create
 * that meets the address (409) is followed by a lookup and a partial update.
 */
export class ListmonkProvider implements MailingProvider {
  readonly kind = 'listmonk' as const;
  private readonly target: HttpTarget;
  private readonly pageSize: number;

  constructor(options: ListmonkOptions) {
    this.target = {
      baseUrl: options.url.replace(/\/+$/, ''),
      headers: { Authorization: `token ${options.user}:${options.token}` },
      timeoutMs: options.timeoutMs,
      label: 'Listmonk',
    };
    this.pageSize = options.pageSize ?? 1000;
  }

  async ensureList(list: ListSpec): Promise<string> {
    const found = await callProvider(this.target, 'GET', `/api/lists?tag=${encodeURIComponent(keyTag(list.key))}&per_page=all`);
    const existing = (found.body as Envelope<{ results: { id: number; tags?: string[] }[] }>).data.results.find((candidate) =>
      (candidate.tags ?? []).includes(keyTag(list.key)),
    );
    if (existing) return String(existing.id);
    const created = await callProvider(this.target, 'POST', '/api/lists', {
      name: list.name,
      type: 'private',
      optin: 'single',
      tags: [keyTag(list.key), `lang:${list.language}`],
      description: `Kept in sync by Coalition CRM (${list.key})`,
    });
    return String((created.body as Envelope<{ id: number }>).data.id);
  }

  async upsertMember(listId: string, member: { email: string; name: string | null }): Promise<void> {
    const email = normalize(member.email);
    const name = member.name ?? email;
    const created = await callProvider(
      this.target,
      'POST',
      '/api/subscribers',
      { email, name, status: 'enabled', lists: [Number(listId)], preconfirm_subscriptions: true },
      [409],
    );
    if (created.status !== 409) return;
    const existing = await this.find(email);
    if (!existing) throw new Error(`Listmonk said ${email} exists but does not list it`);
    if (existing.name !== name) await callProvider(this.target, 'PATCH', `/api/subscribers/${existing.id}`, { name });
    const onList = (existing.lists ?? []).find((entry) => String(entry.id) === listId);
    if (onList?.subscription_status === 'confirmed') return;
    await callProvider(this.target, 'PUT', '/api/subscribers/lists', {
      ids: [existing.id],
      action: 'add',
      target_list_ids: [Number(listId)],
      status: 'confirmed',
    });
  }

  async removeMember(listId: string, email: string): Promise<void> {
    const existing = await this.find(normalize(email));
    if (!existing || !(existing.lists ?? []).some((entry) => String(entry.id) === listId)) return;
    await callProvider(this.target, 'PUT', '/api/subscribers/lists', { ids: [existing.id], action: 'remove', target_list_ids: [Number(listId)] });
  }

  async changeEmail(listId: string, from: string, to: string, name: string | null): Promise<void> {
    const [old, taken] = await Promise.all([this.find(normalize(from)), this.find(normalize(to))]);
    // A PATCH onto an address another subscriber has answers 500: move list membership instead.
    if (old && !taken && (old.lists ?? []).length <= 1) {
      await callProvider(this.target, 'PATCH', `/api/subscribers/${old.id}`, { email: normalize(to), name: name ?? normalize(to) });
      if (!(old.lists ?? []).some((entry) => String(entry.id) === listId && entry.subscription_status === 'confirmed')) {
        await this.upsertMember(listId, { email: to, name });
      }
      return;
    }
    await this.upsertMember(listId, { email: to, name });
    if (old) await this.removeMember(listId, from);
  }

  async listMembers(listId: string, page: string | null, since?: Date): Promise<ProviderPage> {
    const after = page === null ? 0 : Number(page);
    const conditions = [`subscribers.id > ${Number.isFinite(after) ? Math.trunc(after) : 0}`];
    if (since) {
      // An unsubscribe moves only the subscription's time, an edit only the subscriber's: look at both.
      const at = since.toISOString();
      conditions.push(`(subscribers.updated_at > '${at}' OR subscriber_lists.updated_at > '${at}')`);
    }
    const query = encodeURIComponent(conditions.join(' AND '));
    const answer = await callProvider(
      this.target,
      'GET',
      `/api/subscribers?list_id=${encodeURIComponent(listId)}&query=${query}&order_by=id&order=asc&per_page=${this.pageSize}&page=1`,
    );
    const results = (answer.body as Envelope<{ results: ListmonkSubscriber[] }>).data.results;
    const members = results.map((subscriber) => toMember(subscriber, listId));
    // Listmonk blocklists after hard bounces as it does by hand: its bounce records tell the two apart. Blocklisted members are few.
    for (const [index, subscriber] of results.entries()) {
      const member = members[index];
      if (member && subscriber.status === 'blocklisted' && (await this.hasBounced(subscriber.id))) member.state = 'bounced';
    }
    const last = results.at(-1);
    return { members, next: results.length === this.pageSize && last ? String(last.id) : null };
  }

  private async hasBounced(subscriberId: number): Promise<boolean> {
    const answer = await callProvider(this.target, 'GET', `/api/subscribers/${subscriberId}/bounces`);
    const records = (answer.body as Envelope<unknown[] | null>).data;
    return Array.isArray(records) && records.length > 0;
  }

  private async find(email: string): Promise<ListmonkSubscriber | null> {
    const query = encodeURIComponent(`subscribers.email = '${email.replace(/'/g, "''")}'`);
    const answer = await callProvider(this.target, 'GET', `/api/subscribers?query=${query}&per_page=1&page=1`);
    return (answer.body as Envelope<{ results: ListmonkSubscriber[] }>).data.results[0] ?? null;
  }
}

const normalize = (email: string): string => email.trim().toLowerCase();

function toMember(subscriber: ListmonkSubscriber, listId: string): ProviderMember {
  const entry = (subscriber.lists ?? []).find((candidate) => String(candidate.id) === listId);
  const times = [subscriber.updated_at, entry?.updated_at]
    .filter((value): value is string => typeof value === 'string')
    .map((value) => new Date(value).getTime());
  const state: ProviderMember['state'] =
    subscriber.status === 'blocklisted' ? 'blocklisted' : !entry || entry.subscription_status === 'unsubscribed' ? 'unsubscribed' : 'subscribed';
  return { email: subscriber.email, name: subscriber.name || null, state, updatedAt: times.length > 0 ? new Date(Math.max(...times)) : null };
}
