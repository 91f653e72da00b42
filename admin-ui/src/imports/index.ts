import UploadFileIcon from '@mui/icons-material/UploadFile';
import { ALL, LIST_AND_SHOW } from '../auth/access-rule';
import type { ResourceDefinition } from '../common/resource-definition';
import { ImportCreate } from './ImportCreate';
import { ImportList } from './ImportList';
import { ImportShow } from './ImportShow';
import type { ImportJobRecord } from './import-record';
import { importsMessages } from './messages';

/** CSV imports: uploaded on the create page, followed on the show page; jobs are never edited. */
export const imports: ResourceDefinition = {
  name: 'imports',
  pages: {
    list: ImportList,
    create: ImportCreate,
    show: ImportShow,
    icon: UploadFileIcon,
    recordRepresentation: (record: ImportJobRecord): string => record.fileName,
  },
  menu: { group: 'administration', order: 10 },
  access: { admin: ALL, coordinator: ALL, steering: LIST_AND_SHOW },
  messages: importsMessages,
};
