import type { MembershipStatus } from '../organizations/organization.contract.js';

/**
 * The one place that says what a member may change about themselves through
 * /api/me. Every other field of the records is the secretariat's: the update
 * DTOs accept only these fields, the secretariat's fields (sent back unchanged
 * by React-Admin's edit form), and the read-only ones.
 */

/**
 * Of their own Person. A new `email` waits for confirmation from the new
 * address (EmailChangeService). The login e-mail is the user account's and is not among them.
 */
export const MEMBER_PROFILE_FIELDS = ['firstName', 'lastName', 'email', 'otherEmails', 'phones', 'jobTitle', 'countryId', 'languages'] as const;
export type MemberProfileField = (typeof MEMBER_PROFILE_FIELDS)[number];

/** Of the organization of their primary affiliation: its public profile. */
export const MEMBER_ORGANIZATION_FIELDS = [
  'name',
  'acronym',
  'type',
  'headquartersCountryId',
  'countriesOfWorkIds',
  'website',
  'email',
  'phone',
  'description',
  'rightsFocus',
  'languages',
] as const;
export type MemberOrganizationField = (typeof MEMBER_ORGANIZATION_FIELDS)[number];

/** Shown to the member, decided by the secretariat: a change is refused with this message. */
export const SECRETARIAT_ORGANIZATION_FIELDS = {
  membershipStatus: 'membershipStatus is managed by the secretariat',
  isSteeringCommittee: 'isSteeringCommittee is decided by the coalition, not by the member',
  joinedAt: 'joinedAt is recorded by the secretariat',
  workingGroupIds: 'workingGroupIds are assigned by the secretariat',
} as const;
export type SecretariatOrganizationField = keyof typeof SECRETARIAT_ORGANIZATION_FIELDS;

export interface SecretariatOrganizationValues {
  membershipStatus: MembershipStatus;
  isSteeringCommittee: boolean;
  joinedAt: string | null;
  workingGroupIds: string[];
}

const sameIds = (a: readonly string[], b: readonly string[]): boolean => {
  const left = [...new Set(a)].sort();
  const right = [...new Set(b)].sort();
  return left.length === right.length && left.every((id, index) => id === right[index]);
};

/** Dates come back from date pickers as full timestamps too: compare the day only. */
const sameDay = (stored: string | null, sent: string | null): boolean => (stored ?? null) === (sent === null ? null : sent.slice(0, 10));

/**
 * The first secretariat field that a member's PUT would change, or undefined.
 * Fields left out of the PUT, or sent back as they are, change nothing.
 */
export function changedSecretariatField(
  current: SecretariatOrganizationValues,
  sent: Partial<SecretariatOrganizationValues>,
): SecretariatOrganizationField | undefined {
  if (sent.membershipStatus !== undefined && sent.membershipStatus !== current.membershipStatus) return 'membershipStatus';
  if (sent.isSteeringCommittee !== undefined && sent.isSteeringCommittee !== current.isSteeringCommittee) return 'isSteeringCommittee';
  if (sent.joinedAt !== undefined && !sameDay(current.joinedAt, sent.joinedAt)) return 'joinedAt';
  if (sent.workingGroupIds !== undefined && !sameIds(current.workingGroupIds, sent.workingGroupIds)) return 'workingGroupIds';
  return undefined;
}

/** The fields of an update that a member may apply, leaving out whatever was not sent. */
export function memberChanges<F extends string, T extends Partial<Record<F, unknown>>>(fields: readonly F[], dto: T): Partial<Pick<T, F & keyof T>> {
  const changes: Partial<Pick<T, F & keyof T>> = {};
  for (const field of fields) {
    const key: F & keyof T = field;
    if (dto[key] !== undefined) changes[key] = dto[key];
  }
  return changes;
}
