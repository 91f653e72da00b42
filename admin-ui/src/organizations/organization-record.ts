import { membershipStatusesFrom, type Language, type MembershipStatus, type OrganizationType, type RightsFocus } from '@contract/organizations/organization.contract';
import { MEMBERSHIP_STATUS_CHOICES, type Choice } from '../common/organization-choices';

/** An organization as `GET /api/organizations/:id` returns it to the staff. */
export type OrganizationRecord = {
  id: string;
  name: string;
  acronym: string | null;
  type: OrganizationType;
  headquartersCountryId: string | null;
  countriesOfWorkIds: string[];
  website: string | null;
  email: string | null;
  phone: string | null;
  description: string | null;
  rightsFocus: RightsFocus[];
  languages: Language[];
  membershipStatus: MembershipStatus;
  joinedAt: string | null;
  isSteeringCommittee: boolean;
  workingGroupIds: string[];
  createdAt: string;
  updatedAt: string;
};

/** One change of membership status, from `GET /api/organizations/:id/membership-history`. */
export type MembershipChange = {
  at: string;
  userEmail: string | null;
  from: MembershipStatus | null;
  to: MembershipStatus | null;
};

/** A possible duplicate, from `GET /api/organizations/:id/duplicates`. */
export type OrganizationDuplicate = {
  id: string;
  name: string;
  acronym: string | null;
  headquartersCountryId: string | null;
  membershipStatus: MembershipStatus;
  reason: 'same_email' | 'similar_name';
  score: number;
};

/**
 * The statuses a form may set: on create, any but rejected (that is for applications); on edit, the current one and its successors
 * (the API's rule, so the form offers only what the API accepts).
 */
export const membershipStatusChoices = (current: MembershipStatus | undefined): ReadonlyArray<Choice<MembershipStatus>> => {
  if (!current) return MEMBERSHIP_STATUS_CHOICES.filter((choice) => choice.id !== 'rejected');
  const allowed = membershipStatusesFrom(current);
  return MEMBERSHIP_STATUS_CHOICES.filter((choice) => allowed.includes(choice.id));
};
