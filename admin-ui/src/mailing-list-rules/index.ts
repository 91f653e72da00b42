import RuleIcon from '@mui/icons-material/Rule';
import { ALL, READ } from '../auth/access-rule';
import { lazyPage } from '../common/lazy-page';
import type { ResourceDefinition } from '../common/resource-definition';
import { mailingListRulesMessages } from './messages';
import { type MailingListRuleRecord, RULE_AUDIENCE_CHOICES } from './rule-record';
import { LANGUAGE_CHOICES } from '../mailing-lists/mailing-list-record';

export const mailingListRules: ResourceDefinition = {
  name: 'mailing-list-rules',
  pages: {
    list: lazyPage(() => import('./RuleList'), 'RuleList'),
    create: lazyPage(() => import('./RuleCreate'), 'RuleCreate'),
    edit: lazyPage(() => import('./RuleEdit'), 'RuleEdit'),
    icon: RuleIcon,
    recordRepresentation: (record: MailingListRuleRecord): string => record.audience,
  },
  menu: { group: 'campaign', order: 82 },
  access: { admin: ALL, coordinator: ALL, steering: READ },
  auditEntityType: 'MailingListRule',
  auditValues: {
    mailingListId: { reference: 'mailing-lists' },
    audience: { choices: RULE_AUDIENCE_CHOICES },
    language: { choices: LANGUAGE_CHOICES },
  },
  messages: mailingListRulesMessages,
};
