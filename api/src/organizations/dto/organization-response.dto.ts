import { ApiProperty } from '@nestjs/swagger';
import { REGIONS, type Region } from '../../countries/country.contract.js';
import type { Organization } from '../organization.entity.js';
import { LANGUAGES, MEMBERSHIP_STATUSES, ORGANIZATION_TYPES, RIGHTS_FOCUS, type MembershipStatus, type OrganizationType } from '../organization.contract.js';

/** The countries and working groups of an organization, kept in join tables. */
export interface OrganizationLinkIds {
  countriesOfWorkIds: string[];
  workingGroupIds: string[];
}

/** A person who is a current primary contact of an organization: enough to name and open them. */
export class OrganizationContactDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Ana Pérez' })
  name: string;
}

/** What a page of organizations shows besides their own columns, read for the whole page at once. */
export interface OrganizationDetails extends OrganizationLinkIds {
  region: Region | null;
  primaryContacts: OrganizationContactDto[];
}

/** What every logged-in member may see of a member organization: no contact data, nothing internal. */
export class OrganizationPublicResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Centro de Estudios Legales y Sociales' })
  name: string;

  @ApiProperty({ type: String, nullable: true, example: 'CELS' })
  acronym: string | null;

  @ApiProperty({ enum: ORGANIZATION_TYPES })
  type: OrganizationType;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  headquartersCountryId: string | null;

  // null is listed among the values: with `nullable` alone, a validator still refuses null as outside the enum.
  @ApiProperty({ enum: [...REGIONS, null], nullable: true, description: 'The region of the headquarters country' })
  region: Region | null;

  @ApiProperty({ type: [String], format: 'uuid' })
  countriesOfWorkIds: string[];

  @ApiProperty({ type: String, nullable: true })
  website: string | null;

  @ApiProperty({ type: String, nullable: true })
  description: string | null;

  @ApiProperty({ enum: RIGHTS_FOCUS, isArray: true })
  rightsFocus: string[];

  @ApiProperty({ enum: LANGUAGES, isArray: true })
  languages: string[];

  @ApiProperty({ enum: MEMBERSHIP_STATUSES })
  membershipStatus: MembershipStatus;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  joinedAt: string | null;

  @ApiProperty()
  isSteeringCommittee: boolean;

  @ApiProperty({ type: [String], format: 'uuid' })
  workingGroupIds: string[];
}

/** The whole record, for the secretariat and the steering committee. */
export class OrganizationResponseDto extends OrganizationPublicResponseDto {
  @ApiProperty({ type: String, nullable: true })
  email: string | null;

  @ApiProperty({ type: String, nullable: true })
  phone: string | null;

  @ApiProperty({ type: [OrganizationContactDto], description: 'Its current primary contacts, by last name' })
  primaryContacts: OrganizationContactDto[];

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export function toOrganizationPublicResponse(organization: Organization, details: OrganizationDetails): OrganizationPublicResponseDto {
  return {
    id: organization.id,
    name: organization.name,
    acronym: organization.acronym,
    type: organization.type,
    headquartersCountryId: organization.headquartersCountryId,
    region: details.region,
    countriesOfWorkIds: details.countriesOfWorkIds,
    website: organization.website,
    description: organization.description,
    rightsFocus: organization.rightsFocus,
    languages: organization.languages,
    membershipStatus: organization.membershipStatus,
    joinedAt: organization.joinedAt,
    isSteeringCommittee: organization.isSteeringCommittee,
    workingGroupIds: details.workingGroupIds,
  };
}

export function toOrganizationResponse(organization: Organization, details: OrganizationDetails): OrganizationResponseDto {
  return {
    ...toOrganizationPublicResponse(organization, details),
    email: organization.email,
    phone: organization.phone,
    primaryContacts: details.primaryContacts,
    createdAt: organization.createdAt.toISOString(),
    updatedAt: organization.updatedAt.toISOString(),
  };
}
