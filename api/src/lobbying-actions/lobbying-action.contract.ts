/**
 * What both sides know of lobbying actions: their kinds, the asks the
 * coalition puts to a state, their statuses, and the one date rule. Pure: the
 * admin UI imports it.
 */
export const LOBBYING_ACTION_TYPES = ['meeting', 'letter', 'call', 'petition_delivery', 'upr_intervention', 'media', 'other'] as const;
export type LobbyingActionType = (typeof LOBBYING_ACTION_TYPES)[number];

/** Sign and ratify the Optional Protocol, make the declarations of articles 10 and 11, nominate ESCR Committee experts, raise it in the UPR. */
export const LOBBYING_ASKS = ['sign', 'ratify', 'declare_art10', 'declare_art11', 'nominate_expert', 'raise_in_upr', 'other'] as const;
export type LobbyingAsk = (typeof LOBBYING_ASKS)[number];

export const LOBBYING_ACTION_STATUSES = ['planned', 'done', 'awaiting_response', 'closed'] as const;
export type LobbyingActionStatus = (typeof LOBBYING_ACTION_STATUSES)[number];

/** Days without an answer after which an action awaiting a response is shown as overdue, unless the list asks otherwise. */
export const DEFAULT_AWAITING_DAYS = 30;

/** A follow-up cannot come before the action it follows (dates as `YYYY-MM-DD`). */
export const followUpBeforeAction = (occurredOn: string, followUpAt: string | null | undefined): boolean =>
  followUpAt !== null && followUpAt !== undefined && followUpAt < occurredOn;
