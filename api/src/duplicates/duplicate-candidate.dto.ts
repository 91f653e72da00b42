import { ApiProperty } from '@nestjs/swagger';
import { MEMBERSHIP_STATUSES, type MembershipStatus } from '../organizations/organization.contract.js';

/** Why a record is offered as a duplicate, strongest first; `same_name` is the same name in the same country. */
export const DUPLICATE_REASONS = ['same_email', 'same_name', 'similar_name'] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

export class PersonDuplicateDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  firstName: string;

  @ApiProperty()
  lastName: string;

  @ApiProperty({ type: String, nullable: true })
  email: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  countryId: string | null;

  @ApiProperty({ enum: DUPLICATE_REASONS })
  reason: DuplicateReason;

  @ApiProperty({ description: 'Name similarity, 0 to 1 (1 for the same e-mail)' })
  score: number;
}

export class OrganizationDuplicateDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ type: String, nullable: true })
  acronym: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  headquartersCountryId: string | null;

  @ApiProperty({ enum: MEMBERSHIP_STATUSES })
  membershipStatus: MembershipStatus;

  @ApiProperty({ enum: DUPLICATE_REASONS })
  reason: DuplicateReason;

  @ApiProperty({ description: 'Name similarity, 0 to 1 (1 for the same e-mail)' })
  score: number;
}
