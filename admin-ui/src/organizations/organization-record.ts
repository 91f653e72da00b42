import {
  MEMBERSHIP_STATUS_CHOICES,
  type Choice,
  type Language,
  type MembershipStatus,
  type OrganizationType,
  type RightsFocus,
} from '../common/organization-choices';

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
 * The API's rule of which membership status may follow which when changed by
 * hand (api/src/organizations/organization-enums.ts); the form offers only
 * these, the API refuses the rest with 409.
 */
export const MEMBERSHIP_TRANSITIONS: Readonly<Record<MembershipStatus, readonly MembershipStatus[]>> = {
  applicant: ['active', 'rejected', 'withdrawn'],
  active: ['suspended', 'lapsed', 'withdrawn'],
  suspended: ['active', 'lapsed', 'withdrawn'],
  lapsed: ['active', 'withdrawn'],
  withdrawn: ['active'],
  rejected: [],
};

/** The statuses a form may set: on create, any but rejected (that is for applications); on edit, the current one and its successors. */
export const membershipStatusChoices = (current: MembershipStatus | undefined): ReadonlyArray<Choice<MembershipStatus>> => {
  if (!current) return MEMBERSHIP_STATUS_CHOICES.filter((choice) => choice.id !== 'rejected');
  const allowed: readonly MembershipStatus[] = [current, ...MEMBERSHIP_TRANSITIONS[current]];
  return MEMBERSHIP_STATUS_CHOICES.filter((choice) => allowed.includes(choice.id));
};
