import CorporateFareIcon from '@mui/icons-material/CorporateFare';
import { ALL, READ } from '../auth/access-rule';
import { lazyPage } from '../common/lazy-page';
import type { ResourceDefinition } from '../common/resource-definition';
import { organizationLabel, type OrganizationRecord } from './organization-record';
import { organizationsMessages } from './messages';
import { ORGANIZATION_TYPE_CHOICES, MEMBERSHIP_STATUS_CHOICES, RIGHTS_FOCUS_CHOICES, LANGUAGE_CHOICES } from '../common/organization-choices';

export const organizations: ResourceDefinition = {
  name: 'organizations',
  pages: {
    list: lazyPage(() => import('./OrganizationList'), 'OrganizationList'),
    create: lazyPage(() => import('./OrganizationCreate'), 'OrganizationCreate'),
    edit: lazyPage(() => import('./OrganizationEdit'), 'OrganizationEdit'),
    show: lazyPage(() => import('./OrganizationShow'), 'OrganizationShow'),
    icon: CorporateFareIcon,
    recordRepresentation: (record: OrganizationRecord): string => organizationLabel(record),
  },
  menu: { group: 'members', order: 10 },
  access: { admin: ALL, coordinator: ALL, steering: READ },
  auditEntityType: 'Organization',
  auditValues: {
    type: { choices: ORGANIZATION_TYPE_CHOICES },
    membershipStatus: { choices: MEMBERSHIP_STATUS_CHOICES },
    rightsFocus: { choices: RIGHTS_FOCUS_CHOICES },
    languages: { choices: LANGUAGE_CHOICES },
    headquartersCountryId: { reference: 'countries' },
    countriesOfWorkIds: { reference: 'countries' },
    workingGroupIds: { reference: 'working-groups' },
  },
  messages: organizationsMessages,
};
