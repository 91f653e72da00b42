import UploadFileIcon from '@mui/icons-material/UploadFile';
import { ImportCreate } from './ImportCreate';
import { ImportList } from './ImportList';
import { ImportShow } from './ImportShow';
import type { ImportJobRecord } from './import-record';

/** CSV imports: uploaded on the create page, followed on the show page; jobs are never edited. */
export const imports = {
  list: ImportList,
  create: ImportCreate,
  show: ImportShow,
  icon: UploadFileIcon,
  recordRepresentation: (record: ImportJobRecord): string => record.fileName,
};
