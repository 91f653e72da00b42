import CorporateFareIcon from '@mui/icons-material/CorporateFare';
import { ALL, READ } from '../auth/access-rule';
import type { ResourceDefinition } from '../common/resource-definition';
import { OrganizationCreate } from './OrganizationCreate';
import { OrganizationEdit } from './OrganizationEdit';
import { OrganizationList } from './OrganizationList';
import { OrganizationShow } from './OrganizationShow';
import type { OrganizationRecord } from './organization-record';
import { organizationsMessages } from './messages';

export const organizations: ResourceDefinition = {
  name: 'organizations',
  pages: {
    list: OrganizationList,
    create: OrganizationCreate,
    edit: OrganizationEdit,
    show: OrganizationShow,
    icon: CorporateFareIcon,
    recordRepresentation: (record: OrganizationRecord): string => (record.acronym ? `${record.name} (${record.acronym})` : record.name),
  },
  menu: { group: 'members', order: 10 },
  access: { admin: ALL, coordinator: ALL, steering: READ },
  messages: organizationsMessages,
};
