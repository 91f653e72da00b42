import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { ALL, READ } from '../auth/access-rule';
import { lazyPage } from '../common/lazy-page';
import type { ResourceDefinition } from '../common/resource-definition';
import { type AuthorityRecord, INSTITUTION_CHOICES, STANCE_CHOICES } from './authority-record';
import { authoritiesMessages } from './messages';

export const authorities: ResourceDefinition = {
  name: 'authorities',
  pages: {
    list: lazyPage(() => import('./AuthorityList'), 'AuthorityList'),
    create: lazyPage(() => import('./AuthorityCreate'), 'AuthorityCreate'),
    edit: lazyPage(() => import('./AuthorityEdit'), 'AuthorityEdit'),
    show: lazyPage(() => import('./AuthorityShow'), 'AuthorityShow'),
    icon: AccountBalanceIcon,
    recordRepresentation: (record: AuthorityRecord): string => (record.holderName ? `${record.postTitle} (${record.holderName})` : record.postTitle),
  },
  menu: { group: 'campaign', order: 30 },
  // Members see and register the posts of their organizations' countries.
  access: { admin: ALL, coordinator: ALL, steering: READ, member: ['list', 'show', 'create'] },
  auditEntityType: 'Authority',
  auditValues: {
    countryId: { reference: 'countries' },
    institution: { choices: INSTITUTION_CHOICES },
    stance: { choices: STANCE_CHOICES },
  },
  messages: authoritiesMessages,
};
