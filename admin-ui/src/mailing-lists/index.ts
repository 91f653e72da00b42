import ForwardToInboxIcon from '@mui/icons-material/ForwardToInbox';
import { ALL, READ } from '../auth/access-rule';
import { lazyPage } from '../common/lazy-page';
import type { ResourceDefinition } from '../common/resource-definition';
import { AUDIENCE_CHOICES, LANGUAGE_CHOICES, type MailingListRecord, PROVIDER_CHOICES } from './mailing-list-record';
import { mailingListsMessages } from './messages';

export const mailingLists: ResourceDefinition = {
  name: 'mailing-lists',
  pages: {
    list: lazyPage(() => import('./MailingListList'), 'MailingListList'),
    create: lazyPage(() => import('./MailingListCreate'), 'MailingListCreate'),
    edit: lazyPage(() => import('./MailingListEdit'), 'MailingListEdit'),
    show: lazyPage(() => import('./MailingListShow'), 'MailingListShow'),
    icon: ForwardToInboxIcon,
    recordRepresentation: (record: MailingListRecord): string => record.name,
  },
  menu: { group: 'campaign', order: 80 },
  access: { admin: ALL, coordinator: ALL, steering: READ },
  auditEntityType: 'MailingList',
  auditValues: {
    language: { choices: LANGUAGE_CHOICES },
    audience: { choices: AUDIENCE_CHOICES },
    provider: { choices: PROVIDER_CHOICES },
  },
  messages: mailingListsMessages,
};
