import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ListSpec } from '../list/list-spec.js';
import { STAFF_ROLES, type UserRole } from '../users/user-role.contract.js';
import {
  OrganizationDetails,
  OrganizationPublicResponseDto,
  OrganizationResponseDto,
  toOrganizationPublicResponse,
  toOrganizationResponse,
} from './dto/organization-response.dto.js';
import type { Organization } from './organization.entity.js';
import { MEMBER_ORGANIZATION_LIST, ORGANIZATION_LIST } from './organizations.list-spec.js';

/**
 * The one rule of what a role may see of organizations, used by list and show:
 * the staff see every organization whole; a member sees the directory of
 * active member organizations without their contact data, and may only
 * filter and sort it by what that directory shows.
 */
export type OrganizationAudience = 'staff' | 'member';

export const audienceOf = (role: UserRole): OrganizationAudience => (STAFF_ROLES.includes(role) ? 'staff' : 'member');

export const listSpecFor = (audience: OrganizationAudience): ListSpec => (audience === 'staff' ? ORGANIZATION_LIST : MEMBER_ORGANIZATION_LIST);

/** Narrows a query on organizations (alias `o`) to those the audience may see. */
export function restrictToVisible(query: SelectQueryBuilder<ObjectLiteral>, audience: OrganizationAudience): void {
  if (audience === 'member') query.andWhere("o.membership_status = 'active'");
}

export function presentOrganization(
  organization: Organization,
  details: OrganizationDetails,
  audience: OrganizationAudience,
): OrganizationResponseDto | OrganizationPublicResponseDto {
  return audience === 'staff' ? toOrganizationResponse(organization, details) : toOrganizationPublicResponse(organization, details);
}
