import GroupsIcon from '@mui/icons-material/Groups';
import { ALL, READ } from '../auth/access-rule';
import type { ResourceDefinition } from '../common/resource-definition';
import { WorkingGroupCreate } from './WorkingGroupCreate';
import { WorkingGroupEdit } from './WorkingGroupEdit';
import { WorkingGroupList } from './WorkingGroupList';
import { WorkingGroupShow } from './WorkingGroupShow';
import type { WorkingGroupRecord } from './working-group-record';
import { workingGroupsMessages } from './messages';

export const workingGroups: ResourceDefinition = {
  name: 'working-groups',
  pages: {
    list: WorkingGroupList,
    create: WorkingGroupCreate,
    edit: WorkingGroupEdit,
    show: WorkingGroupShow,
    icon: GroupsIcon,
    recordRepresentation: (record: WorkingGroupRecord): string => record.name,
  },
  menu: { group: 'members', order: 40 },
  access: { admin: ALL, coordinator: ALL, steering: READ },
  messages: workingGroupsMessages,
};
