import GroupsIcon from '@mui/icons-material/Groups';
import { WorkingGroupCreate } from './WorkingGroupCreate';
import { WorkingGroupEdit } from './WorkingGroupEdit';
import { WorkingGroupList } from './WorkingGroupList';
import { WorkingGroupShow } from './WorkingGroupShow';
import type { WorkingGroupRecord } from './working-group-record';

export const workingGroups = {
  list: WorkingGroupList,
  create: WorkingGroupCreate,
  edit: WorkingGroupEdit,
  show: WorkingGroupShow,
  icon: GroupsIcon,
  recordRepresentation: (record: WorkingGroupRecord): string => record.name,
};
