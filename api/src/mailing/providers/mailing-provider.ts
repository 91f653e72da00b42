/** A member of a list as the provider knows it. */
export interface ProviderMember {
  email: string;
  name: string | null;
  /** subscribed: receives mail; unsubscribed: opted out (or removed from the roster); bounced: delivery stopped by bounces; blocklisted: refused by the provider. */
  state: 'subscribed' | 'unsubscribed' | 'bounced' | 'blocklisted';
  /** When the provider last changed this member, if it says. */
  updatedAt: Date | null;
}

export interface ProviderPage {
  members: ProviderMember[];
  /** Opaque cursor of the next page, null at the end. */
  next: string | null;
}

export interface ListSpec {
  /** Our list's slug, e.g. "members-es"; provider's id is derived or stored by the caller. */
  key: string;
  name: string;
  language: 'en' | 'es' | 'fr';
}

/** Permanent = the provider refused (4xx): retrying will not help. Anything else thrown is transient. */
export class PermanentProviderError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'PermanentProviderError';
  }
}

export interface MailingProvider {
  readonly kind: 'mailman' | 'listmonk';
  /** Creates the list if missing; returns the provider's list id. Idempotent. */
  ensureList(list: ListSpec): Promise<string>;
  /** Subscribes or updates (name) a member, keyed by e-mail. Idempotent. */
  upsertMember(listId: string, member: { email: string; name: string | null }): Promise<void>;
  /** Removes/unsubscribes a member. Idempotent: absent is fine. */
  removeMember(listId: string, email: string): Promise<void>;
  /** Changes a member's address (e-mail change); falls back to remove + upsert where unsupported. */
  changeEmail(listId: string, from: string, to: string, name: string | null): Promise<void>;
  /** One page of the list's members; `since` = only changed since (when the provider can filter). */
  listMembers(listId: string, page: string | null, since?: Date): Promise<ProviderPage>;
}
