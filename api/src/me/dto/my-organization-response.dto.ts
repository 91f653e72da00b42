import { ApiProperty } from '@nestjs/swagger';
import {
  LANGUAGES,
  MEMBERSHIP_STATUSES,
  ORGANIZATION_TYPES,
  RIGHTS_FOCUS,
  type MembershipStatus,
  type OrganizationType,
} from '../../organizations/organization.contract.js';
import type { Organization } from '../../organizations/organization.entity.js';

const SECRETARIAT = 'Managed by the secretariat: a PUT may send it back unchanged only';

/** The organization of the member's primary affiliation, as its member sees and edits it. */
export class MyOrganizationResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ type: String, nullable: true })
  acronym: string | null;

  @ApiProperty({ enum: ORGANIZATION_TYPES })
  type: OrganizationType;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  headquartersCountryId: string | null;

  @ApiProperty({ type: [String], format: 'uuid' })
  countriesOfWorkIds: string[];

  @ApiProperty({ type: String, nullable: true })
  website: string | null;

  @ApiProperty({ type: String, nullable: true })
  email: string | null;

  @ApiProperty({ type: String, nullable: true })
  phone: string | null;

  @ApiProperty({ type: String, nullable: true })
  description: string | null;

  @ApiProperty({ enum: RIGHTS_FOCUS, isArray: true })
  rightsFocus: string[];

  @ApiProperty({ enum: LANGUAGES, isArray: true })
  languages: string[];

  @ApiProperty({ enum: MEMBERSHIP_STATUSES, description: SECRETARIAT })
  membershipStatus: MembershipStatus;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: SECRETARIAT })
  joinedAt: string | null;

  @ApiProperty({ description: SECRETARIAT })
  isSteeringCommittee: boolean;

  @ApiProperty({ type: [String], format: 'uuid', description: SECRETARIAT })
  workingGroupIds: string[];

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export function toMyOrganizationResponse(organization: Organization, countriesOfWorkIds: string[], workingGroupIds: string[]): MyOrganizationResponseDto {
  return {
    id: organization.id,
    name: organization.name,
    acronym: organization.acronym,
    type: organization.type,
    headquartersCountryId: organization.headquartersCountryId,
    countriesOfWorkIds,
    website: organization.website,
    email: organization.email,
    phone: organization.phone,
    description: organization.description,
    rightsFocus: organization.rightsFocus,
    languages: organization.languages,
    membershipStatus: organization.membershipStatus,
    joinedAt: organization.joinedAt,
    isSteeringCommittee: organization.isSteeringCommittee,
    workingGroupIds,
    createdAt: organization.createdAt.toISOString(),
    updatedAt: organization.updatedAt.toISOString(),
  };
}
