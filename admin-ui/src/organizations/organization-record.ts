import { membershipStatusesFrom, type MembershipStatus } from '@contract/organizations/organization.contract';
import { MEMBERSHIP_STATUS_CHOICES, type Choice } from '../common/organization-choices';
import type { Schema } from '../api/schema';

/** An organization as `GET /api/organizations/:id` returns it to the staff. */
export type OrganizationRecord = Schema<'OrganizationResponseDto'>;

/** How an organization is named in lists and choices: its name, with its acronym when it has one. */
export const organizationLabel = (organization: { name: string; acronym?: string | null }): string =>
  organization.acronym ? `${organization.name} (${organization.acronym})` : organization.name;

/** One change of membership status, from `GET /api/organizations/:id/membership-history`. */
export type MembershipChange = Schema<'MembershipChangeDto'>;

/** A possible duplicate, from `GET /api/organizations/:id/duplicates`. */
export type OrganizationDuplicate = Schema<'OrganizationDuplicateDto'>;

/**
 * The statuses a form may set: on create, any but rejected (that is for applications); on edit, the current one and its successors
 * (the API's rule, so the form offers only what the API accepts).
 */
export const membershipStatusChoices = (current: MembershipStatus | undefined): ReadonlyArray<Choice<MembershipStatus>> => {
  if (!current) return MEMBERSHIP_STATUS_CHOICES.filter((choice) => choice.id !== 'rejected');
  const allowed = membershipStatusesFrom(current);
  return MEMBERSHIP_STATUS_CHOICES.filter((choice) => allowed.includes(choice.id));
};
