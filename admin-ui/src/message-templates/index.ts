import ArticleIcon from '@mui/icons-material/Article';
import { lazyPage } from '../common/lazy-page';
import type { ResourceDefinition } from '../common/resource-definition';
import { MESSAGE_KIND_CHOICES, MESSAGE_LANGUAGE_CHOICES, type MessageTemplateRecord } from './message-template-record';
import { messageTemplatesMessages } from './messages';

const EDIT = ['list', 'create', 'edit', 'delete'] as const;

export const messageTemplates: ResourceDefinition = {
  name: 'message-templates',
  pages: {
    list: lazyPage(() => import('./MessageTemplateList'), 'MessageTemplateList'),
    create: lazyPage(() => import('./MessageTemplateCreate'), 'MessageTemplateCreate'),
    edit: lazyPage(() => import('./MessageTemplateEdit'), 'MessageTemplateEdit'),
    icon: ArticleIcon,
    recordRepresentation: (record: MessageTemplateRecord): string => record.name,
  },
  menu: { group: 'campaign', order: 51 },
  // The secretariat writes them; the steering committee reads them; members meet them filled in, in their action packs.
  access: { admin: EDIT, coordinator: EDIT, steering: ['list'] },
  auditEntityType: 'MessageTemplate',
  auditValues: {
    kind: { choices: MESSAGE_KIND_CHOICES },
    language: { choices: MESSAGE_LANGUAGE_CHOICES },
  },
  messages: messageTemplatesMessages,
};
