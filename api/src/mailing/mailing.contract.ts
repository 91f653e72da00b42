/**
 * What both sides know of mailing lists and subscriptions: the values stored
 * as text with CHECK constraints, and the pure rules the admin UI shows.
 * Pure: the admin UI imports it.
 */
export const MAILING_PROVIDER_KINDS = ['none', 'mailman', 'listmonk'] as const;
export type MailingProviderKind = (typeof MAILING_PROVIDER_KINDS)[number];

export const MAILING_LANGUAGES = ['en', 'es', 'fr'] as const;
export type MailingLanguage = (typeof MAILING_LANGUAGES)[number];

/** Who a list is written for. */
export const MAILING_AUDIENCES = ['members', 'steering', 'public', 'staff'] as const;
export type MailingAudience = (typeof MAILING_AUDIENCES)[number];

export const SUBSCRIPTION_STATUSES = ['pending', 'subscribed', 'unsubscribed', 'bounced'] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

/** How a subscription came to be. */
export const SUBSCRIPTION_SOURCES = ['staff', 'self', 'rule', 'import', 'provider'] as const;
export type SubscriptionSource = (typeof SUBSCRIPTION_SOURCES)[number];

/**
 * Who ended a subscription. A rule re-subscribes only what a rule ended
 * (the organization lapsed, then came back); never a person's own opt-out,
 * the provider's report of one, a bounce or a withdrawn consent.
 */
export const SUBSCRIPTION_ENDERS = ['person', 'staff', 'provider', 'rule', 'consent'] as const;
export type SubscriptionEnder = (typeof SUBSCRIPTION_ENDERS)[number];

/** Whom a rule subscribes: contacts of active member organizations. */
export const RULE_AUDIENCES = ['primary_contacts', 'all_contacts'] as const;
export type RuleAudience = (typeof RULE_AUDIENCES)[number];

/**
 * Where a subscription stands with the list server: synced (the provider has
 * our latest change), pending (a change is on its way), failed (the provider
 * refused it or every retry failed: see lastError), not_configured (the list
 * has no provider, or its provider's address is not set: kept for later).
 */
export const SYNC_STATES = ['synced', 'pending', 'failed', 'not_configured'] as const;
export type SyncState = (typeof SYNC_STATES)[number];

export const RECONCILE_MODES = ['incremental', 'full'] as const;
export type ReconcileMode = (typeof RECONCILE_MODES)[number];

export const RECONCILE_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ReconcileStatus = (typeof RECONCILE_STATUSES)[number];

/** Whether a rule may put this subscription (back) on its list. */
export function ruleMaySubscribe(existing: { status: SubscriptionStatus; endedBy: SubscriptionEnder | null } | null): boolean {
  if (!existing) return true;
  if (existing.status === 'subscribed' || existing.status === 'pending') return false;
  return existing.status === 'unsubscribed' && existing.endedBy === 'rule';
}

/** A list's key (its slug at the provider): lower-case letters, digits and dashes. */
export const LIST_KEY_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}$/;

/** Progress of a reconcile run in percent, 0 when nothing is known yet. */
export function reconcilePercent(run: { processed: number; total: number | null; status: ReconcileStatus }): number {
  if (run.status === 'done') return 100;
  if (!run.total || run.total <= 0) return 0;
  return Math.min(99, Math.floor((run.processed / run.total) * 100));
}
