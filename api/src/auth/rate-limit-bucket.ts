/**
 * The budgets of public routes, kept apart so that reading the public map
 * does not use up the attempts of somebody signing in.
 * - login: per address, counted with sign-in. Not per e-mail: a limit per
 *   account across all addresses is one anybody can use up to keep the owner
 *   out; guessing is slowed per (e-mail, address) by LoginThrottleService instead;
 * - sign-in: password links and changes, per address and per e-mail;
 * - session: refreshing and ending a session, per address, ten times the sign-in budget;
 * - form: public submissions (membership form), per address and per e-mail;
 * - read: public reads, per address, ten times the sign-in budget.
 */
export type RateLimitBucket = 'login' | 'sign-in' | 'session' | 'form' | 'read';

export const RATE_LIMIT_BUCKET = 'rate-limit:bucket';
