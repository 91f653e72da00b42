import MarkEmailReadIcon from '@mui/icons-material/MarkEmailRead';
import { ALL, READ } from '../auth/access-rule';
import { lazyPage } from '../common/lazy-page';
import type { ResourceDefinition } from '../common/resource-definition';
import { subscriptionsMessages } from './messages';
import { SOURCE_CHOICES, STATUS_CHOICES, type SubscriptionRecord } from './subscription-record';

export const subscriptions: ResourceDefinition = {
  name: 'subscriptions',
  pages: {
    list: lazyPage(() => import('./SubscriptionList'), 'SubscriptionList'),
    create: lazyPage(() => import('./SubscriptionCreate'), 'SubscriptionCreate'),
    edit: lazyPage(() => import('./SubscriptionEdit'), 'SubscriptionEdit'),
    show: lazyPage(() => import('./SubscriptionShow'), 'SubscriptionShow'),
    icon: MarkEmailReadIcon,
    recordRepresentation: (record: SubscriptionRecord): string => `${record.personName} – ${record.mailingListName}`,
  },
  menu: { group: 'campaign', order: 81 },
  access: { admin: ALL, coordinator: ALL, steering: READ },
  auditEntityType: 'Subscription',
  auditValues: {
    personId: { reference: 'people' },
    mailingListId: { reference: 'mailing-lists' },
    status: { choices: STATUS_CHOICES },
    source: { choices: SOURCE_CHOICES },
  },
  messages: subscriptionsMessages,
};
