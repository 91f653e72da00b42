import { EVENT_STATUSES, EVENT_SUPPORT_KINDS, EVENT_TYPES, type EventStatus, type EventSupportKind, type EventType } from '@contract/events/event.contract';
import type { Schema } from '../api/schema';

/** An event as `GET /api/events/:id` returns it. */
export type EventRecord = Schema<'EventResponseDto'>;

export const EVENT_TYPE_CHOICES: Array<{ id: EventType; name: string }> = EVENT_TYPES.map((type) => ({ id: type, name: `resources.events.type.${type}` }));

export const EVENT_STATUS_CHOICES: Array<{ id: EventStatus; name: string }> = EVENT_STATUSES.map((status) => ({
  id: status,
  name: `resources.events.status.${status}`,
}));

export const EVENT_SUPPORT_CHOICES: Array<{ id: EventSupportKind; name: string }> = EVENT_SUPPORT_KINDS.map((kind) => ({
  id: kind,
  name: `resources.events.support.${kind}`,
}));

/** The colour of each type in the calendar, readable with white text (contrast ≥ 4.5:1). */
export const EVENT_TYPE_COLOURS: Readonly<Record<EventType, string>> = {
  national_event: '#1b5e20',
  intergovernmental_session: '#0d47a1',
  campaign_day: '#b71c1c',
  webinar: '#4a148c',
  other: '#37474f',
};
