import UploadFileIcon from '@mui/icons-material/UploadFile';
import { ALL, LIST_AND_SHOW } from '../auth/access-rule';
import { lazyPage } from '../common/lazy-page';
import type { ResourceDefinition } from '../common/resource-definition';
import { IMPORT_RESOURCE_CHOICES, IMPORT_STATUS_CHOICES, type ImportJobRecord } from './import-record';
import { importsMessages } from './messages';

/** CSV imports: uploaded on the create page, followed on the show page; jobs are never edited. */
export const imports: ResourceDefinition = {
  name: 'imports',
  pages: {
    list: lazyPage(() => import('./ImportList'), 'ImportList'),
    create: lazyPage(() => import('./ImportCreate'), 'ImportCreate'),
    show: lazyPage(() => import('./ImportShow'), 'ImportShow'),
    icon: UploadFileIcon,
    recordRepresentation: (record: ImportJobRecord): string => record.fileName,
  },
  menu: { group: 'administration', order: 10 },
  access: { admin: ALL, coordinator: ALL, steering: LIST_AND_SHOW },
  auditEntityType: 'ImportJob',
  auditValues: {
    resource: { choices: IMPORT_RESOURCE_CHOICES },
    status: { choices: IMPORT_STATUS_CHOICES },
    createdById: { reference: 'users' },
  },
  messages: importsMessages,
};
