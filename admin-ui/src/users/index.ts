import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { ALL } from '../auth/access-rule';
import { lazyPage } from '../common/lazy-page';
import type { ResourceDefinition } from '../common/resource-definition';
import type { UserRecord } from './user-record';
import { usersMessages } from './messages';
import { ROLE_CHOICES } from '../auth/roles';

export const users: ResourceDefinition = {
  name: 'users',
  pages: {
    list: lazyPage(() => import('./UserList'), 'UserList'),
    create: lazyPage(() => import('./UserCreate'), 'UserCreate'),
    edit: lazyPage(() => import('./UserEdit'), 'UserEdit'),
    show: lazyPage(() => import('./UserShow'), 'UserShow'),
    icon: ManageAccountsIcon,
    recordRepresentation: (record: UserRecord): string => record.email,
  },
  menu: { group: 'administration', order: 30 },
  access: { admin: ALL },
  auditEntityType: 'User',
  auditValues: {
    role: { choices: ROLE_CHOICES },
    personId: { reference: 'people' },
  },
  messages: usersMessages,
};
