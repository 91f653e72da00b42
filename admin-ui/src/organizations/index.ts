import CorporateFareIcon from '@mui/icons-material/CorporateFare';
import { OrganizationCreate } from './OrganizationCreate';
import { OrganizationEdit } from './OrganizationEdit';
import { OrganizationList } from './OrganizationList';
import { OrganizationShow } from './OrganizationShow';
import type { OrganizationRecord } from './organization-record';

export const organizations = {
  list: OrganizationList,
  create: OrganizationCreate,
  edit: OrganizationEdit,
  show: OrganizationShow,
  icon: CorporateFareIcon,
  recordRepresentation: (record: OrganizationRecord): string => (record.acronym ? `${record.name} (${record.acronym})` : record.name),
};
