import { MEMBERSHIP_STATUSES, type MembershipStatus } from '../common/organization-choices';

export const isMembershipStatus = (value: unknown): value is MembershipStatus =>
  typeof value === 'string' && (MEMBERSHIP_STATUSES as readonly string[]).includes(value);
