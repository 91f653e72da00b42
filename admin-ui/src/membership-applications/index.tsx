import HowToRegIcon from '@mui/icons-material/HowToReg';
import { ALL, READ } from '../auth/access-rule';
import { lazyPage } from '../common/lazy-page';
import type { ResourceDefinition } from '../common/resource-definition';
import { APPLICATION_STATUS_CHOICES, type MembershipApplicationRecord } from './membership-application-record';
import { membershipApplicationsMessages } from './messages';
import { PendingApplicationsMenuItem } from './PendingApplicationsMenuItem';
import { LANGUAGE_CHOICES, ORGANIZATION_TYPE_CHOICES, RIGHTS_FOCUS_CHOICES } from '../common/organization-choices';

/** Applications come from the public form and are decided on the show page: no create or edit. */
export const membershipApplications: ResourceDefinition = {
  name: 'membership-applications',
  pages: {
    list: lazyPage(() => import('./MembershipApplicationList'), 'MembershipApplicationList'),
    show: lazyPage(() => import('./MembershipApplicationShow'), 'MembershipApplicationShow'),
    icon: HowToRegIcon,
    recordRepresentation: (record: MembershipApplicationRecord): string => record.organizationName,
  },
  menu: { group: 'members', order: 30, render: () => <PendingApplicationsMenuItem key="membership-applications" /> },
  access: { admin: ALL, coordinator: ALL, steering: READ },
  auditEntityType: 'MembershipApplication',
  auditValues: {
    status: { choices: APPLICATION_STATUS_CHOICES },
    organizationType: { choices: ORGANIZATION_TYPE_CHOICES },
    rightsFocus: { choices: RIGHTS_FOCUS_CHOICES },
    languages: { choices: LANGUAGE_CHOICES },
    headquartersCountryId: { reference: 'countries' },
    countriesOfWorkIds: { reference: 'countries' },
    reviewedById: { reference: 'users' },
    organizationId: { reference: 'organizations' },
    personId: { reference: 'people' },
    userId: { reference: 'users' },
  },
  messages: membershipApplicationsMessages,
};
