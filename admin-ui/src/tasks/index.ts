import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { ALL } from '../auth/access-rule';
import { lazyPage } from '../common/lazy-page';
import type { ResourceDefinition } from '../common/resource-definition';
import { tasksMessages } from './messages';
import { TASK_ORIGIN_CHOICES, TASK_STATUS_CHOICES, type TaskRecord } from './task-record';

export const tasks: ResourceDefinition = {
  name: 'tasks',
  pages: {
    list: lazyPage(() => import('./TaskList'), 'TaskList'),
    create: lazyPage(() => import('./TaskCreate'), 'TaskCreate'),
    edit: lazyPage(() => import('./TaskEdit'), 'TaskEdit'),
    icon: TaskAltIcon,
    recordRepresentation: (record: TaskRecord): string => record.title,
  },
  menu: { group: 'campaign', order: 32 },
  // Members write and change their own and their organization's tasks; the steering committee reads.
  access: { admin: ALL, coordinator: ALL, steering: ['list'], member: ['list', 'create', 'edit'] },
  auditEntityType: 'Task',
  auditValues: {
    status: { choices: TASK_STATUS_CHOICES },
    origin: { choices: TASK_ORIGIN_CHOICES },
    assigneeUserId: { reference: 'users' },
    assigneeOrganizationId: { reference: 'organizations' },
    countryId: { reference: 'countries' },
    createdByUserId: { reference: 'users' },
  },
  messages: tasksMessages,
};
