import EventIcon from '@mui/icons-material/Event';
import { ALL, READ } from '../auth/access-rule';
import { lazyPage } from '../common/lazy-page';
import type { ResourceDefinition } from '../common/resource-definition';
import { EVENT_STATUS_CHOICES, EVENT_SUPPORT_CHOICES, EVENT_TYPE_CHOICES, type EventRecord } from './event-record';
import { eventsMessages } from './messages';

export const events: ResourceDefinition = {
  name: 'events',
  pages: {
    // The list is the calendar (month, week, agenda): the calendar component loads with this page only.
    list: lazyPage(() => import('./EventCalendar'), 'EventCalendar'),
    create: lazyPage(() => import('./EventCreate'), 'EventCreate'),
    edit: lazyPage(() => import('./EventEdit'), 'EventEdit'),
    show: lazyPage(() => import('./EventShow'), 'EventShow'),
    icon: EventIcon,
    recordRepresentation: (record: EventRecord): string => record.title,
  },
  menu: { group: 'campaign', order: 20 },
  // Members propose events for their countries and see their organization's and the public ones.
  access: { admin: ALL, coordinator: ALL, steering: READ, member: ['list', 'show', 'create'] },
  auditEntityType: 'Event',
  auditValues: {
    type: { choices: EVENT_TYPE_CHOICES },
    status: { choices: EVENT_STATUS_CHOICES },
    supportRequested: { choices: EVENT_SUPPORT_CHOICES },
    supportGiven: { choices: EVENT_SUPPORT_CHOICES },
    countryId: { reference: 'countries' },
    proposedByOrganizationId: { reference: 'organizations' },
    organizerIds: { reference: 'organizations' },
  },
  messages: eventsMessages,
};
