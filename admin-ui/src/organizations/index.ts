import CorporateFareIcon from '@mui/icons-material/CorporateFare';
import { ALL, READ } from '../auth/access-rule';
import { lazyPage } from '../common/lazy-page';
import type { ResourceDefinition } from '../common/resource-definition';
import type { OrganizationRecord } from './organization-record';
import { organizationsMessages } from './messages';

export const organizations: ResourceDefinition = {
  name: 'organizations',
  pages: {
    list: lazyPage(() => import('./OrganizationList'), 'OrganizationList'),
    create: lazyPage(() => import('./OrganizationCreate'), 'OrganizationCreate'),
    edit: lazyPage(() => import('./OrganizationEdit'), 'OrganizationEdit'),
    show: lazyPage(() => import('./OrganizationShow'), 'OrganizationShow'),
    icon: CorporateFareIcon,
    recordRepresentation: (record: OrganizationRecord): string => (record.acronym ? `${record.name} (${record.acronym})` : record.name),
  },
  menu: { group: 'members', order: 10 },
  access: { admin: ALL, coordinator: ALL, steering: READ },
  auditEntityType: 'Organization',
  messages: organizationsMessages,
};
