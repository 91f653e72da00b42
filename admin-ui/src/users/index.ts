import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import { ALL } from '../auth/access-rule';
import type { ResourceDefinition } from '../common/resource-definition';
import { UserCreate } from './UserCreate';
import { UserEdit } from './UserEdit';
import { UserList } from './UserList';
import { UserShow } from './UserShow';
import type { UserRecord } from './user-record';
import { usersMessages } from './messages';

export const users: ResourceDefinition = {
  name: 'users',
  pages: {
    list: UserList,
    create: UserCreate,
    edit: UserEdit,
    show: UserShow,
    icon: ManageAccountsIcon,
    recordRepresentation: (record: UserRecord): string => record.email,
  },
  menu: { group: 'administration', order: 30 },
  access: { admin: ALL },
  messages: usersMessages,
};
