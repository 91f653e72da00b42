import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsUUID } from 'class-validator';
import { MEMBERSHIP_STATUSES, type MembershipStatus } from '../organization.contract.js';

/** The most organizations one bulk request changes: a few pages of the list, each row in its own transaction. */
export const MAX_BULK_ORGANIZATIONS = 500;

/** The organizations selected in the list. */
export class OrganizationSelectionDto {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: MAX_BULK_ORGANIZATIONS })
  @IsArray({ message: 'ids must be a list' })
  @ArrayMinSize(1, { message: 'ids must name at least one organization' })
  @ArrayMaxSize(MAX_BULK_ORGANIZATIONS, { message: `ids holds at most ${MAX_BULK_ORGANIZATIONS} organizations` })
  @IsUUID('all', { each: true, message: 'ids must hold UUIDs' })
  ids: string[];
}

export class BulkMembershipStatusDto extends OrganizationSelectionDto {
  @ApiProperty({ enum: MEMBERSHIP_STATUSES, description: 'Each organization must be allowed to go from its status to this one, as in a single edit' })
  @IsIn(MEMBERSHIP_STATUSES, { message: `membershipStatus must be one of: ${MEMBERSHIP_STATUSES.join(', ')}` })
  membershipStatus: MembershipStatus;
}

export class BulkWorkingGroupDto extends OrganizationSelectionDto {
  @ApiProperty({ format: 'uuid', description: 'The working group the organizations join; those already in it stay as they are' })
  @IsUUID('all', { message: 'workingGroupId must be a UUID' })
  workingGroupId: string;
}
