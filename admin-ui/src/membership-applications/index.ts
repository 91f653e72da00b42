import HowToRegIcon from '@mui/icons-material/HowToReg';
import { MembershipApplicationList } from './MembershipApplicationList';
import { MembershipApplicationShow } from './MembershipApplicationShow';
import type { MembershipApplicationRecord } from './membership-application-record';

/** Applications come from the public form and are decided on the show page: no create or edit. */
export const membershipApplications = {
  list: MembershipApplicationList,
  show: MembershipApplicationShow,
  icon: HowToRegIcon,
  recordRepresentation: (record: MembershipApplicationRecord): string => record.organizationName,
};
