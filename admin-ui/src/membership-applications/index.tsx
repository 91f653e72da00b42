import HowToRegIcon from '@mui/icons-material/HowToReg';
import { ALL, READ } from '../auth/access-rule';
import { lazyPage } from '../common/lazy-page';
import type { ResourceDefinition } from '../common/resource-definition';
import type { MembershipApplicationRecord } from './membership-application-record';
import { membershipApplicationsMessages } from './messages';
import { PendingApplicationsMenuItem } from './PendingApplicationsMenuItem';

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
  messages: membershipApplicationsMessages,
};
