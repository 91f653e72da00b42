import GroupsIcon from '@mui/icons-material/Groups';
import { ALL, READ } from '../auth/access-rule';
import { lazyPage } from '../common/lazy-page';
import type { ResourceDefinition } from '../common/resource-definition';
import type { WorkingGroupRecord } from './working-group-record';
import { workingGroupsMessages } from './messages';

export const workingGroups: ResourceDefinition = {
  name: 'working-groups',
  pages: {
    list: lazyPage(() => import('./WorkingGroupList'), 'WorkingGroupList'),
    create: lazyPage(() => import('./WorkingGroupCreate'), 'WorkingGroupCreate'),
    edit: lazyPage(() => import('./WorkingGroupEdit'), 'WorkingGroupEdit'),
    show: lazyPage(() => import('./WorkingGroupShow'), 'WorkingGroupShow'),
    icon: GroupsIcon,
    recordRepresentation: (record: WorkingGroupRecord): string => record.name,
  },
  menu: { group: 'members', order: 40 },
  access: { admin: ALL, coordinator: ALL, steering: READ },
  auditEntityType: 'WorkingGroup',
  messages: workingGroupsMessages,
};
