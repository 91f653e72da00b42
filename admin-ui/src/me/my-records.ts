import type { OrganizationRecord } from '../organizations/organization-record';
import type { PersonRecord } from '../people/person-record';

/** `GET /api/me/organization`: the organization of the member's primary affiliation. */
export type MyOrganizationRecord = OrganizationRecord;

/**
 * `GET /api/me/profile`: the member's own contact record, the e-mail they sign
 * in with, and a new contact e-mail waiting for its confirmation link.
 */
export type MyProfileRecord = Omit<PersonRecord, 'userId'> & { loginEmail: string; pendingEmail: string | null };

/** Routes of the self-service pages, outside the resources. */
export const MY_PROFILE_PATH = '/my-profile';
export const MY_ORGANIZATION_PATH = '/my-organization';
export const MY_PASSWORD_PATH = '/my-password';
