import RecordVoiceOverIcon from '@mui/icons-material/RecordVoiceOver';
import { ALL, LIST_AND_SHOW } from '../auth/access-rule';
import { lazyPage } from '../common/lazy-page';
import type { ResourceDefinition } from '../common/resource-definition';
import { testimoniesMessages } from './messages';
import { RIGHT_CHOICES, TESTIMONY_LOCALE_CHOICES, TESTIMONY_SOURCE_CHOICES, TESTIMONY_STATUS_CHOICES, type TestimonyRecord } from './testimony-record';

export const testimonies: ResourceDefinition = {
  name: 'testimonies',
  pages: {
    list: lazyPage(() => import('./TestimonyList'), 'TestimonyList'),
    create: lazyPage(() => import('./TestimonyCreate'), 'TestimonyCreate'),
    edit: lazyPage(() => import('./TestimonyEdit'), 'TestimonyEdit'),
    show: lazyPage(() => import('./TestimonyShow'), 'TestimonyShow'),
    icon: RecordVoiceOverIcon,
    recordRepresentation: (record: TestimonyRecord): string => record.publicTitle ?? record.text.slice(0, 60),
  },
  menu: { group: 'campaign', order: 40 },
  // The secretariat reviews (no export: testimonies leave the system only as published public versions).
  // Members record them for their countries and see their organization's.
  access: {
    admin: ALL.filter((action) => action !== 'export'),
    coordinator: ALL.filter((action) => action !== 'export'),
    steering: LIST_AND_SHOW,
    member: ['list', 'show', 'create'],
  },
  auditEntityType: 'Testimony',
  auditValues: {
    countryId: { reference: 'countries' },
    rightsAffected: { choices: RIGHT_CHOICES },
    source: { choices: TESTIMONY_SOURCE_CHOICES },
    locale: { choices: TESTIMONY_LOCALE_CHOICES },
    status: { choices: TESTIMONY_STATUS_CHOICES },
    organizationId: { reference: 'organizations' },
    submittedByUserId: { reference: 'users' },
  },
  messages: testimoniesMessages,
};
