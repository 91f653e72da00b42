/**
 * What both sides know of events: their kinds, the steps of their life and
 * the kinds of support the coalition gives. Pure: the admin UI imports it.
 */
export const EVENT_TYPES = ['national_event', 'intergovernmental_session', 'campaign_day', 'webinar', 'other'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_STATUSES = ['proposed', 'planned', 'held', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** What a member organization may ask of the coalition, and what the coalition gives. */
export const EVENT_SUPPORT_KINDS = ['materials', 'coordination', 'steering_member_present'] as const;
export type EventSupportKind = (typeof EVENT_SUPPORT_KINDS)[number];

/**
 * A proposal is confirmed (planned) or declined (cancelled); a planned event
 * is held or called off. Held and cancelled are final.
 */
export const EVENT_TRANSITIONS: Readonly<Record<EventStatus, readonly EventStatus[]>> = {
  proposed: ['planned', 'cancelled'],
  planned: ['held', 'cancelled'],
  held: [],
  cancelled: [],
};

export const canMoveEvent = (from: EventStatus, to: EventStatus): boolean => from === to || EVENT_TRANSITIONS[from].includes(to);

/** The field a move to `to` requires, if any: a held event has its outcome report, a cancelled one its reason. */
export function fieldRequiredFor(to: EventStatus): 'outcomeReport' | 'cancellationReason' | undefined {
  if (to === 'held') return 'outcomeReport';
  if (to === 'cancelled') return 'cancellationReason';
  return undefined;
}
