import type { Schema } from '../api/schema';

/** `GET /api/me/organization`: the organization of the member's primary affiliation. */
export type MyOrganizationRecord = Schema<'MyOrganizationResponseDto'>;

/**
 * `GET /api/me/profile`: the member's own contact record, the e-mail they sign
 * in with, and a new contact e-mail waiting for its confirmation link.
 */
export type MyProfileRecord = Schema<'MyProfileResponseDto'>;

/** Routes of the self-service pages, outside the resources. */
export const MY_PROFILE_PATH = '/my-profile';
export const MY_ORGANIZATION_PATH = '/my-organization';
export const MY_PASSWORD_PATH = '/my-password';
export const MEMBER_DIRECTORY_PATH = '/directory';
